/**
 * The table view's rows: while the table is open, the page of `/api/agreements` its query, the map's
 * filters and month and the language ask for. Asked again when one of them or the data changes; a stale
 * answer is dropped. A page past the last (the filters left fewer rows) turns back to the last page.
 */
import { fetchAgreementList } from '../api/explore.js';
import type { Store } from '../state/store.js';
import { pageCount, tableParams } from '../state/table.js';
import type { ExplorerState } from '../state/types.js';

export function createAgreementTableEffects(store: Store): void {
  let request: AbortController | null = null;
  /** The query the rows answer or will answer; null when they must be asked again. */
  let asked: string | null = null;

  const follow = (state: ExplorerState): void => {
    if (state.tool !== 'table') return;
    const query = tableParams(state.filters, state.asOf, state.table, state.language).toString();
    if (query === asked) return;
    asked = query;
    request?.abort();
    const controller = new AbortController();
    request = controller;
    store.dispatch({ type: 'tableStarted' });
    fetchAgreementList(new URLSearchParams(query), controller.signal).then(
      (list) => {
        if (controller.signal.aborted) return;
        const last = pageCount(list.total) - 1;
        if (state.table.page > last) store.dispatch({ type: 'showTablePage', page: last });
        else store.dispatch({ type: 'tableSucceeded', list });
      },
      (error: unknown) => {
        // Not asked again by itself: the next change of the query asks again.
        if (!controller.signal.aborted) store.dispatch({ type: 'tableFailed', error });
      },
    );
  };

  store.subscribe((next, _previous, action) => {
    if (action.type === 'datasetImported') asked = null;
    follow(next);
  });
  follow(store.getState());
}
