/**
 * The console's elements, made once: the header, the editor's place, the parameters box, the run button
 * and the history, the named queries, the status line and the results. Their words are set by the panel
 * on each render, so a change of language needs no new elements.
 */
import type { ConsoleStrings } from '../i18n/page-strings.js';
import { el } from '../views/dom.js';
import type { HistoryEntry } from './history.js';

export interface ConsoleElements {
  title: HTMLHeadingElement;
  close: HTMLButtonElement;
  editorRoot: HTMLDivElement;
  paramsSummary: HTMLElement;
  params: HTMLTextAreaElement;
  run: HTMLButtonElement;
  historySelect: HTMLSelectElement;
  hint: HTMLSpanElement;
  namedSummary: HTMLElement;
  namedRoot: HTMLDivElement;
  status: HTMLParagraphElement;
  clearButton: HTMLButtonElement;
  results: HTMLDivElement;
}

export function buildConsole(root: HTMLElement): ConsoleElements {
  const elements: ConsoleElements = {
    title: el('h2', { className: 'console-title', attrs: { id: 'console-title' } }),
    close: el('button', {
      className: 'panel-close',
      text: '×',
      attrs: { type: 'button', 'data-testid': 'console-close' },
    }),
    editorRoot: el('div', { className: 'console-editor' }),
    paramsSummary: el('summary'),
    params: el('textarea', {
      className: 'console-params-input',
      attrs: {
        rows: '3',
        spellcheck: 'false',
        'data-testid': 'console-params',
        placeholder: '{"id": "us-nist"}',
      },
    }),
    run: el('button', {
      className: 'button button-primary',
      attrs: { type: 'button', 'data-testid': 'console-run' },
    }),
    historySelect: el('select', {
      className: 'console-history',
      attrs: { 'data-testid': 'console-history' },
    }),
    hint: el('span', { className: 'console-hint' }),
    namedSummary: el('summary'),
    namedRoot: el('div', { className: 'console-named-body' }),
    status: el('p', {
      className: 'console-status',
      attrs: { role: 'status', 'data-testid': 'console-status' },
    }),
    clearButton: el('button', {
      className: 'link-button',
      attrs: { type: 'button', 'data-testid': 'console-clear' },
    }),
    results: el('div', { className: 'console-results', attrs: { 'data-testid': 'console-results' } }),
  };
  const { title, close, editorRoot, paramsSummary, params, run, historySelect, hint } = elements;
  const { namedSummary, namedRoot, status, clearButton, results } = elements;
  root.setAttribute('aria-labelledby', 'console-title');
  root.replaceChildren(
    el('header', { className: 'console-header' }, [title, close]),
    el('div', { className: 'console-body' }, [
      editorRoot,
      el('details', { className: 'console-params' }, [paramsSummary, params]),
      el('div', { className: 'console-actions' }, [run, historySelect, hint]),
      el('details', { className: 'console-named' }, [namedSummary, namedRoot]),
      el('div', { className: 'console-status-line' }, [status, clearButton]),
      results,
    ]),
  );
  return elements;
}

/** The history as a menu, most recent first; choosing an entry puts it back in the editor. */
export function renderHistory(
  select: HTMLSelectElement,
  entries: readonly HistoryEntry[],
  text: ConsoleStrings,
): void {
  select.replaceChildren(
    el('option', { text: text.history, attrs: { value: '' } }),
    ...entries.map((entry, index) =>
      el('option', {
        text: entry.query.replace(/\s+/g, ' ').slice(0, 90),
        attrs: { value: String(index), title: entry.query },
      }),
    ),
  );
  select.disabled = entries.length === 0;
}
