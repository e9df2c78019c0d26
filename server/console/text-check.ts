/**
 * Layer 2 of the console's gate: the query's tokens, read before Neo4j sees the query. It refuses what
 * can be recognised in the text itself (writes, schema and administration commands, LOAD CSV, USE,
 * IN TRANSACTIONS, procedures and functions outside the allowlists, query options, several statements,
 * absurd nesting) and says where. Layer 3 (the plan, see plan-check.ts) does not trust this one.
 */
import {
  ADMIN_KEYWORDS,
  ADMIN_KEYWORDS_AT_START,
  ALLOWED_PROCEDURES,
  isAllowedProcedure,
  KEYWORDS,
  KEYWORDS_BEFORE_PARENTHESIS,
  PATH_FUNCTIONS,
  QUERY_OPTION_KEYWORDS,
  REFUSED_BUILTIN_FUNCTIONS,
  SCHEMA_OBJECTS,
  WRITE_KEYWORDS,
} from './allowlists.js';
import { tokenize, type Token } from './lexer.js';
import { MAX_LITERAL_RANGE, MAX_NESTING_DEPTH, MAX_TOKENS } from './limits.js';
import { ConsoleProblem, positionAt } from './problem.js';

export interface TextCheckContext {
  /** Lower-case names of the functions Neo4j has built in (SHOW FUNCTIONS … WHERE isBuiltIn). */
  builtinFunctions: ReadonlySet<string>;
}

export interface CheckedQuery {
  /** What runs: the query as sent, less one trailing semicolon. */
  statement: string;
  tokens: Token[];
}

export function checkQueryText(query: string, context: TextCheckContext): CheckedQuery {
  const tokens = tokenize(query, KEYWORDS);
  const at = (token: Token) => positionAt(query, token.start);
  if (tokens.length === 0) throw ConsoleProblem.invalid('invalid-query', 'The query is empty.');
  if (tokens.length > MAX_TOKENS) {
    throw ConsoleProblem.invalid('too-large', `The query has more than ${MAX_TOKENS} tokens.`);
  }

  // One statement: a trailing semicolon (as Neo4j Browser users type) is dropped, any other refused.
  const last = tokens.at(-1);
  let statement = query;
  if (last?.text === ';') {
    tokens.pop();
    statement = query.slice(0, last.start);
    if (tokens.length === 0) throw ConsoleProblem.invalid('invalid-query', 'The query is empty.');
  }
  const semicolon = tokens.find((token) => token.kind === 'symbol' && token.text === ';');
  if (semicolon) {
    throw ConsoleProblem.refused(
      'multiple-statements',
      'The console runs one statement at a time: remove the semicolon and what follows it.',
      at(semicolon),
    );
  }

  checkNesting(tokens, query);

  const first = tokens[0];
  if (first?.kind === 'word' && QUERY_OPTION_KEYWORDS.has(first.value)) {
    throw ConsoleProblem.refused(
      'query-option',
      `${first.value} is not available in the console: it runs the query as written, with Neo4j's defaults.`,
      at(first),
    );
  }

  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || !isKeyword(tokens, index)) return;
    const next = tokens[index + 1];
    const keyword = token.value;
    if (WRITE_KEYWORDS.has(keyword)) {
      if (keyword === 'CREATE' && next?.kind === 'word' && SCHEMA_OBJECTS.has(next.value)) {
        throw refusedAdmin(`CREATE ${next.value}`, at(token));
      }
      throw ConsoleProblem.refused(
        'write',
        `${keyword} writes to the graph; the console only reads.${nameHint(token)}`,
        at(token),
      );
    }
    if (ADMIN_KEYWORDS.has(keyword) || (index === 0 && ADMIN_KEYWORDS_AT_START.has(keyword))) {
      throw refusedAdmin(keyword, at(token), nameHint(token));
    }
    if (keyword === 'LOAD' && next?.value === 'CSV') {
      throw ConsoleProblem.refused(
        'load-csv',
        'LOAD CSV reads files and URLs; the console only reads the graph.',
        at(token),
      );
    }
    if ((keyword === 'TRANSACTIONS' || keyword === 'TRANSACTION') && followsIn(tokens, index)) {
      throw ConsoleProblem.refused(
        'in-transactions',
        'CALL { … } IN TRANSACTIONS commits as it goes; the console runs one read-only transaction.',
        at(token),
      );
    }
    if (keyword === 'USE' && startsQueryPart(tokens, index) && next !== undefined && isName(next)) {
      throw ConsoleProblem.refused(
        'other-database',
        'USE selects another graph; the console reads the application database only.',
        at(token),
      );
    }
    if (keyword === 'CALL' && next !== undefined && isName(next)) {
      const procedure = qualifiedName(tokens, index + 1);
      if (!isAllowedProcedure(procedure.name)) {
        throw ConsoleProblem.refused(
          'procedure-not-allowed',
          `The procedure ${procedure.name} is not allowed in the console. Allowed: ${ALLOWED_PROCEDURES.join(', ')}.`,
          at(next),
        );
      }
    }
  });

  checkFunctionCalls(tokens, query, context);
  return { statement, tokens };
}

function refusedAdmin(command: string, position: ReturnType<typeof positionAt>, hint = ''): ConsoleProblem {
  return ConsoleProblem.refused(
    'schema-or-admin',
    `${command} is a schema or administration command; the console only reads the graph.${hint}`,
    position,
  );
}

/** Keywords are refused wherever they could be keywords; a name that happens to be one can be quoted. */
function nameHint(token: Token): string {
  return ` (If ${token.text} is a name here, write it in backticks: \`${token.text}\`.)`;
}

