/**
 * The 2D layers drawn over sigma's WebGL canvas (the highlight and the paths) are sized the same way: to
 * sigma's viewport at the screen's pixel density, cleared before each drawing.
 */
import type { CooperationRenderer } from './renderer.js';

/** Sizes and clears `canvas` for a new drawing; null when the browser gives no 2D context. */
export function prepareLayer(
  renderer: CooperationRenderer,
  canvas: HTMLCanvasElement,
): CanvasRenderingContext2D | null {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const context = canvas.getContext('2d');
  if (context === null) return null;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}
