/**
 * The query editor: CodeMirror 6 with history, bracket matching and a run key (Ctrl+Enter or Cmd+Enter),
 * usable at once; the Cypher language support (colours, completion, linting) is several megabytes, so it
 * joins when it has loaded (`addLanguage`). The server's own verdict (a syntax error or a refusal at a
 * position) is shown in the editor the same way as the linter's.
 */
import {
  closeBrackets,
  closeBracketsKeymap,
  closeCompletion,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';

export interface QueryEditorOptions {
  parent: HTMLElement;
  doc: string;
  placeholder: string;
  label: string;
  onRun: () => void;
}

export interface QueryEditor {
  view: EditorView;
  text: () => string;
  setText: (text: string) => void;
  /** Marks `offset` (to the end of its word) with the server's message; null clears it. */
  showServerError: (error: { offset: number; message: string } | null) => void;
  focus: () => void;
  /** Adds the language support once it has loaded. */
  addLanguage: (language: Extension) => void;
}

export function createQueryEditor(options: QueryEditorOptions): QueryEditor {
  const language = new Compartment();
  const runKey = {
    key: 'Mod-Enter',
    run: (view: EditorView) => {
      closeCompletion(view);
      options.onRun();
      return true;
    },
  };
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        closeBrackets(),
        lintGutter(),
        placeholder(options.placeholder),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'data-testid': 'console-editor' }),
        // The run key first, so it wins over "insert a line" and over accepting a completion.
        keymap.of([
          runKey,
          ...closeBracketsKeymap,
          ...completionKeymap,
          ...historyKeymap,
          indentWithTab,
          ...defaultKeymap,
        ]),
        language.of([]),
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showServerError(error) {
      if (error === null) {
        view.dispatch(setDiagnostics(view.state, []));
        return;
      }
      const length = view.state.doc.length;
      const from = Math.max(0, Math.min(error.offset, length));
      const word = /^[^\s()[\]{},;]+/.exec(view.state.sliceDoc(from, Math.min(length, from + 80)));
      const to = Math.min(length, from + Math.max(1, word?.[0].length ?? 1));
      view.dispatch(
        setDiagnostics(view.state, [
          { from, to: Math.max(from, to), severity: 'error', message: error.message, source: 'Server' },
        ]),
      );
    },
    focus: () => view.focus(),
    addLanguage(extension) {
      view.dispatch({ effects: language.reconfigure(extension) });
    },
  };
}
