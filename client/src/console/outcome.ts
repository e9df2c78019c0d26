/**
 * What the last run came to (nothing yet, running, rows, or an error), and how the console shows it: the
 * run button, the status line, the table or the error box, and the words around them.
 */
import { ProblemError } from '../api/errors.js';
import { describeError } from '../i18n/describe-error.js';
import type { Language } from '../i18n/language.js';
import type { ConsoleStrings } from '../i18n/page-strings.js';
import { el } from '../views/dom.js';
import type { ConsoleElements } from './console-view.js';
import { renderResultsTable } from './results-table.js';

export type Outcome =
  | { kind: 'none' }
  | { kind: 'running' }
  | {
      kind: 'rows';
      columns: string[];
      rows: unknown[][];
      ms: number | null;
      truncated: boolean;
      /** Institutions highlighted on the canvas; null when the result is not (or no longer) shown there. */
      onMap: number | null;
    }
  | { kind: 'error'; error: unknown };

export function renderOutcome(
  root: HTMLElement,
  elements: ConsoleElements,
  outcome: Outcome,
  text: ConsoleStrings,
  language: Language,
): void {
  const { title, close, paramsSummary, namedSummary, hint, clearButton, run, status, results } = elements;
  title.textContent = text.title;
  close.title = text.close;
  close.setAttribute('aria-label', text.close);
  paramsSummary.textContent = text.parameters;
  namedSummary.textContent = text.namedQueries;
  hint.textContent = text.hint;
  clearButton.textContent = text.clearHighlight;
  run.textContent = outcome.kind === 'running' ? text.running : text.run;
  run.disabled = outcome.kind === 'running';
  root.dataset.status = outcome.kind;
  clearButton.hidden = !(outcome.kind === 'rows' && (outcome.onMap ?? 0) > 0);

  if (outcome.kind === 'none' || outcome.kind === 'running') {
    status.textContent = outcome.kind === 'running' ? text.running : text.hint;
    if (outcome.kind === 'none') results.replaceChildren();
    return;
  }
  if (outcome.kind === 'error') {
    const { summary, detail } = describeError(outcome.error, language);
    const refused = outcome.error instanceof ProblemError && outcome.error.status === 403;
    status.textContent = refused ? text.refused : text.failed;
    results.replaceChildren(
      el('div', { className: 'console-error', attrs: { role: 'alert', 'data-testid': 'console-error' } }, [
        el('p', { className: 'console-error-title', text: summary }),
        detail !== null && el('p', { className: 'console-error-detail', text: detail }),
      ]),
    );
    return;
  }
  const parts = [text.summary(outcome.rows.length, outcome.ms ?? 0, outcome.truncated)];
  if (outcome.onMap !== null) parts.push(outcome.onMap > 0 ? text.onMap(outcome.onMap) : text.notOnMap);
  status.textContent = parts.join(' · ');
  results.replaceChildren(
    outcome.rows.length === 0
      ? el('p', { className: 'muted', text: text.noRows })
      : renderResultsTable(outcome.columns, outcome.rows),
  );
}
