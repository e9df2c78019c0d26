/**
 * The hovered or selected institution of a large network, its links and partners, drawn on a 2D layer
 * over the WebGL canvas instead of through the reducers: restyling (dimming) every other node of a large
 * network means reprocessing and redrawing all of it, seconds in software WebGL, where this layer costs
 * the institution's degree. It follows the camera (redrawn after each sigma frame).
 */
import type { CooperationGraph } from '../../graph/network.js';
import type { Emphasis } from '../../graph/view-model.js';
import { prepareLayer } from './layer-canvas.js';
import type { CooperationRenderer } from './renderer.js';
import { LABEL_FONT, SELECTED_RING_COLOR } from './sigma-setup.js';

const LINK_COLOR = 'rgb(27 34 48 / 45%)';
/** Partners labelled around the focus: the largest first, enough to read, few enough to stay legible. */
const MAX_LABELS = 24;

export interface HighlightLayer {
  /** Draws the layer now, without a sigma frame (hover and selection on a large network). */
  draw: () => void;
}

export function attachHighlightLayer(
  renderer: CooperationRenderer,
  graph: CooperationGraph,
  emphasis: () => Emphasis | null,
): HighlightLayer {
  const canvas = renderer.createCanvas('highlight', { beforeLayer: 'labels' });
  canvas.dataset.testid = 'highlight-layer';
  const draw = (): void => drawEmphasis(renderer, graph, canvas, emphasis());
  renderer.on('afterRender', draw);
  return { draw };
}

function drawEmphasis(
  renderer: CooperationRenderer,
  graph: CooperationGraph,
  canvas: HTMLCanvasElement,
  emphasis: Emphasis | null,
): void {
  const context = prepareLayer(renderer, canvas);
  if (context === null) return;
  const focus = emphasis === null ? undefined : [...emphasis.primary][0];
  canvas.dataset.focus = focus ?? '';
  canvas.dataset.partners = String(emphasis === null ? 0 : emphasis.nodes.size - emphasis.primary.size);
  if (emphasis === null) return;

  const at = (node: string) => {
    const data = renderer.getNodeDisplayData(node);
    if (data === undefined || data.hidden) return null;
    const point = renderer.framedGraphToViewport(data);
    return { ...point, size: renderer.scaleSize(data.size), color: data.color, label: data.label };
  };

  context.strokeStyle = LINK_COLOR;
  context.lineWidth = 1.2;
  context.beginPath();
  for (const edge of emphasis.edges) {
    const a = at(graph.source(edge));
    const b = at(graph.target(edge));
    if (a === null || b === null) continue;
    context.moveTo(a.x, a.y);
    context.lineTo(b.x, b.y);
  }
  context.stroke();

  const partners = [...emphasis.nodes]
    .filter((node) => !emphasis.primary.has(node))
    .map(at)
    .filter((point) => point !== null)
    .sort((a, b) => b.size - a.size);
  for (const point of partners) drawDisc(context, point, 1.5);
  context.font = `500 12px ${LABEL_FONT}`;
  for (const point of partners.slice(0, MAX_LABELS)) drawLabel(context, point);
  for (const node of emphasis.primary) {
    const point = at(node);
    if (point === null) continue;
    drawDisc(context, point, 3);
    context.font = `600 13px ${LABEL_FONT}`;
    drawLabel(context, point);
  }
}

interface Point {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
}

function drawDisc(context: CanvasRenderingContext2D, point: Point, ring: number): void {
  context.beginPath();
  context.arc(point.x, point.y, Math.max(3, point.size) + ring / 2, 0, 2 * Math.PI);
  context.fillStyle = point.color;
  context.fill();
  context.lineWidth = ring;
  context.strokeStyle = SELECTED_RING_COLOR;
  context.stroke();
}

function drawLabel(context: CanvasRenderingContext2D, point: Point): void {
  if (point.label === null || point.label === '') return;
  const x = point.x + Math.max(3, point.size) + 4;
  const width = context.measureText(point.label).width;
  context.fillStyle = 'rgb(255 255 255 / 88%)';
  context.fillRect(x - 2, point.y - 8, width + 4, 16);
  context.fillStyle = SELECTED_RING_COLOR;
  context.textBaseline = 'middle';
  context.fillText(point.label, x, point.y);
}
