/**
 * The sigma canvas. views/canvas/ holds it, split by concern: the model its reducers read (model.ts) and
 * the reducers (reducers.ts), which state changes redraw what (store-diff.ts), pointer events as actions
 * (pointer.ts), the camera kept in the state (camera.ts) and brought to institutions (framing.ts,
 * reveal.ts), sigma's programs and settings (sigma-setup.ts), the 2D layers over it (highlight-layer.ts,
 * path-layer.ts, sized by layer-canvas.ts), and its life on the page with the layout worker (host.ts).
 * The canvas reads the store and never writes the graph for view state.
 */
import Sigma from 'sigma';

import type { NetworkAttributes } from '../../../../contract/graph.js';
import {
  type CooperationGraph,
  createNetworkGraph,
  type NetworkEdgeAttributes,
  type NetworkNodeAttributes,
} from '../../graph/network.js';
import type { PathOverlay } from '../../graph/path-model.js';
import { viewChanges } from '../../graph/view-model.js';
import type { Store } from '../../state/store.js';
import { syncCamera } from './camera.js';
import { frameNodes, isOutOfSight, type Occlusion, PANEL_FRAMING } from './framing.js';
import type { AgreementCache } from '../../effects/agreement-cache.js';
import { attachHighlightLayer } from './highlight-layer.js';
import { attachLinkTooltip } from './link-tooltip.js';
import { type CanvasReading, EMPTY_MODEL, remodel } from './model.js';
import { bindPointer } from './pointer.js';
import { createReducers } from './reducers.js';
import type { CooperationRenderer } from './renderer.js';
import { type GraphSettings, levelOfDetail } from './sigma-setup.js';
import { followStore } from './store-diff.js';

export interface CanvasView {
  renderer: CooperationRenderer;
  /** The path as drawn, for the path layer. */
  overlay: () => PathOverlay | null;
  /** Moves the camera to an institution (and zooms in a little). */
  showNode: (node: string) => void;
  /** Fits the camera to a set of institutions. */
  showNodes: (nodes: Iterable<string>) => void;
  /**
   * Draws the network's graph once it holds the first answer. A canvas made before the network arrived
   * draws an empty stand-in until then, so that sigma indexes the whole first answer once rather than
   * node by node and edge by edge as it is merged.
   */
  attach: () => void;
  /** Drawn with the level-of-detail programs only. */
  isLarge: () => boolean;
  /** A canvas made large before the first answer came, for a network that turned out small. */
  drawSmall: (settings: Partial<GraphSettings>) => void;
}

export interface CanvasHooks {
  /** sigmaSettings(large), loaded beforehand (the small canvas' programs come in a chunk of their own). */
  settings: Partial<GraphSettings>;
  /** Pixels on the sides and the bottom of the canvas hidden under panels, kept clear when the camera moves. */
  occluded?: () => Occlusion;
  /** The network is large (it comes in pages): a canvas with the level-of-detail programs only. */
  large?: boolean;
  /** Where the link tooltip finds the titles of agreements. */
  agreements: AgreementCache;
}

export function createCanvas(
  container: HTMLElement,
  graph: CooperationGraph,
  store: Store,
  hooks: CanvasHooks,
): CanvasView {
  /**
   * `large`: a network that came in pages, drawn with the level of detail of sigma-setup.ts, its hovered
   * or selected institution drawn on the highlight layer rather than by restyling every node.
   */
  const reading: CanvasReading = { state: store.getState(), model: EMPTY_MODEL, large: hooks.large === true };
  const occluded = (): Occlusion => hooks.occluded?.() ?? { left: 0, right: 0, bottom: 0 };

  const renderer: CooperationRenderer = new Sigma<
    NetworkNodeAttributes,
    NetworkEdgeAttributes,
    NetworkAttributes
  >(graph.order === 0 ? createNetworkGraph() : graph, container, {
    ...hooks.settings,
    // Sigma makes the links' picking layer only for a canvas created with edge events on, and a canvas
    // is created before the network says how large it is (host.ts): every canvas gets the layer, and a
    // large one turns the events off (each pointer move would read a pixel back).
    enableEdgeEvents: true,
    ...createReducers(graph, reading),
  });
  if (reading.large) renderer.setSetting('enableEdgeEvents', false);
  const highlight = attachHighlightLayer(renderer, graph, () => reading.model.focus);
  attachLinkTooltip(renderer, container, graph, store, hooks.agreements);
  const camera = syncCamera(renderer, store);

  const rebuild = (all: boolean, redraw = false): void => {
    const before = reading.model.emphasis;
    reading.model = remodel(graph, reading, all);
    // Large: hover and selection only redraw the highlight layer, unless the reducers' output changes.
    if (reading.large && !all && !redraw && before === null && reading.model.emphasis === null) {
      highlight.draw();
      return;
    }
    // A full refresh (not `skipIndexation`): the reducers' zIndex must take effect.
    renderer.refresh();
  };

  const showNodes = (nodes: Iterable<string>): void => frameNodes(renderer, nodes, occluded(), PANEL_FRAMING);

  followStore(store, {
    see: (state) => {
      reading.state = state;
    },
    isLarge: () => reading.large,
    becomeLarge: () => {
      reading.large = true;
      renderer.setSettings(levelOfDetail(true));
      rebuild(true);
    },
    rebuild,
    retime: (before, after) => {
      const stoodOut = reading.model.emphasis;
      reading.model = remodel(graph, reading, false);
      const changes = viewChanges(before, after);
      // Whatever stands out (a hover, a path) may change anywhere: all is drawn again then.
      if (changes === null || stoodOut !== null || reading.model.emphasis !== null) renderer.refresh();
      else renderer.refresh({ partialGraph: changes });
    },
    restoreCamera: camera.restore,
  });
  bindPointer(renderer, container, store, (node) => {
    // Moves the camera only when the node is under a panel or off the canvas.
    if (store.getState().selection.institution === node && isOutOfSight(renderer, node, occluded()))
      showNodes([node]);
  });

  rebuild(true);
  camera.restore(reading.state.camera);

  return {
    renderer,
    overlay: () => reading.model.path,
    showNode: (node) => showNodes([node]),
    showNodes,
    attach() {
      if (renderer.getGraph() === graph) return;
      reading.model = remodel(graph, reading, true);
      // Indexes the whole graph and draws it, now.
      renderer.setGraph(graph);
    },
    isLarge: () => reading.large,
    drawSmall(settings) {
      reading.large = false;
      // Added to the programs sigma has (its defaults among them, such as straight edges' `line`), as
      // its constructor does; setSettings alone would replace them.
      renderer.setSettings({
        ...settings,
        nodeProgramClasses: { ...renderer.getSetting('nodeProgramClasses'), ...settings.nodeProgramClasses },
        edgeProgramClasses: { ...renderer.getSetting('edgeProgramClasses'), ...settings.edgeProgramClasses },
      });
      rebuild(true);
    },
  };
}
