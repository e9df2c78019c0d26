/**
 * The agreements view's data: while the map shows agreements as nodes, `/api/graph?shape=agreements`
 * for the current filters and month, placed around the cooperation map's positions. Asked again when the
 * filters, the month or the data change; a stale answer is dropped. When the map's institutions move
 * (its first layout settles, the user lays it out again), the last answer is placed again around them.
 */
import type { AgreementGraph } from '../../../contract/agreement-graph.js';
import { fetchAgreementGraph } from '../api/agreement-graph.js';
import { buildAgreementGraph, hasMapPositions } from '../graph/agreement-graph.js';
import type { CooperationGraph } from '../graph/network.js';
import { sameFilters } from '../state/filters.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { changed } from '../state/watch.js';

/** What can move the map's institutions, or show a view built before they moved. */
const MAP_MOVES = ['shape', 'layout', 'graphVersion', 'load'] as const;

export function createAgreementGraphEffects(store: Store, graph: CooperationGraph): void {
  let request: AbortController | null = null;
  /** What the view holds or is loading: filters and month, or null when it must be loaded again. */
  let asked: Pick<ExplorerState, 'filters' | 'asOf'> | null = null;
  /** The answer the view was built from, to place again when the map moves. */
  let answered: AgreementGraph | null = null;

  const load = (state: ExplorerState): void => {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    asked = { filters: state.filters, asOf: state.asOf };
    store.dispatch({ type: 'agreementsViewStarted' });
    fetchAgreementGraph(state.filters, state.asOf, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        answered = answer;
        store.dispatch({ type: 'agreementsViewSucceeded', graph: buildAgreementGraph(answer, graph) });
      },
      (error: unknown) => {
        // Not asked again by itself: the next change of filters, month or data asks again.
        if (!controller.signal.aborted) store.dispatch({ type: 'agreementsViewFailed', error });
      },
    );
  };

  const follow = (state: ExplorerState, previous: ExplorerState | null): void => {
    // The map's positions come with the first load: the view waits for them.
    if (state.shape !== 'agreements' || state.load.status !== 'ready') return;
    if (asked === null || !sameFilters(asked.filters, state.filters) || asked.asOf !== state.asOf) {
      load(state);
      return;
    }
    // While the layout runs the map moves at every frame: the view is placed once it settles.
    if (state.layout === 'running' || (previous !== null && !changed(state, previous, MAP_MOVES))) return;
    // A view on its way is placed when it arrives.
    const view = state.agreementsView.status === 'ready' ? state.agreementsView.value : null;
    if (answered === null || view === null || hasMapPositions(view, graph)) return;
    store.dispatch({ type: 'agreementsViewSucceeded', graph: buildAgreementGraph(answered, graph) });
  };

  store.subscribe((next, previous, action) => {
    if (action.type === 'datasetImported') asked = null;
    follow(next, previous);
  });
  follow(store.getState(), null);
}
