/**
 * Running queries, typed or named, one at a time: a new run aborts the one before, so a slow answer never
 * replaces a newer one. Each outcome goes to the panel; a refusal at a position in the query is marked in
 * the editor, and a result is shown on the canvas.
 */
import type { NamedQueryDescription } from '../../../contract/named-queries.js';
import { runCypher, runNamedQuery } from '../api/console.js';
import { ProblemError } from '../api/errors.js';
import { isRecord } from '../api/json.js';
import type { ConsoleStrings } from '../i18n/page-strings.js';
import type { QueryEditor } from './editor.js';
import type { QueryHistory } from './history.js';
import type { ResultOnCanvas } from './on-canvas.js';
import type { Outcome } from './outcome.js';

export interface QueryRunsOptions {
  editor: QueryEditor;
  /** The parameters box, as JSON. */
  params: HTMLTextAreaElement;
  history: QueryHistory;
  onCanvas: ResultOnCanvas;
  text: () => ConsoleStrings;
  onOutcome: (outcome: Outcome) => void;
  /** A query was added to the history. */
  onHistory: () => void;
}

export interface QueryRuns {
  runQuery: () => Promise<void>;
  runNamed: (query: NamedQueryDescription, values: Record<string, unknown>) => Promise<void>;
  abort: () => void;
}

export function createQueryRuns(options: QueryRunsOptions): QueryRuns {
  const { editor, params, history, onCanvas, onOutcome } = options;
  let request: AbortController | null = null;

  const begin = (): AbortController => {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    editor.showServerError(null);
    onOutcome({ kind: 'running' });
    return controller;
  };

  const fail = (controller: AbortController, error: unknown): void => {
    if (controller.signal.aborted) return;
    const position = error instanceof ProblemError ? error.problem?.position : undefined;
    if (position !== undefined) {
      editor.showServerError({
        offset: position.offset,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    onCanvas.clear();
    onOutcome({ kind: 'error', error });
  };

  /** The parameters box as an object; null when it is not a JSON object. */
  const parameters = (paramsText: string): Record<string, unknown> | null => {
    if (paramsText === '') return {};
    try {
      const parsed = JSON.parse(paramsText) as unknown;
      return isRecord(parsed) ? parsed : null;
    } catch {
      return null;
    }
  };

  return {
    async runQuery() {
      const query = editor.text();
      if (query.trim() === '') return;
      const paramsText = params.value.trim();
      const values = parameters(paramsText);
      if (values === null) {
        onOutcome({ kind: 'error', error: new Error(options.text().parametersInvalid) });
        return;
      }
      history.add(query, paramsText);
      options.onHistory();
      const controller = begin();
      try {
        const result = await runCypher(
          { query, ...(paramsText === '' ? {} : { params: values }) },
          controller.signal,
        );
        if (controller.signal.aborted) return;
        const nodes = result.graph.nodes.map((node) => ({ elementId: node.key, ...node.attributes }));
        onOutcome({
          kind: 'rows',
          columns: result.columns,
          rows: result.rows,
          ms: result.summary.resultAvailableAfterMs,
          truncated: result.summary.truncated,
          onMap: onCanvas.show(result.rows, nodes),
        });
      } catch (error) {
        fail(controller, error);
      }
    },
    async runNamed(query, values) {
      const controller = begin();
      const started = performance.now();
      try {
        const result = await runNamedQuery(query.name, values, controller.signal);
        if (controller.signal.aborted) return;
        onOutcome({
          kind: 'rows',
          columns: result.columns,
          rows: result.rows,
          ms: Math.round(performance.now() - started),
          truncated: result.truncated,
          onMap: onCanvas.show(result.rows, []),
        });
      } catch (error) {
        fail(controller, error);
      }
    },
    abort: () => request?.abort(),
  };
}
