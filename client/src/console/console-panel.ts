/**
 * The console panel: the editor, a parameters box, the history, the named queries, and the result as a
 * table and on the canvas. It owns its requests (a new run aborts the previous one) and re-renders its
 * words when the language changes.
 */
import type { DbSchema } from '@neo4j-cypher/language-support';

import { ProblemError } from '../api/errors.js';
import { el } from '../views/dom.js';
import { describeError } from '../i18n/describe-error.js';
import type { Language } from '../i18n/language.js';
import type { ConsoleStrings } from '../i18n/page-strings.js';
import { strings } from '../i18n/strings.js';
import type { CooperationGraph } from '../graph/network.js';
import type { CooperationRenderer } from '../views/canvas/renderer.js';
import { createCanvasHighlight, matchOnCanvas, type CanvasHighlight } from './canvas-match.js';
import type { NamedQueryDescription } from '../../../contract/named-queries.js';
import { fetchNamedQueries, runCypher, runNamedQuery } from '../api/console.js';
import { createQueryEditor, type QueryEditor } from './editor.js';
import { QueryHistory } from './history.js';
import { createNamedQueries, type NamedQueriesView } from './named-queries.js';
import { renderResultsTable } from './results-table.js';

export interface ConsoleOptions {
  root: HTMLElement;
  language: Language;
  /** The drawn network once it is loaded; null while it loads or after it failed. */
  canvas: () => { graph: CooperationGraph; renderer: CooperationRenderer } | null;
  onClose: () => void;
}

export interface ConsolePanel {
  open: () => void;
  close: () => void;
  isOpen: () => boolean;
  setLanguage: (language: Language) => void;
}

/** The graph's vocabulary for completion, through the console itself (allowlisted procedures). */
const SCHEMA_QUERY = `RETURN
  COLLECT { CALL db.labels() YIELD label RETURN label } AS labels,
  COLLECT { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType } AS relationshipTypes,
  COLLECT { CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey } AS propertyKeys`;

const FIRST_QUERY =
  "MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)-[:COVERS]->(:Domain {id: 'quantum'})\nRETURN i, a";

type Outcome =
  | { kind: 'none' }
  | { kind: 'running' }
  | {
      kind: 'rows';
      columns: string[];
      rows: unknown[][];
      ms: number | null;
      truncated: boolean;
      onMap: number | null;
    }
  | { kind: 'error'; error: unknown };

