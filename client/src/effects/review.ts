/**
 * The review's requests: a view says a step starts (`extractStarted`, `dryRunStarted`, `importStarted`,
 * the last two with the data set it shows) and this sends it, then reports the answer. One request at a time: a new
 * one aborts the one before. After a write the page is told the graph changed (`datasetImported`), so
 * the network and the panel load again.
 */
import type { Dataset } from '../../../contract/dataset.js';
import type { ExtractRequest } from '../../../contract/extract.js';
import { extractDraft } from '../api/extract.js';
import { importDataset, ImportRefusedError } from '../api/import.js';
import type { ReviewInput } from '../state/review.js';
import type { Store } from '../state/store.js';
import { importToken } from './review-storage.js';

export function extractRequest(input: ReviewInput): ExtractRequest {
  const title = input.title.trim();
  const published = input.published.trim();
  return {
    text: input.text,
    ...(title === '' ? {} : { title }),
    ...(published === '' ? {} : { published }),
    ...(input.language === 'auto' ? {} : { language: input.language }),
  };
}

export function createReviewEffects(store: Store): void {
  let request: AbortController | null = null;
  const begin = (): AbortSignal => {
    request?.abort();
    request = new AbortController();
    return request.signal;
  };

  const extract = (): void => {
    const signal = begin();
    extractDraft(extractRequest(store.getState().review.input), signal).then(
      (response) => {
        if (!signal.aborted)
          store.dispatch({ type: 'review', change: { type: 'extractSucceeded', response } });
      },
      (error: unknown) => {
        if (!signal.aborted) store.dispatch({ type: 'review', change: { type: 'extractFailed', error } });
      },
    );
  };

  const send = (dataset: Dataset, dryRun: boolean): void => {
    const { review } = store.getState();
    const signal = begin();
    const call = {
      dataset,
      acceptConflicts: review.acceptConflicts,
      dryRun,
      token: importToken(),
    };
    importDataset(call, signal).then(
      (report) => {
        if (signal.aborted) return;
        if (dryRun) {
          store.dispatch({ type: 'review', change: { type: 'dryRunSucceeded', report } });
          return;
        }
        store.dispatch({ type: 'review', change: { type: 'importSucceeded', report } });
        const agreements = report.items
          .filter((item) => item.collection === 'agreements' && item.change !== 'unchanged')
          .map((item) => item.id);
        store.dispatch({ type: 'datasetImported', agreements });
      },
      (error: unknown) => {
        if (signal.aborted) return;
        // A refused write reports its conflicts as a dry run would: show them to accept.
        if (error instanceof ImportRefusedError) {
          store.dispatch({ type: 'review', change: { type: 'dryRunSucceeded', report: error.report } });
        }
        store.dispatch({
          type: 'review',
          change: { type: dryRun ? 'dryRunFailed' : 'importFailed', error },
        });
      },
    );
  };

  store.subscribe((_next, _previous, action) => {
    if (action.type !== 'review') return;
    const { change } = action;
    if (change.type === 'extractStarted') extract();
    else if (change.type === 'dryRunStarted') send(change.dataset, true);
    else if (change.type === 'importStarted') send(change.dataset, false);
    else if (change.type === 'discard') request?.abort();
  });
}
