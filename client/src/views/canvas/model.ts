/**
 * What the canvas' reducers read, derived from the state and the graph: each node's colour and size, the
 * edge palette, the path as drawn, and what stands out (hover, path, agreement, selection). Rebuilt when
 * the state changes; the reducers themselves only look things up.
 */
import { domainPalette, type CooperationGraph } from '../../graph/network.js';
import { pathOverlay, type PathOverlay } from '../../graph/path-model.js';
import {
  agreementEmphasis,
  type Emphasis,
  isNodeVisible,
  linkEmphasis,
  neighbourhoodEmphasis,
  type NodeLook,
  nodeLooks,
} from '../../graph/view-model.js';
import { current, shownView } from '../../state/reducer.js';
import type { ExplorerState } from '../../state/types.js';

export interface CanvasModel {
  looks: Map<string, NodeLook>;
  palette: Map<string, string>;
  /** What the reducers draw standing out; everything else is dimmed. */
  emphasis: Emphasis | null;
  path: PathOverlay | null;
  /**
   * A large network's hovered or selected institution, drawn on the highlight layer rather than by
   * restyling every node.
   */
  focus: Emphasis | null;
}

/** The canvas as it reads the world: the latest state, its model, and whether it draws a large network. */
export interface CanvasReading {
  state: ExplorerState;
  model: CanvasModel;
  large: boolean;
}

export const EMPTY_MODEL: CanvasModel = {
  looks: new Map(),
  palette: new Map(),
  emphasis: null,
  path: null,
  focus: null,
};

/** The model for the current state; `all`: the looks, palette and path too, not only what stands out. */
export function remodel(graph: CooperationGraph, reading: CanvasReading, all: boolean): CanvasModel {
  const { state, large } = reading;
  let model = reading.model;
  if (all) {
    // While the next answer loads the last one stays drawn; a failed search draws none, as the path it
    // held joins other ends than the ones asked for.
    const paths = state.paths.status === 'error' ? null : current(state.paths);
    model = {
      looks: nodeLooks(graph, current(state.stats), state.colour, state.size),
      palette: domainPalette(graph),
      emphasis: null,
      path: state.path !== null && paths !== null ? pathOverlay(graph, paths) : null,
      focus: null,
    };
  }
  return {
    ...model,
    emphasis: emphasisOf(graph, state, model.path, large),
    focus: large ? focusOf(graph, state, model.path) : null,
  };
}

function emphasisOf(
  graph: CooperationGraph,
  state: ExplorerState,
  path: PathOverlay | null,
  large: boolean,
): Emphasis | null {
  const shown = shownView(state);
  if (!large && state.hovered !== null && isNodeVisible(shown, state.hovered)) {
    return neighbourhoodEmphasis(graph, shown, state.hovered);
  }
  // Only a small network reports links under the pointer (sigma-setup.ts).
  if (state.hoveredLink !== null) return linkEmphasis(graph, state.hoveredLink);
  if (path !== null && path.segments.length > 0) return path;
  const { agreement, institution, link } = state.selection;
  if (link !== null) return linkEmphasis(graph, link);
  if (agreement !== null) {
    const detail = current(state.agreement);
    const parties = detail?.id === agreement ? detail.parties.map((party) => party.id) : [];
    return agreementEmphasis(graph, agreement, parties);
  }
  if (institution !== null && !large) return neighbourhoodEmphasis(graph, shown, institution);
  return null;
}

/** The hovered, else the selected, institution's neighbourhood. */
function focusOf(graph: CooperationGraph, state: ExplorerState, path: PathOverlay | null): Emphasis | null {
  const shown = shownView(state);
  if (state.hovered !== null && isNodeVisible(shown, state.hovered)) {
    return neighbourhoodEmphasis(graph, shown, state.hovered);
  }
  const { institution, agreement } = state.selection;
  if (institution !== null && agreement === null && path === null)
    return neighbourhoodEmphasis(graph, shown, institution);
  return null;
}
