/**
 * The sigma canvas. It reads the store and never writes the graph for view state: filters hide, and hover,
 * path, agreement and selection dim the rest, all through node and edge reducers over a model recomputed
 * when the state changes. Pointer events become actions (hover, select, expand); the camera is kept in the
 * state (for links) and restored from it.
 */
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { NetworkAttributes } from '../../../../contract/graph.js';
import { edgeLook } from '../../graph/appearance.js';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from '../../graph/palette.js';
import { pathOverlay, type PathOverlay } from '../../graph/path-model.js';
import {
  agreementEmphasis,
  edgeInView,
  type Emphasis,
  isNodeVisible,
  neighbourhoodEmphasis,
  type NodeLook,
  nodeLooks,
} from '../../graph/view-model.js';
import {
  type CooperationGraph,
  createNetworkGraph,
  domainPalette,
  type NetworkEdgeAttributes,
  type NetworkNodeAttributes,
  nodeLabel,
} from '../../graph/network.js';
import type { CooperationRenderer } from './renderer.js';
import { current } from '../../state/reducer.js';
import type { Store } from '../../state/store.js';
import type { CameraView } from '../../state/types.js';
import { attachHighlightLayer } from './highlight-layer.js';
import {
  DIMMED_PICTOGRAM_COLOR,
  LARGE_EDGE_TYPE,
  levelOfDetail,
  NODE_RING_COLOR,
  PICTOGRAM_COLOR,
  SELECTED_RING_COLOR,
  type GraphSettings,
} from './sigma-setup.js';

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
  kill: () => void;
}

type NodeView = Partial<NodeDisplayData> & { borderColor?: string; pictoColor?: string };

/** The colour of edges that carry the path. */
const PATH_EDGE_COLOR = '#1b2230';
/** Two clicks farther apart than this (pixels) are two clicks, not a double click. */
const CLICK_TOLERANCE = 6;
const CAMERA_SETTLE_MS = 250;
/** Sigma's double-click window, and a little more. */
const DOUBLE_CLICK_WAIT_MS = 350;

interface Model {
  looks: Map<string, NodeLook>;
  palette: Map<string, string>;
  emphasis: Emphasis | null;
  path: PathOverlay | null;
}

export interface CanvasHooks {
  /** sigmaSettings(large), loaded beforehand (the small canvas' programs come in a chunk of their own). */
  settings: Partial<GraphSettings>;
  /** Pixels on the right and left of the canvas hidden under panels, kept clear when the camera moves. */
  occluded?: () => { left: number; right: number };
  /** The network is large (it comes in pages): a canvas with the level-of-detail programs only. */
  large?: boolean;
}

