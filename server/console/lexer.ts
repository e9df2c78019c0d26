/**
 * A lexer for Cypher, enough to see a query the way Neo4j's parser does: comments and string literals are
 * set aside properly (so `'CREATE'` in a string and `// DELETE` in a comment are not keywords, and a
 * keyword cannot hide in them either), backtick-quoted names and parameters are single tokens, and
 * whatever is not ASCII outside strings, comments and quoted names must be a letter of an identifier.
 * It is one layer of the console's gate; the plan that Neo4j itself makes is another.
 */
import { ConsoleProblem, positionAt } from './problem.js';
import { describeCodePoint, findForbiddenCharacter, identifierProblem } from './unicode.js';

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'parameter' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** The text as written. */
  text: string;
  /** Words: upper-cased (keywords are case-insensitive); quoted names: unquoted; others: `text`. */
  value: string;
  start: number;
  end: number;
}

/** Longest first, so `<>` is not read as `<` then `>`. */
const SYMBOLS = [
  '<>',
  '<=',
  '>=',
  '=~',
  '->',
  '<-',
  '..',
  '+=',
  '||',
  '::',
  '!=',
  ...'()[]{},.;:|&!+-*/%^=<>',
];
const OTHER_ASCII = /^[\x21-\x7E]$/;
const WORD = /[\p{ID_Start}_][\p{ID_Continue}$]*/uy;
const NUMBER = /0x[0-9a-fA-F_]+|0o[0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

export function tokenize(text: string, keywords: ReadonlySet<string>): Token[] {
  const forbidden = findForbiddenCharacter(text);
  if (forbidden !== null) {
    throw ConsoleProblem.invalid(
      'unusual-character',
      `The query contains an invisible or control character (${describeCodePoint(forbidden.codePoint)}): ` +
        'remove it and type the query again.',
      positionAt(text, forbidden.offset),
    );
  }

  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number, value?: string): void => {
    const raw = text.slice(start, end);
    tokens.push({ kind, text: raw, value: value ?? raw, start, end });
  };
  const unterminated = (what: string, start: number): ConsoleProblem =>
    ConsoleProblem.invalid('syntax-error', `The query has an unterminated ${what}.`, positionAt(text, start));

  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (WHITESPACE.has(char)) {
      i += 1;
    } else if (text.startsWith('//', i)) {
      const end = text.slice(i).search(/[\n\r]/);
      i = end === -1 ? text.length : i + end;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw unterminated('comment (/* without */)', i);
      i = end + 2;
    } else if (char === "'" || char === '"') {
      const end = scanString(text, i);
      if (end === -1) throw unterminated('string', i);
      push('string', i, end);
      i = end;
    } else if (char === '`') {
      const end = scanQuotedName(text, i);
      if (end === -1) throw unterminated('quoted name (`)', i);
      push('quoted', i, end, text.slice(i + 1, end - 1).replaceAll('``', '`'));
      i = end;
    } else if (char === '$') {
      // `$name`, `$0` or `$`quoted name``: one token, never a keyword.
      const next = text[i + 1] ?? '';
      let end = i + 1;
      if (next === '`') end = scanQuotedName(text, i + 1);
      else end = matchAt(WORD, text, i + 1) ?? matchAt(/\d+/y, text, i + 1) ?? i + 1;
      if (end === -1) throw unterminated('quoted parameter name (`)', i);
      push('parameter', i, end);
      i = end;
    } else if (/\d/.test(char)) {
      const end = matchAt(NUMBER, text, i) ?? i + 1;
      push('number', i, end);
      i = end;
    } else if (/[\p{ID_Start}_]/u.test(char) || isSurrogateStart(text, i)) {
      const end = matchAt(WORD, text, i);
      if (end === null) throw unusualCharacter(text, i);
      const word = text.slice(i, end);
      const problem = identifierProblem(word, keywords);
      if (problem !== null) throw ConsoleProblem.invalid('unusual-character', problem, positionAt(text, i));
      push('word', i, end, word.toUpperCase());
      i = end;
    } else {
      const symbol = SYMBOLS.find((candidate) => text.startsWith(candidate, i));
      if (symbol !== undefined) {
        push('symbol', i, i + symbol.length);
        i += symbol.length;
      } else if (OTHER_ASCII.test(char)) {
        // `@`, `#`, `~`…: not Cypher, but harmless; Neo4j reports the syntax error with its position.
        push('symbol', i, i + 1);
        i += 1;
      } else {
        throw unusualCharacter(text, i);
      }
    }
  }
  return tokens;
}

/**
 * Non-ASCII spaces, dashes and brackets outside strings: Neo4j reads some of them as whitespace, minus
 * signs or arrows, which makes the query read differently to a person than to the database.
 */
function unusualCharacter(text: string, offset: number): ConsoleProblem {
  const codePoint = text.codePointAt(offset) ?? 0;
  return ConsoleProblem.invalid(
    'unusual-character',
    `The query contains the character ${String.fromCodePoint(codePoint)} (${describeCodePoint(codePoint)}) ` +
      'outside a string or a name: use plain ASCII spaces, dashes, brackets and quotes.',
    positionAt(text, offset),
  );
}

/** Letters outside the Basic Multilingual Plane start with a surrogate pair. */
function isSurrogateStart(text: string, offset: number): boolean {
  const codePoint = text.codePointAt(offset) ?? 0;
  return codePoint > 0xffff && /\p{ID_Start}/u.test(String.fromCodePoint(codePoint));
}

function matchAt(pattern: RegExp, text: string, offset: number): number | null {
  pattern.lastIndex = offset;
  return pattern.exec(text) === null ? null : pattern.lastIndex;
}

/** The end (exclusive) of the string literal starting at `start`, honouring backslash escapes; -1 if open. */
function scanString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

/** The end (exclusive) of the backtick-quoted name starting at `start`; a doubled backtick is escaped. */
function scanQuotedName(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const end = text.indexOf('`', i);
    if (end === -1) return -1;
    if (text[end + 1] === '`') i = end + 2;
    else return end + 1;
  }
}
