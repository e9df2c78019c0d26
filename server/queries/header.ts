/**
 * The header of a named query: the block of `//` lines that opens its file.
 *
 *   // @title Cross-border links per domain
 *   // @description Pairs of institutions from different countries that share an agreement in a domain.
 *   // @param domain string? Domain id, e.g. quantum (all domains when absent)
 *   // @param limit integer(1..500)=50 Maximum rows
 *   // @column domain The domain {id, nameEn, nameKo}
 *   // @returns institution pairs with their shared agreements
 *
 * A `//` line without a tag continues the tag above it. `type?` makes a parameter optional (null when
 * absent), `type=value` gives it a default (no spaces in the value). `@column` names each column of the
 * answer in order: the driver's rows do not carry their columns when there are none, and readers of the
 * listing learn what each holds. Every mistake throws a QueryHeaderError naming the file and line.
 */
import {
  formatParameterType,
  parseDefault,
  parseParameterType,
  type ParameterType,
} from './parameter-type.js';

export class QueryHeaderError extends Error {
  override name = 'QueryHeaderError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

export interface ParameterDeclaration {
  name: string;
  type: ParameterType;
  /** As written, without `?` or the default: `integer(1..500)`. */
  typeText: string;
  /** False when `?` or a default lets the caller leave it out. */
  required: boolean;
  /** Absent unless the header gives one (an optional parameter without one is null). */
  default?: unknown;
  description: string;
  line: number;
}

export interface ColumnDeclaration {
  name: string;
  description: string;
  line: number;
}

export interface QueryHeader {
  title: string;
  description: string;
  returns: string;
  parameters: ParameterDeclaration[];
  columns: ColumnDeclaration[];
  /** Number of lines the header takes: the statement's own text starts on the line after. */
  length: number;
}

export const HEADER_TAGS = ['title', 'description', 'param', 'column', 'returns'] as const;
type Tag = (typeof HEADER_TAGS)[number];
type Fail = (line: number, reason: string) => never;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface TaggedText {
  tag: Tag;
  text: string;
  line: number;
}

/** Parses the header of `text`; `file` only names the file in errors. */
export function parseQueryHeader(file: string, text: string): QueryHeader {
  const fail: Fail = (line, reason) => {
    throw new QueryHeaderError(file, line, reason);
  };
  const lines = text.split('\n');
  const entries: TaggedText[] = [];
  let length = 0;
  for (const [index, raw] of lines.entries()) {
    const comment = /^\s*\/\/ ?(.*)$/.exec(raw);
    if (!comment) break;
    length = index + 1;
    const content = (comment[1] ?? '').trim();
    const tagged = /^@(\S+)\s*(.*)$/.exec(content);
    if (tagged) {
      const tag = tagged[1] ?? '';
      if (!isTag(tag)) return fail(length, `unknown tag @${tag}: expected one of ${tagList()}`);
      entries.push({ tag, text: tagged[2] ?? '', line: length });
    } else if (content !== '') {
      const last = entries.at(-1);
      if (!last) return fail(length, 'a named query must start with its header: `// @title …`');
      last.text = `${last.text} ${content}`.trim();
    }
  }
  if (entries[0]?.tag !== 'title') fail(1, 'a named query must start with its header: `// @title …`');

  const header: QueryHeader = {
    title: '',
    description: '',
    returns: '',
    parameters: [],
    columns: [],
    length,
  };
  for (const entry of entries) {
    if (entry.tag === 'param') addUnique(header.parameters, parseParameter(entry, fail), 'parameter', fail);
    else if (entry.tag === 'column') addUnique(header.columns, parseColumn(entry, fail), 'column', fail);
    else {
      if (header[entry.tag] !== '') fail(entry.line, `@${entry.tag} appears twice`);
      if (entry.text === '') fail(entry.line, `@${entry.tag} needs a text`);
      header[entry.tag] = entry.text;
    }
  }
  for (const tag of ['description', 'returns'] as const) {
    if (header[tag] === '') fail(length, `the header has no @${tag}`);
  }
  if (header.columns.length === 0) {
    fail(length, 'the header names no @column: name each column the query returns');
  }

  // A tag below the header would be silently ignored: the header must be one block at the top.
  for (let index = length; index < lines.length; index += 1) {
    const stray = /^\s*\/\/\s*@(\S+)/.exec(lines[index] ?? '');
    if (stray && isTag(stray[1] ?? '')) {
      fail(
        index + 1,
        `@${stray[1]} below the header, which ends at line ${length}: keep the header in one block`,
      );
    }
  }
  return header;
}

function parseParameter(entry: TaggedText, fail: Fail): ParameterDeclaration {
  const [name = '', spec = '', ...words] = entry.text.split(/\s+/);
  if (!NAME.test(name))
    fail(entry.line, '@param needs a name (letters, digits, _): "@param name type description"');
  if (spec === '') fail(entry.line, `@param ${name} needs a type: "@param ${name} string Description"`);
  const description = words.join(' ');
  if (description === '') fail(entry.line, `@param ${name} needs a description after its type`);

  const modifier = /^([^?=]+)(?:(\?)|=(.+))?$/.exec(spec);
  if (!modifier) return fail(entry.line, `@param ${name}: "${spec}" is not a type`);
  const [, typeText = '', optional, defaultText] = modifier;
  let type: ParameterType;
  let defaultValue: unknown;
  try {
    type = parseParameterType(typeText);
    if (defaultText !== undefined) defaultValue = parseDefault(type, defaultText);
  } catch (error) {
    return fail(entry.line, `@param ${name}: ${(error as Error).message}`);
  }
  return {
    name,
    type,
    typeText: formatParameterType(type),
    required: optional === undefined && defaultText === undefined,
    ...(defaultText !== undefined ? { default: defaultValue } : {}),
    description,
    line: entry.line,
  };
}

function parseColumn(entry: TaggedText, fail: Fail): ColumnDeclaration {
  const [name = '', ...words] = entry.text.split(/\s+/);
  if (!NAME.test(name))
    fail(entry.line, '@column needs a name (letters, digits, _): "@column name description"');
  if (words.length === 0) fail(entry.line, `@column ${name} needs a description`);
  return { name, description: words.join(' '), line: entry.line };
}

function addUnique<T extends { name: string; line: number }>(
  items: T[],
  item: T,
  what: string,
  fail: Fail,
): void {
  if (items.some((other) => other.name === item.name))
    fail(item.line, `${what} ${item.name} is declared twice`);
  items.push(item);
}

function isTag(text: string): text is Tag {
  return (HEADER_TAGS as readonly string[]).includes(text);
}

const tagList = (): string => HEADER_TAGS.map((tag) => `@${tag}`).join(', ');
