/**
 * The console panel: the editor (its language support loaded behind it), a parameters box, the history,
 * the named queries, and the result as a table and on the canvas. It renders its words again when the language changes; the pieces it wires
 * are in this folder (see index.ts).
 */
import type { DbSchema } from '@neo4j-cypher/language-support';

import { fetchNamedQueries } from '../api/console.js';
import type { Language } from '../i18n/language.js';
import type { ConsoleStrings } from '../i18n/page-strings.js';
import { strings } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import { buildConsole, renderHistory } from './console-view.js';
import { createQueryEditor } from './editor.js';
import { QueryHistory } from './history.js';
import { createNamedQueries } from './named-queries.js';
import { type ConsoleCanvas, resultOnCanvas } from './on-canvas.js';
import { type Outcome, renderOutcome } from './outcome.js';
import { createQueryRuns } from './runs.js';
import { loadSchema } from './schema.js';

export interface ConsoleOptions {
  root: HTMLElement;
  language: Language;
  /** The explorer's store, which holds the console's highlight on the canvas. */
  store: Store;
  /** The drawn network once it is loaded; null while it loads or after it failed. */
  canvas: () => ConsoleCanvas | null;
  onClose: () => void;
}

export interface ConsolePanel {
  open: () => void;
  close: () => void;
  setLanguage: (language: Language) => void;
}

const FIRST_QUERY =
  "MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)-[:COVERS]->(:Domain {id: 'quantum'})\nRETURN i, a";

export function createConsole(options: ConsoleOptions): ConsolePanel {
  const { root } = options;
  let language = options.language;
  let text: ConsoleStrings = strings(language).console;
  let schema: DbSchema = {};
  let outcome: Outcome = { kind: 'none' };
  const history = new QueryHistory();
  const elements = buildConsole(root);
  const onCanvas = resultOnCanvas(options.store, options.canvas, root);

  const render = (): void => renderOutcome(root, elements, outcome, text, language);
  const showHistory = (): void => renderHistory(elements.historySelect, history.list(), text);

  const editor = createQueryEditor({
    parent: elements.editorRoot,
    doc: history.list()[0]?.query ?? FIRST_QUERY,
    placeholder: text.placeholder,
    label: text.editorLabel,
    onRun: () => void runs.runQuery(),
  });
  // The editor works without it; the language support (a chunk of its own) colours, completes and
  // lints once it is in. A failed download leaves a plain editor, which still runs queries.
  root.dataset.language = 'loading';
  import('./cypher-language.js').then(
    ({ cypherLanguage }) => {
      editor.addLanguage(cypherLanguage(() => schema));
      root.dataset.language = 'ready';
    },
    (error: unknown) => {
      console.error(error);
      root.dataset.language = 'failed';
    },
  );
  const runs = createQueryRuns({
    editor,
    params: elements.params,
    history,
    onCanvas,
    text: () => text,
    onOutcome: (next) => {
      outcome = next;
      render();
    },
    onHistory: showHistory,
  });
  const named = createNamedQueries({
    root: elements.namedRoot,
    onRun: (query, values) => void runs.runNamed(query, values),
  });

  elements.historySelect.addEventListener('change', () => {
    const entry = history.list()[Number(elements.historySelect.value)];
    elements.historySelect.value = '';
    if (entry === undefined) return;
    editor.setText(entry.query);
    elements.params.value = entry.params;
    editor.focus();
  });
  elements.run.addEventListener('click', () => void runs.runQuery());
  elements.close.addEventListener('click', options.onClose);
  elements.clearButton.addEventListener('click', () => {
    onCanvas.clear();
    if (outcome.kind === 'rows') outcome = { ...outcome, onMap: null };
    render();
  });

  let started = false;
  /** The vocabulary and the named queries are asked for once, when the console is first opened. */
  const loadOnce = (): void => {
    if (started) return;
    started = true;
    loadSchema((loaded) => {
      schema = loaded;
    });
    fetchNamedQueries().then(
      (queries) => named.setQueries(queries),
      () => named.setQueries(null),
    );
  };

  render();
  showHistory();
  named.setStrings(text);

  return {
    open() {
      root.hidden = false;
      loadOnce();
      editor.focus();
    },
    close() {
      runs.abort();
      root.hidden = true;
      onCanvas.clear();
    },
    setLanguage(next) {
      language = next;
      text = strings(language).console;
      named.setStrings(text);
      render();
      showHistory();
    },
  };
}