export function createCanvas(
  container: HTMLElement,
  graph: CooperationGraph,
  store: Store,
  hooks: CanvasHooks,
): CanvasView {
  let state = store.getState();
  let model: Model = { looks: new Map(), palette: new Map(), emphasis: null, path: null };
  /**
   * A network that came in pages: drawn with the level of detail of sigma-setup.ts, and its hovered or
   * selected institution drawn on the highlight layer rather than by restyling every node.
   */
  let large = hooks.large === true;
  let focus: Emphasis | null = null;

  const view = () => current(state.view);

  /** The hovered, else the selected, institution's neighbourhood. */
  const focusEmphasis = (): Emphasis | null => {
    const shown = view();
    if (state.hovered !== null && isNodeVisible(shown, state.hovered)) {
      return neighbourhoodEmphasis(graph, shown, state.hovered);
    }
    const { institution, agreement } = state.selection;
    if (institution !== null && agreement === null && model.path === null)
      return neighbourhoodEmphasis(graph, shown, institution);
    return null;
  };

  const computeEmphasis = (): Emphasis | null => {
    const shown = view();
    if (!large && state.hovered !== null && isNodeVisible(shown, state.hovered)) {
      return neighbourhoodEmphasis(graph, shown, state.hovered);
    }
    if (model.path !== null && model.path.segments.length > 0) return model.path;
    const { agreement, institution } = state.selection;
    if (agreement !== null) {
      const detail = current(state.agreement);
      const parties = detail?.id === agreement ? detail.parties.map((party) => party.id) : [];
      return agreementEmphasis(graph, agreement, parties);
    }
    if (institution !== null && !large) return neighbourhoodEmphasis(graph, shown, institution);
    return null;
  };

  const nodeReducer = (node: string, data: NetworkNodeAttributes): NodeView => {
    const result: NodeView = {
      ...data,
      label: nodeLabel(data, state.language),
      borderColor: NODE_RING_COLOR,
      pictoColor: PICTOGRAM_COLOR,
    };
    const look = model.looks.get(node);
    if (look !== undefined) Object.assign(result, look);
    // A path found is shown whole, even through institutions the filters hide.
    if (!isNodeVisible(view(), node) && model.path?.nodes.has(node) !== true)
      return { ...result, hidden: true };
    if (node === state.selection.institution && !large) {
      result.borderColor = SELECTED_RING_COLOR;
      result.forceLabel = true;
      result.highlighted = true;
    }
    const emphasis = model.emphasis;
    if (emphasis === null) return result;
    if (emphasis.nodes.has(node)) {
      result.forceLabel = true;
      result.zIndex = emphasis.primary.has(node) ? 2 : 1;
      if (emphasis.primary.has(node)) result.highlighted = true;
      return result;
    }
    return {
      ...result,
      color: DIMMED_NODE_COLOR,
      pictoColor: DIMMED_PICTOGRAM_COLOR,
      label: '',
      zIndex: 0,
      highlighted: false,
      forceLabel: false,
    };
  };

  const edgeReducer = (edge: string, data: NetworkEdgeAttributes): Partial<EdgeDisplayData> => {
    const shown = edgeInView(graph, view(), edge);
    if (shown === null) return { ...data, hidden: true };
    const styled: Partial<EdgeDisplayData> & { size: number } =
      shown === data ? data : { ...data, ...edgeLook({ ...shown, relation: data.relation }, model.palette) };
    // Large: every edge a hairline (the curved program shades each pixel of a quad).
    const look = large ? { ...styled, type: LARGE_EDGE_TYPE } : styled;
    const emphasis = model.emphasis;
    if (emphasis === null) return look;
    if (!emphasis.edges.has(edge)) return { ...look, color: DIMMED_EDGE_COLOR, zIndex: 0 };
    const onPath = emphasis === model.path;
    return {
      ...look,
      zIndex: 1,
      ...(onPath ? { color: PATH_EDGE_COLOR, size: Math.max(2.5, look.size) } : {}),
    };
  };

  const renderer: CooperationRenderer = new Sigma<
    NetworkNodeAttributes,
    NetworkEdgeAttributes,
    NetworkAttributes
  >(graph.order === 0 ? createNetworkGraph() : graph, container, {
    ...hooks.settings,
    nodeReducer,
    edgeReducer,
  });
  const highlight = attachHighlightLayer(renderer, graph, () => focus);

  /** What the reducers read; `all`: the looks and palette too, not only what stands out. */
  const remodel = (all: boolean): void => {
    if (all) {
      const paths = current(state.paths);
      model = {
        looks: nodeLooks(graph, current(state.stats), state.colour, state.size),
        palette: domainPalette(graph),
        emphasis: null,
        path: state.path !== null && paths !== null ? pathOverlay(graph, paths) : null,
      };
    }
    model.emphasis = computeEmphasis();
    focus = large ? focusEmphasis() : null;
  };

  const rebuild = (all: boolean): void => {
    const before = model.emphasis;
    remodel(all);
    // Large: hover and selection only redraw the highlight layer, unless the reducers' output changes.
    if (large && !all && before === null && model.emphasis === null) {
      highlight.draw();
      return;
    }
    // A full refresh (not `skipIndexation`): the reducers' zIndex must take effect.
    renderer.refresh();
  };

  const unsubscribe = store.subscribe((next, previous) => {
    state = next;
    // A network that grew large since the canvas was made (an import meanwhile) gets the level of
    // detail too; a large canvas stays large (its programs are the cheap ones only) until drawSmall.
    if (next.pages !== null && !large) {
      large = true;
      renderer.setSettings(levelOfDetail(true));
      rebuild(true);
      return;
    }
    // Pages of a large network arriving: sigma indexes the new nodes and edges itself.
    const grewOnly =
      large &&
      next.graphVersion !== previous.graphVersion &&
      next.view === previous.view &&
      next.stats === previous.stats &&
      next.paths === previous.paths;
    if (grewOnly) return;
    const structural =
      next.view !== previous.view ||
      next.stats !== previous.stats ||
      next.colour !== previous.colour ||
      next.size !== previous.size ||
      next.paths !== previous.paths ||
      next.path !== previous.path ||
      next.graphVersion !== previous.graphVersion;
    const emphasis =
      next.hovered !== previous.hovered ||
      next.selection !== previous.selection ||
      next.agreement !== previous.agreement ||
      next.language !== previous.language;
    if (large && next.language !== previous.language) {
      rebuild(true);
      return;
    }
    if (structural || emphasis) rebuild(structural);
    if (next.camera !== previous.camera) restoreCamera(next.camera);
  });

  // Pointer events → actions.
  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    store.dispatch({ type: 'hover', id: node });
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    store.dispatch({ type: 'hover', id: null });
  });
  // Sigma reports a second click within its double-click delay as a double click only (and zooms), even
  // on another node. On a node a double click expands its neighbourhood and never zooms; on the
  // background it zooms only when both clicks hit the same spot.
  let lastClick: { x: number; y: number } | null = null;
  renderer.on('clickNode', ({ node, event }) => {
    lastClick = { x: event.x, y: event.y };
    const already = state.selection.institution === node;
    store.dispatch({ type: 'selectInstitution', id: node });
    if (already) return;
    // The panel opening may cover the node: bring it back into view, once a double click can no longer
    // be on its way (moving the camera between its two clicks would break it).
    window.setTimeout(() => keepVisible(node), DOUBLE_CLICK_WAIT_MS);
  });
  renderer.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    store.dispatch({ type: 'selectInstitution', id: node });
    store.dispatch({ type: 'expand', id: node });
  });
  renderer.on('clickStage', ({ event }) => {
    lastClick = { x: event.x, y: event.y };
    if (state.selection.institution !== null || state.selection.agreement !== null) {
      store.dispatch({ type: 'clearSelection' });
    }
  });
  renderer.on('doubleClickStage', ({ event }) => {
    const moved =
      lastClick === null || Math.hypot(event.x - lastClick.x, event.y - lastClick.y) > CLICK_TOLERANCE;
    if (moved) event.preventSigmaDefault();
  });

  // Camera ↔ state: the state follows the camera once it rests; a state from a link moves the camera.
  const camera = renderer.getCamera();
  let settle: number | undefined;
  let applying = false;
  camera.on('updated', () => {
    if (applying) return;
    window.clearTimeout(settle);
    settle = window.setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      const isHome = Math.abs(x - 0.5) < 1e-4 && Math.abs(y - 0.5) < 1e-4 && Math.abs(ratio - 1) < 1e-4;
      store.dispatch({ type: 'setCamera', camera: isHome ? null : { x, y, ratio } });
    }, CAMERA_SETTLE_MS);
  });
  const restoreCamera = (target: CameraView | null): void => {
    const now = camera.getState();
    const wanted = target ?? { x: 0.5, y: 0.5, ratio: 1 };
    if (
      Math.abs(now.x - wanted.x) < 1e-4 &&
      Math.abs(now.y - wanted.y) < 1e-4 &&
      Math.abs(now.ratio - wanted.ratio) < 1e-4
    ) {
      return;
    }
    applying = true;
    camera.setState({ ...wanted, angle: 0 });
    applying = false;
  };

  rebuild(true);
  restoreCamera(state.camera);

  const showNodes = (nodes: Iterable<string>): void => {
    const points = [...nodes]
      .map((node) => renderer.getNodeDisplayData(node))
      .filter((data): data is NodeDisplayData => data !== undefined);
    if (points.length === 0) return;
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const { width } = renderer.getDimensions();
    const sides = hooks.occluded?.() ?? { left: 0, right: 0 };
    const left = Math.min(width * 0.45, sides.left);
    const right = Math.min(width * 0.45, sides.right);
    const free = Math.max(0.3, 1 - (left + right) / Math.max(1, width));
    const ratio = Math.min(1, Math.max(0.45, Math.max((maxX - minX) / free, maxY - minY) * 1.6));
    const target = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 };
    // Shift so the nodes sit in the middle of what the panels leave visible.
    const origin = renderer.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: target });
    const step = renderer.viewportToFramedGraph({ x: 100, y: 0 }, { cameraState: target });
    target.x += ((right - left) / 2 / 100) * (step.x - origin.x);
    void camera.animate(target, { duration: 450 });
  };

  /** Moves the camera only when the node is under a panel or off the canvas. */
  const keepVisible = (node: string): void => {
    const data = renderer.getNodeDisplayData(node);
    if (data === undefined || state.selection.institution !== node) return;
    const { x, y } = renderer.framedGraphToViewport(data);
    const { width, height } = renderer.getDimensions();
    const sides = hooks.occluded?.() ?? { left: 0, right: 0 };
    if (x < sides.left || x > width - sides.right || y < 0 || y > height) showNodes([node]);
  };

  return {
    renderer,
    overlay: () => model.path,
    showNode: (node) => showNodes([node]),
    showNodes,
    attach() {
      if (renderer.getGraph() === graph) return;
      remodel(true);
      // Indexes the whole graph and draws it, now.
      renderer.setGraph(graph);
    },
    isLarge: () => large,
    drawSmall(settings) {
      large = false;
      // Added to the programs sigma has (its defaults among them, such as straight edges' `line`), as
      // its constructor does; setSettings alone would replace them.
      renderer.setSettings({
        ...settings,
        nodeProgramClasses: { ...renderer.getSetting('nodeProgramClasses'), ...settings.nodeProgramClasses },
        edgeProgramClasses: { ...renderer.getSetting('edgeProgramClasses'), ...settings.edgeProgramClasses },
      });
      rebuild(true);
    },
    kill() {
      unsubscribe();
      highlight.kill();
      window.clearTimeout(settle);
      renderer.kill();
    },
  };
}
