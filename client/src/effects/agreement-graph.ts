/**
 * The agreements view's data: while the map shows agreements as nodes, `/api/graph?shape=agreements`
 * for the current filters and month, placed around the cooperation map's positions. Asked again when the
 * filters, the month or the data change; a stale answer is dropped.
 */
import { fetchAgreementGraph } from '../api/agreement-graph.js';
import { buildAgreementGraph } from '../graph/agreement-graph.js';
import type { CooperationGraph } from '../graph/network.js';
import { sameFilters } from '../state/filters.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';

export function createAgreementGraphEffects(store: Store, graph: CooperationGraph): void {
  let request: AbortController | null = null;
  /** What the view holds or is loading: filters and month, or null when it must be loaded again. */
  let asked: Pick<ExplorerState, 'filters' | 'asOf'> | null = null;

  const load = (state: ExplorerState): void => {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    asked = { filters: state.filters, asOf: state.asOf };
    store.dispatch({ type: 'agreementsViewStarted' });
    fetchAgreementGraph(state.filters, state.asOf, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        store.dispatch({ type: 'agreementsViewSucceeded', graph: buildAgreementGraph(answer, graph) });
      },
      (error: unknown) => {
        // Not asked again by itself: the next change of filters, month or data asks again.
        if (!controller.signal.aborted) store.dispatch({ type: 'agreementsViewFailed', error });
      },
    );
  };

  const follow = (state: ExplorerState): void => {
    // The map's positions come with the first load: the view waits for them.
    if (state.shape !== 'agreements' || state.load.status !== 'ready') return;
    if (asked !== null && sameFilters(asked.filters, state.filters) && asked.asOf === state.asOf) return;
    load(state);
  };

  store.subscribe((next, _previous, action) => {
    if (action.type === 'datasetImported') asked = null;
    follow(next);
  });
  follow(store.getState());
}
