/**
 * Bringing institutions into view. Sigma's own fit (@sigma/utils) gives the centre and the zoom that just
 * holds them; a margin and bounds are added, and the camera shifted so that they sit in the middle of
 * what the panels over the canvas leave visible.
 */
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import type Sigma from 'sigma';

import type { CooperationRenderer } from './renderer.js';

export interface Framing {
  /** Room around the institutions, as a factor of the zoom that would just hold them. */
  margin: number;
  /** The closest the camera comes (one institution is shown at this zoom). */
  minRatio: number;
  maxRatio: number;
  /** The most of the canvas' width (or height) one side's panel is taken to hide. */
  maxHiddenShare: number;
  duration: number;
}

/** Pixels of the canvas hidden on each side, under panels (the table lies over the bottom). */
export interface Occlusion {
  left: number;
  right: number;
  bottom: number;
}

/** For the search, the panel and paths: the side panel and the tool drawer cover the canvas' sides. */
export const PANEL_FRAMING: Framing = {
  margin: 1.6,
  minRatio: 0.45,
  maxRatio: 1,
  maxHiddenShare: 0.45,
  duration: 450,
};

/** For a console result, beside the console. */
export const CONSOLE_FRAMING: Framing = {
  margin: 1.35,
  minRatio: 0.25,
  maxRatio: 1.2,
  maxHiddenShare: 0.7,
  duration: 400,
};

export function frameNodes(
  renderer: CooperationRenderer,
  nodes: Iterable<string>,
  occluded: Occlusion,
  framing: Framing,
): void {
  // Sigma's fit throws on an institution it has not drawn (not loaded yet, or before the first answer).
  const drawn = [...nodes].filter((node) => renderer.getNodeDisplayData(node) !== undefined);
  if (drawn.length === 0) return;
  const { width, height } = renderer.getDimensions();
  const left = Math.min(width * framing.maxHiddenShare, occluded.left);
  const right = Math.min(width * framing.maxHiddenShare, occluded.right);
  const bottom = Math.min(height * framing.maxHiddenShare, occluded.bottom);
  const free = Math.max(
    0.3,
    Math.min(1 - (left + right) / Math.max(1, width), 1 - bottom / Math.max(1, height)),
  );
  // The add-on is typed for sigma's default attributes; ours only add to them.
  const fit = getCameraStateToFitViewportToNodes(renderer as unknown as Sigma, drawn);
  // One institution has no extent, and sigma frames the whole graph for it: come in close instead.
  const ratio =
    drawn.length === 1
      ? framing.minRatio
      : Math.min(framing.maxRatio, Math.max(framing.minRatio, (fit.ratio * framing.margin) / free));
  const target = { ...fit, ratio };
  // Shift so the nodes sit in the middle of what the panels leave visible.
  const origin = renderer.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: target });
  const step = renderer.viewportToFramedGraph({ x: 100, y: 0 }, { cameraState: target });
  const down = renderer.viewportToFramedGraph({ x: 0, y: 100 }, { cameraState: target });
  target.x += ((right - left) / 2 / 100) * (step.x - origin.x);
  target.y += (bottom / 2 / 100) * (down.y - origin.y);
  void renderer.getCamera().animate(target, { duration: framing.duration });
}

/** Whether a drawn institution is under a panel or off the canvas. */
export function isOutOfSight(renderer: CooperationRenderer, node: string, occluded: Occlusion): boolean {
  const data = renderer.getNodeDisplayData(node);
  if (data === undefined) return false;
  const { x, y } = renderer.framedGraphToViewport(data);
  const { width, height } = renderer.getDimensions();
  return x < occluded.left || x > width - occluded.right || y < 0 || y > height - occluded.bottom;
}
