/**
 * The camera and the state follow each other: the state takes the camera's position once it rests (so a
 * link can carry it), and a position from a link, or from going back, moves the camera.
 */
import type { Store } from '../../state/store.js';
import type { CameraView } from '../../state/types.js';
import type { CooperationRenderer } from './renderer.js';

const CAMERA_SETTLE_MS = 250;
/** Sigma's camera before anyone moves it: the whole graph, framed. */
const HOME: CameraView = { x: 0.5, y: 0.5, ratio: 1 };

export interface CameraSync {
  /** Moves the camera to a position of the state (null: home), unless it is there already. */
  restore: (target: CameraView | null) => void;
}

const near = (a: CameraView, b: CameraView): boolean =>
  Math.abs(a.x - b.x) < 1e-4 && Math.abs(a.y - b.y) < 1e-4 && Math.abs(a.ratio - b.ratio) < 1e-4;

export function syncCamera(renderer: CooperationRenderer, store: Store): CameraSync {
  const camera = renderer.getCamera();
  let settle: number | undefined;
  let applying = false;
  camera.on('updated', () => {
    if (applying) return;
    window.clearTimeout(settle);
    settle = window.setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      store.dispatch({ type: 'setCamera', camera: near({ x, y, ratio }, HOME) ? null : { x, y, ratio } });
    }, CAMERA_SETTLE_MS);
  });
  return {
    restore(target) {
      const wanted = target ?? HOME;
      if (near(camera.getState(), wanted)) return;
      applying = true;
      camera.setState({ ...wanted, angle: 0 });
      applying = false;
    },
  };
}
