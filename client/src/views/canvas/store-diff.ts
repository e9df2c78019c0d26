/**
 * Which state changes the canvas redraws for, and how much: the model anew when what is drawn changes
 * (the view, metrics, colouring, path, graph), only what stands out when the hover or selection moves,
 * nothing when a large network just grew (sigma indexes new pages itself), and the camera when the state
 * names another position.
 */
import type { Store } from '../../state/store.js';
import { shownView } from '../../state/reducer.js';
import type { CameraView, ExplorerState, NetworkView } from '../../state/types.js';
import { changed, type StateKey } from '../../state/watch.js';

/** Changes that need the looks, palette and path recomputed. */
const STRUCTURAL: StateKey[] = [
  'view',
  'timeView',
  'stats',
  'colour',
  'size',
  'paths',
  'path',
  'graphVersion',
];
const STRUCTURAL_BESIDES_TIME = STRUCTURAL.filter((key) => key !== 'timeView');
/** Changes of what stands out only. */
const EMPHASIS: StateKey[] = ['hovered', 'hoveredLink', 'selection', 'agreement', 'language'];
/** A large network's pages arriving change the graph but none of these. */
const BESIDES_GROWTH: StateKey[] = ['view', 'timeView', 'stats', 'paths'];

export interface CanvasUpdates {
  /** Told first of every new state, for the reducers to read. */
  see: (state: ExplorerState) => void;
  isLarge: () => boolean;
  /** The network turned out large since the canvas was made (an import meanwhile). */
  becomeLarge: () => void;
  /** `all`: the whole model, not only what stands out; `redraw`: refresh even a large network's nodes. */
  rebuild: (all: boolean, redraw: boolean) => void;
  /** The time bar moved a month: only what it shows differs from what was shown. */
  retime: (before: NetworkView | null, after: NetworkView | null) => void;
  restoreCamera: (camera: CameraView | null) => void;
}

export function followStore(store: Store, canvas: CanvasUpdates): void {
  store.subscribe((next, previous) => {
    canvas.see(next);
    // A large canvas stays large (its programs are the cheap ones only) until drawSmall.
    if (next.pages !== null && !canvas.isLarge()) {
      canvas.becomeLarge();
      return;
    }
    const large = canvas.isLarge();
    if (large && next.graphVersion !== previous.graphVersion && !changed(next, previous, BESIDES_GROWTH))
      return;
    if (large && next.language !== previous.language) {
      canvas.rebuild(true, true);
      return;
    }
    // A month played: nothing but what is shown changed, which the canvas redraws alone.
    if (
      next.timeView !== previous.timeView &&
      !changed(next, previous, STRUCTURAL_BESIDES_TIME) &&
      !changed(next, previous, EMPHASIS) &&
      next.playback === previous.playback &&
      next.consoleHighlight === previous.consoleHighlight
    ) {
      canvas.retime(shownView(previous), shownView(next));
      if (next.camera !== previous.camera) canvas.restoreCamera(next.camera);
      return;
    }
    const structural = changed(next, previous, STRUCTURAL);
    // A large network hides its links while the time bar plays (reducers.ts).
    const redraw =
      next.consoleHighlight !== previous.consoleHighlight ||
      (large && next.playback.playing !== previous.playback.playing);
    if (structural || redraw || changed(next, previous, EMPHASIS)) canvas.rebuild(structural, redraw);
    if (next.camera !== previous.camera) canvas.restoreCamera(next.camera);
  });
}