export function createConsole(options: ConsoleOptions): ConsolePanel {
  const { root } = options;
  let language = options.language;
  let text: ConsoleStrings = strings(language).console;
  let schema: DbSchema = {};
  let request: AbortController | null = null;
  let outcome: Outcome = { kind: 'none' };
  let highlight: { renderer: CooperationRenderer; view: CanvasHighlight } | null = null;
  const history = new QueryHistory();

  const title = el('h2', { className: 'console-title', attrs: { id: 'console-title' } });
  const close = el('button', {
    className: 'panel-close',
    text: '×',
    attrs: { type: 'button', 'data-testid': 'console-close' },
  });
  const editorRoot = el('div', { className: 'console-editor' });
  const paramsSummary = el('summary');
  const params = el('textarea', {
    className: 'console-params-input',
    attrs: {
      rows: '3',
      spellcheck: 'false',
      'data-testid': 'console-params',
      placeholder: '{"id": "us-nist"}',
    },
  });
  const run = el('button', {
    className: 'button button-primary',
    attrs: { type: 'button', 'data-testid': 'console-run' },
  });
  const historySelect = el('select', {
    className: 'console-history',
    attrs: { 'data-testid': 'console-history' },
  });
  const hint = el('span', { className: 'console-hint' });
  const namedSummary = el('summary');
  const namedRoot = el('div', { className: 'console-named-body' });
  const status = el('p', {
    className: 'console-status',
    attrs: { role: 'status', 'data-testid': 'console-status' },
  });
  const clearButton = el('button', {
    className: 'link-button',
    attrs: { type: 'button', 'data-testid': 'console-clear' },
  });
  const results = el('div', { className: 'console-results', attrs: { 'data-testid': 'console-results' } });

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

  const editor: QueryEditor = createQueryEditor({
    parent: editorRoot,
    doc: history.list()[0]?.query ?? FIRST_QUERY,
    placeholder: text.placeholder,
    label: text.editorLabel,
    schema: () => schema,
    onRun: () => void runQuery(),
  });
  const named: NamedQueriesView = createNamedQueries({
    root: namedRoot,
    onRun: (query, values) => void runNamed(query, values),
  });

  const canvasHighlight = (): CanvasHighlight | null => {
    const canvas = options.canvas();
    if (canvas === null) return null;
    if (highlight?.renderer !== canvas.renderer) {
      highlight = { renderer: canvas.renderer, view: createCanvasHighlight(canvas.renderer) };
    }
    return highlight.view;
  };

  /** Highlights what the rows name on the canvas; returns how many institutions that is. */
  const showOnCanvas = (rows: unknown[][], nodes: unknown[]): number | null => {
    const canvas = options.canvas();
    const view = canvasHighlight();
    if (canvas === null || view === null) return null;
    const match = matchOnCanvas(canvas.graph, rows, nodes);
    if (match.nodes.size === 0) view.clear();
    else {
      const stage = root.parentElement?.getBoundingClientRect().width ?? 0;
      view.show(match, stage > 0 ? Math.min(0.7, root.getBoundingClientRect().right / stage) : 0);
    }
    return match.nodes.size;
  };

  const begin = (): AbortController => {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    editor.showServerError(null);
    outcome = { kind: 'running' };
    render();
    return controller;
  };

  const fail = (controller: AbortController, error: unknown): void => {
    if (controller.signal.aborted) return;
    outcome = { kind: 'error', error };
    const position = error instanceof ProblemError ? error.problem?.position : undefined;
    if (position !== undefined) {
      editor.showServerError({
        offset: position.offset,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    canvasHighlight()?.clear();
    render();
  };

  const runQuery = async (): Promise<void> => {
    const query = editor.text();
    if (query.trim() === '') return;
    let values: Record<string, unknown> = {};
    const paramsText = params.value.trim();
    if (paramsText !== '') {
      try {
        const parsed = JSON.parse(paramsText) as unknown;
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
          throw new Error('not an object');
        values = parsed as Record<string, unknown>;
      } catch {
        outcome = { kind: 'error', error: new Error(text.parametersInvalid) };
        render();
        return;
      }
    }
    history.add(query, paramsText);
    renderHistory();
    const controller = begin();
    try {
      const result = await runCypher(
        { query, ...(paramsText === '' ? {} : { params: values }) },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      const nodes = result.graph.nodes.map((node) => ({ elementId: node.key, ...node.attributes }));
      outcome = {
        kind: 'rows',
        columns: result.columns,
        rows: result.rows,
        ms: result.summary.resultAvailableAfterMs,
        truncated: result.summary.truncated,
        onMap: showOnCanvas(result.rows, nodes),
      };
      render();
    } catch (error) {
      fail(controller, error);
    }
  };

  const runNamed = async (query: NamedQueryDescription, values: Record<string, unknown>): Promise<void> => {
    const controller = begin();
    const started = performance.now();
    try {
      const result = await runNamedQuery(query.name, values, controller.signal);
      if (controller.signal.aborted) return;
      outcome = {
        kind: 'rows',
        columns: result.columns,
        rows: result.rows,
        ms: Math.round(performance.now() - started),
        truncated: result.truncated,
        onMap: showOnCanvas(result.rows, []),
      };
      render();
    } catch (error) {
      fail(controller, error);
    }
  };

  const render = (): void => {
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
  };

  const renderHistory = (): void => {
    const entries = history.list();
    historySelect.replaceChildren(
      el('option', { text: text.history, attrs: { value: '' } }),
      ...entries.map((entry, index) =>
        el('option', {
          text: entry.query.replace(/\s+/g, ' ').slice(0, 90),
          attrs: { value: String(index), title: entry.query },
        }),
      ),
    );
    historySelect.disabled = entries.length === 0;
  };

  historySelect.addEventListener('change', () => {
    const entry = history.list()[Number(historySelect.value)];
    historySelect.value = '';
    if (entry === undefined) return;
    editor.setText(entry.query);
    params.value = entry.params;
    editor.focus();
  });
  run.addEventListener('click', () => void runQuery());
  close.addEventListener('click', options.onClose);
  clearButton.addEventListener('click', () => {
    canvasHighlight()?.clear();
    if (outcome.kind === 'rows') outcome = { ...outcome, onMap: null };
    render();
  });

  let started = false;
  /** The vocabulary and the named queries are asked for once, when the console is first opened. */
  const loadOnce = (): void => {
    if (started) return;
    started = true;
    runCypher({ query: SCHEMA_QUERY }).then(
      (result) => {
        const [row] = result.rows;
        const list = (index: number): string[] => (Array.isArray(row?.[index]) ? row[index].map(String) : []);
        schema = { labels: list(0), relationshipTypes: list(1), propertyKeys: list(2) };
      },
      (error: unknown) =>
        console.warn('cooperation graph: the console could not load the graph vocabulary', error),
    );
    fetchNamedQueries().then(
      (queries) => named.setQueries(queries),
      () => named.setQueries(null),
    );
  };

  render();
  renderHistory();
  named.setStrings(text);

  return {
    open() {
      root.hidden = false;
      loadOnce();
      editor.focus();
    },
    close() {
      request?.abort();
      root.hidden = true;
      canvasHighlight()?.clear();
    },
    isOpen: () => !root.hidden,
    setLanguage(next) {
      language = next;
      text = strings(language).console;
      named.setStrings(text);
      render();
      renderHistory();
    },
  };
}
