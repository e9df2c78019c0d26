/**
 * A console result on the canvas: what it names is put in the store's console highlight, which the
 * canvas' reducers draw (hover and selection keep working; the graph is never touched, so clearing
 * restores the drawing exactly), and the camera moves to it beside the console.
 */
import type { CooperationGraph } from '../graph/network.js';
import type { Store } from '../state/store.js';
import { CONSOLE_FRAMING, frameNodes } from '../views/canvas/framing.js';
import type { CooperationRenderer } from '../views/canvas/renderer.js';
import { matchOnCanvas } from './canvas-match.js';

/** The drawn network, once it is loaded. */
export interface ConsoleCanvas {
  graph: CooperationGraph;
  renderer: CooperationRenderer;
}

export interface ResultOnCanvas {
  /** Highlights what the rows name; how many institutions that is, or null without a canvas. */
  show: (rows: unknown[][], nodes: unknown[]) => number | null;
  clear: () => void;
}

export function resultOnCanvas(
  store: Store,
  canvas: () => ConsoleCanvas | null,
  /** The console's panel, whose width the camera keeps clear of. */
  panel: HTMLElement,
): ResultOnCanvas {
  const clear = (): void => store.dispatch({ type: 'highlightConsoleResult', highlight: null });
  return {
    show(rows, nodes) {
      const drawn = canvas();
      if (drawn === null) return null;
      const match = matchOnCanvas(drawn.graph, rows, nodes);
      if (match.nodes.size === 0) clear();
      else {
        store.dispatch({ type: 'highlightConsoleResult', highlight: match });
        const stage = panel.parentElement?.getBoundingClientRect().width ?? 0;
        const left = stage > 0 ? panel.getBoundingClientRect().right : 0;
        frameNodes(drawn.renderer, match.nodes, { left, right: 0, bottom: 0 }, CONSOLE_FRAMING);
      }
      return match.nodes.size;
    },
    clear,
  };
}