/**
 * Whether the word at `index` is used as a keyword rather than as a name: a property (`n.set`), a label
 * or type (`:Create`), a map key or a variable with a label (`{delete: 1}`, `(set:Tag)`) or an alias
 * (`AS show`) is a name. A keyword is never directly followed by `:` or `.`.
 */
function isKeyword(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous?.kind === 'symbol' && ['.', ':', '::'].includes(previous.text)) return false;
  if (previous?.kind === 'word' && previous.value === 'AS' && isKeyword(tokens, index - 1)) return false;
  if (next?.kind === 'symbol' && (next.text === ':' || next.text === '.')) return false;
  return true;
}

function isName(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'quoted';
}

/** `IN TRANSACTIONS`, `IN 4 CONCURRENT TRANSACTIONS`, `IN $n TRANSACTIONS`. */
function followsIn(tokens: Token[], index: number): boolean {
  return tokens
    .slice(Math.max(0, index - 3), index)
    .some((token) => token.kind === 'word' && (token.value === 'IN' || token.value === 'CONCURRENT'));
}

/** USE may only open a query, a UNION branch or a subquery. */
function startsQueryPart(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined) return true;
  if (previous.kind === 'symbol') return previous.text === '{';
  if (previous.kind !== 'word') return false;
  if (previous.value === 'UNION') return true;
  return (previous.value === 'ALL' || previous.value === 'DISTINCT') && tokens[index - 2]?.value === 'UNION';
}

/** `a.b.c` or `` `a`.`b` `` starting at `index`: the dotted name and the index just past it. */
function qualifiedName(tokens: Token[], index: number): { name: string; end: number } {
  const parts: string[] = [];
  let i = index;
  for (;;) {
    const token = tokens[i];
    if (token === undefined || !isName(token)) break;
    parts.push(token.kind === 'quoted' ? token.value : token.text);
    i += 1;
    if (tokens[i]?.text !== '.' || tokens[i]?.kind !== 'symbol') break;
    i += 1;
  }
  return { name: parts.join('.'), end: i };
}

/**
 * Every `name(` that is a function call must name a built-in function: user-defined functions
 * (`apoc.*` and the like, when a plugin is installed) are refused.
 */
function checkFunctionCalls(tokens: Token[], query: string, context: TextCheckContext): void {
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined || !isName(token)) continue;
    const previous = tokens[index - 1];
    // Part of a longer name, or a property: the name starts earlier.
    if (previous?.kind === 'symbol' && (previous.text === '.' || previous.text === ':')) continue;
    const { name, end } = qualifiedName(tokens, index);
    if (tokens[end]?.text !== '(' || tokens[end]?.kind !== 'symbol') continue;
    // A procedure, checked by name above.
    if (previous?.kind === 'word' && previous.value === 'CALL') continue;
    const lower = name.toLowerCase();
    if (token.kind === 'word' && end === index + 1 && KEYWORDS_BEFORE_PARENTHESIS.has(token.value)) continue;
    if (PATH_FUNCTIONS.has(lower)) continue;
    if (!context.builtinFunctions.has(lower) || REFUSED_BUILTIN_FUNCTIONS.has(lower)) {
      throw ConsoleProblem.refused(
        'function-not-allowed',
        `The function ${name} is not a built-in function that the console allows.`,
        positionAt(query, token.start),
      );
    }
    if (lower === 'range') checkLiteralRange(tokens, end, query);
  }
}

/**
 * `range()` with literal bounds builds its list inside one row, where Neo4j cannot interrupt it: a
 * range of billions would run past any timeout. Bounds that are not literals are left to the timeout.
 */
function checkLiteralRange(tokens: Token[], open: number, query: string): void {
  const values: number[] = [];
  let i = open + 1;
  for (;;) {
    let sign = 1;
    if (tokens[i]?.text === '-' && tokens[i]?.kind === 'symbol') {
      sign = -1;
      i += 1;
    }
    const token = tokens[i];
    if (token?.kind !== 'number') return;
    const value = parseInteger(token.text);
    if (value === null) return;
    values.push(sign * value);
    i += 1;
    if (tokens[i]?.text === ')') break;
    if (tokens[i]?.text !== ',') return;
    i += 1;
  }
  const [start, end, step = 1] = values;
  if (start === undefined || end === undefined || step === 0) return;
  const count = Math.floor((end - start) / step) + 1;
  if (count > MAX_LITERAL_RANGE) {
    throw ConsoleProblem.refused(
      'too-large',
      `range() would build a list of ${count.toLocaleString('en')} items in a single row; the console allows ` +
        `at most ${MAX_LITERAL_RANGE.toLocaleString('en')}.`,
      positionAt(query, tokens[open - 1]?.start ?? 0),
    );
  }
}

function parseInteger(text: string): number | null {
  const plain = text.replaceAll('_', '');
  if (/^0x[0-9a-f]+$/i.test(plain)) return Number.parseInt(plain.slice(2), 16);
  if (/^0o[0-7]+$/.test(plain)) return Number.parseInt(plain.slice(2), 8);
  if (/^\d+$/.test(plain)) return Number(plain);
  if (/^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(plain)) return Math.trunc(Number(plain));
  return null;
}

function checkNesting(tokens: Token[], query: string): void {
  let depth = 0;
  for (const token of tokens) {
    if (token.kind !== 'symbol') continue;
    if (token.text === '(' || token.text === '[' || token.text === '{') {
      depth += 1;
      if (depth > MAX_NESTING_DEPTH) {
        throw ConsoleProblem.invalid(
          'too-deep',
          `The query nests brackets more than ${MAX_NESTING_DEPTH} deep.`,
          positionAt(query, token.start),
        );
      }
    } else if (token.text === ')' || token.text === ']' || token.text === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
}
