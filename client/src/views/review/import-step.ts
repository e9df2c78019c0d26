/**
 * Step 3: the data set of what is accepted, checked against the graph by a dry run, its report shown
 * item by item with every conflict to accept; then the import. The import token, when the server asks
 * for one, is typed here and kept for the tab only. A refusal is told in words: a missing or wrong
 * token, the items the server found wrong, conflicts not accepted, a busy graph.
 */
import { ProblemError } from '../../api/errors.js';
import { importToken, rememberImportToken } from '../../effects/review-storage.js';
import { describeError } from '../../i18n/describe-error.js';
import { explorerStrings } from '../../i18n/strings.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { reportView } from './diff-view.js';
import type { Dataset } from '../../../../contract/dataset.js';
import type { CooperationGraph } from '../../graph/network.js';
import { datasetOf } from './dataset.js';
import { textField } from './fields.js';

export interface ImportStep {
  element: HTMLElement;
  render: (state: ExplorerState) => void;
  focus: () => void;
}

/** "dataset.agreements[0].parties[1].institution" → the item's id, to name it in the message. */
function placeOf(parameter: string, dataset: Dataset): string {
  const match = /^dataset\.(\w+)\[(\d+)\](.*)$/.exec(parameter);
  if (match === null) return parameter;
  const collection = (dataset as unknown as Record<string, { id?: string; code?: string }[]>)[match[1]!];
  const item = collection?.[Number(match[2])];
  const id = item?.id ?? item?.code;
  return id === undefined ? parameter : `${match[1]}/${id}${match[3]}`;
}

export function createImportStep(store: Store, graph: CooperationGraph): ImportStep {
  const heading = el('h3', {
    className: 'review-step-title',
    attrs: { tabindex: '-1', id: 'review-import-title' },
  });
  const intro = el('p', { className: 'muted review-intro' });
  const token = textField({
    id: 'review-token',
    label: '',
    value: importToken(),
    type: 'password',
    autocomplete: 'off',
    hint: '',
    onInput: (value) => rememberImportToken(value.trim()),
  });
  const check = el('button', {
    className: 'button',
    attrs: { type: 'button', 'data-testid': 'review-check' },
  });
  const run = (dryRun: boolean): void => {
    const dataset = datasetOf(store.getState(), graph);
    if (dataset === null) return;
    store.dispatch({
      type: 'review',
      change: dryRun ? { type: 'dryRunStarted', dataset } : { type: 'importStarted', dataset },
    });
  };
  check.addEventListener('click', () => run(true));
  const importButton = el('button', {
    className: 'button button-primary',
    attrs: { type: 'button', 'data-testid': 'review-import' },
  });
  importButton.addEventListener('click', () => run(false));
  const back = el('button', {
    className: 'button',
    attrs: { type: 'button', 'data-testid': 'review-back-to-proposals' },
  });
  back.addEventListener('click', () =>
    store.dispatch({ type: 'review', change: { type: 'goTo', step: 'proposals' } }),
  );
  const status = el('div', { attrs: { 'aria-live': 'polite', 'data-testid': 'review-import-status' } });
  const report = el('div');
  const blocked = el('p', { className: 'review-warning', attrs: { 'data-testid': 'review-import-blocked' } });

  const element = el('div', { className: 'review-import', attrs: { 'data-testid': 'review-import-step' } }, [
    heading,
    intro,
    token.element,
    el('div', { className: 'form-actions' }, [check]),
    status,
    report,
    blocked,
    el('div', { className: 'form-actions review-nav' }, [back, importButton]),
  ]);

  const failure = (state: ExplorerState): HTMLElement | null => {
    const request = state.review.request;
    if (request === null || request.status !== 'error' || request.kind === 'extract') return null;
    const text = explorerStrings(state.language).review;
    const { error } = request;
    const lines: string[] = [];
    let summary: string;
    if (error instanceof ProblemError && error.status === 401) summary = text.unauthorized;
    else if (error instanceof ProblemError && error.status === 403) summary = text.forbidden;
    else if (error instanceof ProblemError && error.status === 409) summary = text.refused;
    else if (error instanceof ProblemError && error.status === 503) summary = text.busy(error.retryAfter);
    else if (error instanceof ProblemError && error.status === 400) {
      summary = text.invalidItems;
      const dataset = datasetOf(state, graph);
      for (const issue of error.problem?.errors ?? []) {
        lines.push(
          `${dataset === null ? issue.parameter : placeOf(issue.parameter, dataset)}: ${issue.message}`,
        );
      }
    } else summary = describeError(error, state.language).summary;
    const detail =
      error instanceof ProblemError && error.status !== 400 ? (error.problem?.detail ?? null) : null;
    return el(
      'div',
      { className: 'inline-error', attrs: { role: 'alert', 'data-testid': 'review-import-error' } },
      [
        el('strong', { text: request.kind === 'import' ? text.importFailed : text.checkFailed }),
        el('p', { text: summary }),
        detail !== null && el('p', { className: 'muted', text: detail }),
        lines.length > 0 &&
          el(
            'ul',
            {},
            lines.map((line) => el('li', { text: line })),
          ),
      ],
    );
  };

  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language).review;
    const { dryRun, request, acceptConflicts } = state.review;
    heading.textContent = text.steps.import;
    intro.textContent = text.importIntro;
    (token.element.querySelector('label') as HTMLElement).textContent = text.tokenLabel;
    (token.element.querySelector('.field-hint') as HTMLElement).textContent = text.tokenHint;
    const loading = request?.status === 'loading';
    check.textContent = loading && request.kind === 'dry-run' ? text.checking : text.check;
    check.disabled = loading;
    back.textContent = text.back;
    importButton.textContent = loading && request.kind === 'import' ? text.importing : text.import;
    const open =
      dryRun === null
        ? 0
        : dryRun.conflicts.filter((conflict) => !acceptConflicts.includes(conflict.id)).length;
    importButton.disabled = loading || dryRun === null || open > 0;
    blocked.textContent =
      dryRun === null ? (loading ? '' : text.checkFirst) : open > 0 ? text.conflictsOpen(open) : '';
    blocked.hidden = blocked.textContent === '';
    element.setAttribute('aria-busy', String(loading));
    status.replaceChildren(
      loading
        ? el('p', {
            className: 'muted',
            text: request.kind === 'import' ? text.importing : text.checking,
            attrs: { role: 'status' },
          })
        : '',
      failure(state) ?? '',
    );
    // The report holds checkboxes: drawn again only when it or the acceptances change, keeping focus.
    const focusedId = report.contains(document.activeElement) ? document.activeElement?.id : undefined;
    report.replaceChildren(dryRun === null ? '' : reportView(store, state, dryRun));
    if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
  };

  return { element, render, focus: () => heading.focus() };
}
