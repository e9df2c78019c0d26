/**
 * Neo4j's own Cypher language support (the parser and semantic analysis behind Neo4j's tools) wired
 * into CodeMirror 6: token colours, completion of keywords, functions and the graph's labels,
 * relationship types and property keys, and squiggles under syntax and semantic errors.
 */
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { linter, type Diagnostic } from '@codemirror/lint';
import { RangeSetBuilder, type Extension } from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';
import {
  autocomplete,
  CypherTokenType,
  highlightSyntax,
  lintCypherQuery,
  type CompletionItem,
  type DbSchema,
} from '@neo4j-cypher/language-support';

/** The schema the completions and the linter use; it changes once the graph's vocabulary is loaded. */
export type SchemaSource = () => DbSchema;

export function cypherLanguage(schema: SchemaSource): Extension {
  return [
    cypherHighlighting,
    autocompletion({ override: [(context) => completeCypher(context, schema())], activateOnTyping: true }),
    linter((view) => lintCypher(view, schema()), { delay: 350 }),
  ];
}

/** One CSS class per token type of the language support: `cm-cypher-keyword`, `cm-cypher-label`… */
const marks = new Map<string, Decoration>();
function markFor(tokenType: string): Decoration {
  let mark = marks.get(tokenType);
  if (mark === undefined) {
    mark = Decoration.mark({ class: `cm-cypher-${tokenType}` });
    marks.set(tokenType, mark);
  }
  return mark;
}

function highlight(view: EditorView): DecorationSet {
  const text = view.state.doc.toString();
  const builder = new RangeSetBuilder<Decoration>();
  let last = 0;
  const tokens = highlightSyntax(text)
    .filter((token) => token.tokenType !== CypherTokenType.none && token.length > 0)
    .sort((a, b) => a.position.startOffset - b.position.startOffset);
  for (const token of tokens) {
    const from = token.position.startOffset;
    const to = Math.min(text.length, from + token.length);
    if (from < last || from >= to) continue;
    builder.add(from, to, markFor(token.tokenType));
    last = to;
  }
  return builder.finish();
}

const cypherHighlighting = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = highlight(view);
    }

    update(update: ViewUpdate): void {
      if (update.docChanged) this.decorations = highlight(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** LSP completion kinds (vscode-languageserver-types) → CodeMirror's completion types (icons). */
const COMPLETION_TYPES: Record<number, string> = {
  2: 'method',
  3: 'function',
  6: 'variable',
  10: 'property',
  12: 'constant',
  14: 'keyword',
  20: 'enum',
  23: 'type',
  25: 'type',
};

function completeCypher(context: CompletionContext, schema: DbSchema): CompletionResult | null {
  const word = context.matchBefore(/[\p{L}\p{N}_$.]*/u);
  if (!context.explicit && (word === null || word.from === word.to)) {
    // After `:` (labels, types) and `.` (properties) there is no word yet, but something to offer.
    const before = context.state.sliceDoc(Math.max(0, context.pos - 1), context.pos);
    if (before !== ':' && before !== '.' && before !== '$') return null;
  }
  const text = context.state.doc.toString();
  let items: CompletionItem[];
  try {
    items = autocomplete(text, schema, { caretPosition: context.pos, manual: context.explicit });
  } catch {
    return null;
  }
  const options: Completion[] = items
    // Snippets insert placeholders CodeMirror would show literally.
    .filter((item) => item.kind !== 15)
    .map((item) => ({
      label: item.label,
      type: COMPLETION_TYPES[item.kind ?? 0] ?? 'text',
      ...(item.detail ? { detail: item.detail } : {}),
      ...(item.signature ? { info: item.signature } : {}),
      apply:
        typeof item.insertText === 'string' && item.insertTextFormat !== 2 ? item.insertText : item.label,
    }));
  const from =
    word === null
      ? context.pos
      : word.text.lastIndexOf('.') >= 0
        ? word.from + word.text.lastIndexOf('.') + 1
        : word.from;
  return { from, options, validFor: /^[\p{L}\p{N}_]*$/u };
}

function lintCypher(view: EditorView, schema: DbSchema): Diagnostic[] {
  const text = view.state.doc.toString();
  if (text.trim() === '') return [];
  try {
    return lintCypherQuery(text, schema).diagnostics.map((diagnostic) => ({
      from: Math.min(diagnostic.offsets.start, text.length),
      to: Math.min(Math.max(diagnostic.offsets.end, diagnostic.offsets.start), text.length),
      // LSP severities: 1 error, 2 warning, 3 information, 4 hint.
      severity:
        diagnostic.severity === 1 || diagnostic.severity === undefined
          ? 'error'
          : diagnostic.severity === 2
            ? 'warning'
            : 'info',
      message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
      source: 'Cypher',
    }));
  } catch {
    return [];
  }
}
