/**
 * The sigma view of the cooperation graph and its view state (hovered and selected institution).
 * Highlighting is derived by node/edge reducers; the graph itself is never mutated for it, so
 * clearing the state always restores the drawing exactly.
 */
import EdgeCurveProgram from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import Sigma from 'sigma';
import type { Coordinates, EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { NetworkAttributes } from '../../server/contract/graph.js';
import type {
  CooperationGraph,
  EdgeRelation,
  NetworkEdgeAttributes,
  NetworkNodeAttributes,
} from './network.js';

export type CooperationRenderer = Sigma<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>;

export interface RendererEvents {
  /** A node was clicked (or tapped). */
  onNodeClick: (node: string) => void;
  /** The background was clicked: the page closes whatever it shows about a node. */
  onStageClick: () => void;
}

export interface GraphView {
  renderer: CooperationRenderer;
  /** Marks a node as selected (kept highlighted with its neighbours), or clears the selection. */
  select: (node: string | null) => void;
  kill: () => void;
}

const DIMMED_NODE_COLOR = '#e3e7ee';
const DIMMED_EDGE_COLOR = '#eef1f5';
/** Edges of the focused node, darker per relation so "partner" and "part of" stay distinguishable. */
const FOCUS_EDGE_COLORS: Record<EdgeRelation, string> = { cooperation: '#5b6578', 'part-of': '#7a68b5' };
const NODE_RING_COLOR = '#ffffff';
const SELECTED_RING_COLOR = '#1b2230';

/** Two clicks farther apart than this (pixels) are two clicks, not a double click. */
const CLICK_TOLERANCE = 6;

/** Node reducer output may carry the border colour the node-border program reads. */
type NodeView = Partial<NodeDisplayData> & { borderColor?: string };

export function createGraphView(
  container: HTMLElement,
  graph: CooperationGraph,
  events: RendererEvents,
): GraphView {
  let hovered: string | null = null;
  let selected: string | null = null;
  // The neighbourhood of whatever has focus, cached so reducers stay O(1) per item.
  let focus: { node: string; neighbours: Set<string> } | null = null;

  const updateFocus = (): void => {
    const node = hovered ?? selected;
    focus =
      node === null || !graph.hasNode(node) ? null : { node, neighbours: new Set(graph.neighbors(node)) };
  };

  const nodeReducer = (node: string, data: NetworkNodeAttributes): NodeView => {
    const view: NodeView = { ...data, borderColor: NODE_RING_COLOR };
    if (node === selected) {
      view.borderColor = SELECTED_RING_COLOR;
      view.highlighted = true;
      view.forceLabel = true;
    }
    if (focus === null) return view;
    if (node === focus.node) {
      view.highlighted = true;
      view.forceLabel = true;
      view.zIndex = 2;
    } else if (focus.neighbours.has(node)) {
      view.forceLabel = true;
      view.zIndex = 1;
    } else {
      view.color = DIMMED_NODE_COLOR;
      view.label = '';
      view.zIndex = 0;
    }
    return view;
  };

  const edgeReducer = (edge: string, data: NetworkEdgeAttributes): Partial<EdgeDisplayData> => {
    if (focus === null) return data;
    if (graph.hasExtremity(edge, focus.node)) {
      return { ...data, color: FOCUS_EDGE_COLORS[data.relation], zIndex: 1 };
    }
    return { ...data, color: DIMMED_EDGE_COLOR, zIndex: 0 };
  };

  const renderer: CooperationRenderer = new Sigma<
    NetworkNodeAttributes,
    NetworkEdgeAttributes,
    NetworkAttributes
  >(graph, container, {
    // Ring of white around each disc keeps touching nodes apart; the ring darkens on selection.
    defaultNodeType: 'bordered',
    nodeProgramClasses: {
      bordered: createNodeBorderProgram({
        borders: [
          { size: { value: 0.14 }, color: { attribute: 'borderColor', defaultValue: NODE_RING_COLOR } },
          { size: { fill: true }, color: { attribute: 'color' } },
        ],
      }),
    },
    edgeProgramClasses: { curved: EdgeCurveProgram },
    nodeReducer,
    edgeReducer,
    zIndex: true,
    labelFont: 'Inter, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1b2230' },
    // A few dozen nodes: show nearly every label and let the grid drop only true collisions.
    labelRenderedSizeThreshold: 4,
    labelDensity: 2,
    labelGridCellSize: 90,
    stagePadding: 40,
    minCameraRatio: 0.1,
    maxCameraRatio: 4,
  });

  const refresh = (): void => {
    updateFocus();
    // A full refresh (not `skipIndexation`) so the zIndex set by the reducers takes effect and the
    // focused neighbourhood draws above the dimmed rest; a few dozen nodes make that cheap.
    renderer.refresh();
  };

  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    container.style.cursor = 'pointer';
    refresh();
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    container.style.cursor = '';
    refresh();
  });
  // Sigma reports any second click within its double-click delay as a double click only (and
  // zooms), even when it lands on another node. So a double click is also a click here; on a node
  // it never zooms (the camera should not jump when opening a node), and on the background it
  // zooms only when both clicks hit the same spot.
  let lastClick: Coordinates | null = null;
  const remember = (event: Coordinates): void => {
    lastClick = { x: event.x, y: event.y };
  };
  renderer.on('clickNode', ({ node, event }) => {
    remember(event);
    events.onNodeClick(node);
  });
  renderer.on('clickStage', ({ event }) => {
    remember(event);
    events.onStageClick();
  });
  renderer.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    events.onNodeClick(node);
  });
  renderer.on('doubleClickStage', ({ event }) => {
    const moved =
      lastClick === null || Math.hypot(event.x - lastClick.x, event.y - lastClick.y) > CLICK_TOLERANCE;
    if (moved) event.preventSigmaDefault();
    events.onStageClick();
  });

  return {
    renderer,
    select(node) {
      selected = node;
      refresh();
    },
    kill() {
      renderer.kill();
    },
  };
}
