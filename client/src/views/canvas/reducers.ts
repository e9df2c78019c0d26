/**
 * Sigma's node and edge reducers: how each institution and link is drawn for the current view, on top of
 * the graph's own display attributes, which they never change. Filters hide; hover, path, agreement and
 * selection dim the rest; a console result, when one is shown, dims everything it does not name.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import { edgeLook } from '../../graph/appearance.js';
import {
  type CooperationGraph,
  type NetworkEdgeAttributes,
  type NetworkNodeAttributes,
  nodeLabel,
} from '../../graph/network.js';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR } from '../../graph/palette.js';
import { edgeInView, isNodeVisible } from '../../graph/view-model.js';
import { shownView } from '../../state/reducer.js';
import type { ConsoleHighlight } from '../../state/types.js';
import type { CanvasReading } from './model.js';
import {
  CONSOLE_RING_COLOR,
  DIMMED_PICTOGRAM_COLOR,
  EMPHASIS_EDGE_COLOR,
  LARGE_EDGE_TYPE,
  NODE_RING_COLOR,
  PICTOGRAM_COLOR,
  SELECTED_RING_COLOR,
} from './sigma-setup.js';

type NodeView = Partial<NodeDisplayData> & { borderColor?: string; pictoColor?: string };
type EdgeView = Partial<EdgeDisplayData>;

export interface Reducers {
  nodeReducer: (node: string, data: NetworkNodeAttributes) => NodeView;
  edgeReducer: (edge: string, data: NetworkEdgeAttributes) => EdgeView;
}

export function createReducers(graph: CooperationGraph, reading: CanvasReading): Reducers {
  const viewNode = (node: string, data: NetworkNodeAttributes): NodeView => {
    const { state, model, large } = reading;
    const result: NodeView = {
      ...data,
      label: nodeLabel(data, state.language),
      borderColor: NODE_RING_COLOR,
      pictoColor: PICTOGRAM_COLOR,
    };
    const look = model.looks.get(node);
    if (look !== undefined) Object.assign(result, look);
    // A path found is shown whole, even through institutions the filters hide.
    if (!isNodeVisible(shownView(state), node) && model.path?.nodes.has(node) !== true)
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

  const viewEdge = (edge: string, data: NetworkEdgeAttributes): EdgeView => {
    const { state, model, large } = reading;
    // A large network's links cost most of a frame in software WebGL: while the time bar plays, the
    // institutions alone follow the months (as while the camera moves), and the links return at pause.
    const shown = large && state.playback.playing ? null : edgeInView(graph, shownView(state), edge);
    // Sigma gives hidden edges to their program too: a large canvas has only the hairline one.
    if (shown === null) return { ...data, hidden: true, ...(large ? { type: LARGE_EDGE_TYPE } : {}) };
    const styled: EdgeView & { size: number } =
      shown === data ? data : { ...data, ...edgeLook({ ...shown, relation: data.relation }, model.palette) };
    // Large: every edge a hairline (the curved program shades each pixel of a quad).
    const look = large ? { ...styled, type: LARGE_EDGE_TYPE } : styled;
    const emphasis = model.emphasis;
    if (emphasis === null) return look;
    if (!emphasis.edges.has(edge)) return { ...look, color: DIMMED_EDGE_COLOR, zIndex: 0 };
    const strong = emphasis === model.path || emphasis.strong === true;
    return {
      ...look,
      zIndex: 1,
      ...(strong ? { color: EMPHASIS_EDGE_COLOR, size: Math.max(2.5, look.size) } : {}),
    };
  };

  return {
    nodeReducer: (node, data) => consoleNode(reading.state.consoleHighlight, node, viewNode(node, data)),
    edgeReducer: (edge, data) =>
      consoleEdge(reading.state.consoleHighlight, edge, data, viewEdge(edge, data)),
  };
}

/** A console result stands out over whatever else the view shows (hover and selection still apply). */
function consoleNode(highlight: ConsoleHighlight | null, node: string, view: NodeView): NodeView {
  if (highlight === null) return view;
  if (highlight.nodes.has(node))
    return { ...view, highlighted: true, forceLabel: true, zIndex: 3, borderColor: CONSOLE_RING_COLOR };
  return { ...view, color: DIMMED_NODE_COLOR, label: '', zIndex: 0, highlighted: false };
}

function consoleEdge(
  highlight: ConsoleHighlight | null,
  edge: string,
  data: NetworkEdgeAttributes,
  view: EdgeView,
): EdgeView {
  if (highlight === null) return view;
  if (highlight.edges.has(edge))
    return { ...view, color: EMPHASIS_EDGE_COLOR, zIndex: 2, size: Math.max(2, data.size) };
  return { ...view, color: DIMMED_EDGE_COLOR, zIndex: 0 };
}
