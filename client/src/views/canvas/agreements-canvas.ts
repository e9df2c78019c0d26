/**
 * The map in its agreements view: a second sigma canvas over the cooperation one, made the first time
 * the view is asked for, showing the agreements view's graph. It opens framed like the cooperation map
 * (the same bounding box and camera, institutions where they were), so switching keeps the user's
 * bearings; while it stays open, a new month or filter keeps the camera where the user moved it. A
 * click on an agreement opens its evidence in the panel, a click on an institution opens the
 * institution; hovering a node brings out its neighbours.
 */
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import {
  type AgreementViewEdge,
  type AgreementViewGraph,
  type AgreementViewNode,
  labelOf,
} from '../../graph/agreement-graph.js';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from '../../graph/palette.js';
import { current } from '../../state/reducer.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { watch } from '../../state/watch.js';
import type { CooperationRenderer } from './renderer.js';
import {
  DIMMED_PICTOGRAM_COLOR,
  NODE_RING_COLOR,
  PICTOGRAM_COLOR,
  SELECTED_RING_COLOR,
  sigmaSettings,
} from './sigma-setup.js';

type AgreementsRenderer = Sigma<AgreementViewNode, AgreementViewEdge>;
type NodeView = Partial<NodeDisplayData> & { borderColor?: string; pictoColor?: string; image?: string };

export interface AgreementsCanvas {
  /** The canvas, once made: for tests and the devtools. */
  renderer: () => AgreementsRenderer | null;
}

export function createAgreementsCanvas(
  container: HTMLElement,
  store: Store,
  cooperation: () => CooperationRenderer | null,
): AgreementsCanvas {
  let renderer: AgreementsRenderer | null = null;
  let making = false;
  let hovered: string | null = null;
  /** The camera was the map's when the view was last opened; from then on it is the user's. */
  let opened = false;
  let state = store.getState();

  const selectedKeys = (): Set<string> => {
    const { institution, agreement } = state.selection;
    return new Set([
      ...(institution === null ? [] : [`institution:${institution}`]),
      ...(agreement === null ? [] : [`agreement:${agreement}`]),
    ]);
  };

  const nodeReducer = (node: string, data: AgreementViewNode): NodeView => {
    const view: NodeView = {
      ...data,
      type: 'institution',
      label: labelOf(data.data, state.language),
      borderColor: NODE_RING_COLOR,
      pictoColor: PICTOGRAM_COLOR,
    };
    if (selectedKeys().has(node)) {
      return { ...view, borderColor: SELECTED_RING_COLOR, forceLabel: true, highlighted: true, zIndex: 2 };
    }
    const graph = renderer?.getGraph();
    if (hovered === null || graph === undefined) return view;
    if (node === hovered || graph.areNeighbors(node, hovered))
      return { ...view, forceLabel: true, zIndex: 1 };
    return { ...view, color: DIMMED_NODE_COLOR, pictoColor: DIMMED_PICTOGRAM_COLOR, label: '', zIndex: 0 };
  };

  const edgeReducer = (edge: string, data: AgreementViewEdge): Partial<EdgeDisplayData> => {
    const graph = renderer?.getGraph();
    if (hovered === null || graph === undefined) return data;
    return graph.hasExtremity(edge, hovered) ? { ...data, zIndex: 1 } : { ...data, color: DIMMED_EDGE_COLOR };
  };

  const make = async (graph: AgreementViewGraph): Promise<void> => {
    making = true;
    const settings = await sigmaSettings(false);
    making = false;
    // Switched back meanwhile: sigma cannot be made in a hidden container; the next switch makes it.
    if (container.hidden) return;
    // The programs are the cooperation map's small ones: agreements use its disc-and-pictogram one too.
    renderer = new Sigma<AgreementViewNode, AgreementViewEdge>(graph, container, {
      ...(settings as Partial<Settings<AgreementViewNode, AgreementViewEdge>>),
      zIndex: true,
      // Hidden while the cooperation map shows: a resize then must not fail.
      allowInvalidContainer: true,
      nodeReducer,
      edgeReducer,
    });
    bindPointer(renderer);
    show(store.getState());
  };

  const bindPointer = (target: AgreementsRenderer): void => {
    target.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      hovered = node;
      target.refresh({ skipIndexation: true });
    });
    target.on('leaveNode', () => {
      container.style.cursor = '';
      hovered = null;
      target.refresh({ skipIndexation: true });
    });
    target.on('clickNode', ({ node }) => {
      const { id, data } = target.getGraph().getNodeAttributes(node);
      if (data.type === 'institution') store.dispatch({ type: 'selectInstitution', id });
      else if (data.type === 'agreement') {
        // The panel shows an agreement on its own when no institution is open.
        store.dispatch({ type: 'clearSelection' });
        store.dispatch({ type: 'selectAgreement', id });
      }
    });
    target.on('clickStage', () => store.dispatch({ type: 'clearSelection' }));
  };

  /**
   * Frames the view as the cooperation map is framed: always the same box (so institutions fall where
   * the map draws them, also once the map has moved), and on opening the same camera.
   */
  const frameLikeMap = (target: AgreementsRenderer, withCamera: boolean): void => {
    const map = cooperation();
    if (map === null) return;
    target.setCustomBBox(map.getBBox());
    if (withCamera) target.getCamera().setState(map.getCamera().getState());
  };

  const show = (next: ExplorerState): void => {
    state = next;
    const graph = current(next.agreementsView);
    const wanted = next.shape === 'agreements';
    container.hidden = !wanted;
    document.body.dataset.shape = next.shape;
    if (!wanted) opened = false;
    if (!wanted || graph === null) return;
    if (renderer === null) {
      if (!making) void make(graph);
      return;
    }
    if (renderer.getGraph() !== graph) {
      hovered = null;
      renderer.setGraph(graph);
    }
    // A month or a filter changed while the view is open: the new graph is drawn where the user looks.
    frameLikeMap(renderer, !opened);
    opened = true;
    renderer.refresh();
  };

  watch(store, ['shape', 'agreementsView'], show);
  watch(store, ['selection', 'language'], (next) => {
    state = next;
    if (next.shape === 'agreements') renderer?.refresh({ skipIndexation: true });
  });
  show(store.getState());
  return { renderer: () => renderer };
}
