/**
 * The parameter types a named query's header can declare, e.g. `integer(1..500)`, `enum(agreed,planned)`,
 * `string[]`: parsed from their text, turned into a zod schema whose messages say what was expected, and
 * converted to the values the Neo4j driver must receive.
 */
import neo4j from 'neo4j-driver';
import { z } from 'zod';

export const BASE_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'enum'] as const;
export type BaseType = (typeof BASE_TYPES)[number];

export interface ParameterType {
  base: BaseType;
  /** `string[]`: a list of values of the base type. */
  list: boolean;
  /** `enum(a,b)` only. */
  values?: string[];
  /** `integer(1..500)`, `number(0..)`: inclusive bounds. */
  minimum?: number;
  maximum?: number;
}

/** Bounds on free input, so no parameter makes a query (or its plan cache) arbitrarily large. */
const MAX_TEXT_LENGTH = 500;
const MAX_LIST_LENGTH = 100;

const ENUM_VALUE = /^[A-Za-z0-9_.-]+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Parses `base`, `base(arguments)` and `base[]`; throws a message (without file and line) when it cannot. */
export function parseParameterType(text: string): ParameterType {
  const match = /^([a-z]+)(?:\(([^()]*)\))?(\[\])?$/.exec(text);
  if (!match) {
    throw new Error(`"${text}" is not a type: write e.g. string, integer(1..500), enum(a,b), string[]`);
  }
  const [, base = '', args, list] = match;
  if (!isBaseType(base)) {
    throw new Error(`unknown type "${base}": expected one of ${BASE_TYPES.join(', ')}`);
  }
  const type: ParameterType = { base, list: list !== undefined };
  if (base === 'enum') {
    if (args === undefined) throw new Error('enum needs its values: enum(a,b,c)');
    const values = args.split(',');
    const bad = values.find((value) => !ENUM_VALUE.test(value));
    if (bad !== undefined) {
      throw new Error(`enum value "${bad}" must be letters, digits, "-", "_" or "." (no spaces)`);
    }
    if (new Set(values).size !== values.length) throw new Error(`enum(${args}) repeats a value`);
    type.values = values;
  } else if (args !== undefined) {
    if (base !== 'integer' && base !== 'number') throw new Error(`${base} takes no arguments`);
    Object.assign(type, parseRange(base, args));
  }
  return type;
}

/** `min..max`, either side may be left open. */
function parseRange(base: 'integer' | 'number', args: string): Pick<ParameterType, 'minimum' | 'maximum'> {
  const match = /^([^.]*)\.\.(.*)$/.exec(args);
  const [, low = '', high = ''] = match ?? [];
  const bound = (text: string): number | undefined => {
    if (text === '') return undefined;
    if (!NUMBER.test(text) || (base === 'integer' && text.includes('.'))) {
      throw new Error(`"${text}" is not a bound of ${base}(${args})`);
    }
    return Number(text);
  };
  if (!match || (low === '' && high === '')) {
    throw new Error(`${base}(${args}) is not a range: write ${base}(min..max), (min..) or (..max)`);
  }
  const minimum = bound(low);
  const maximum = bound(high);
  if (minimum !== undefined && maximum !== undefined && minimum > maximum) {
    throw new Error(`${base}(${args}) is an empty range`);
  }
  return { ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) };
}

function isBaseType(text: string): text is BaseType {
  return (BASE_TYPES as readonly string[]).includes(text);
}

/** The type as the header would write it: the listing shows this text. */
export function formatParameterType(type: ParameterType): string {
  let text: string = type.base;
  if (type.values) text += `(${type.values.join(',')})`;
  if (type.minimum !== undefined || type.maximum !== undefined) {
    text += `(${type.minimum ?? ''}..${type.maximum ?? ''})`;
  }
  return type.list ? `${text}[]` : text;
}

/** What a value of this type must be, in the words every validation message uses. */
export function describeExpected(type: ParameterType): string {
  const item = describeItem(type);
  return type.list ? `must be a list of at most ${MAX_LIST_LENGTH} values, each ${item}` : `must be ${item}`;
}

function describeItem(type: ParameterType): string {
  const { minimum, maximum } = type;
  const range =
    minimum !== undefined && maximum !== undefined
      ? ` from ${minimum} to ${maximum}`
      : minimum !== undefined
        ? ` of at least ${minimum}`
        : maximum !== undefined
          ? ` of at most ${maximum}`
          : '';
  switch (type.base) {
    case 'string':
      return `a non-empty text of at most ${MAX_TEXT_LENGTH} characters`;
    case 'integer':
      return `a whole number${range}`;
    case 'number':
      return `a number${range}`;
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a date written YYYY, YYYY-MM or YYYY-MM-DD';
    case 'enum':
      return `one of ${(type.values ?? []).join(', ')}`;
  }
}

/** The zod schema of one value; every failure says what was expected, not only what was wrong. */
export function valueSchema(type: ParameterType): z.ZodType {
  const expected = describeExpected(type);
  if (!type.list) return itemSchema(type, expected);
  const item = itemSchema(type, describeExpected({ ...type, list: false }));
  return z.array(item, { error: expected }).max(MAX_LIST_LENGTH, expected);
}

function itemSchema(type: ParameterType, expected: string): z.ZodType {
  switch (type.base) {
    case 'string':
      return z.string({ error: expected }).min(1, expected).max(MAX_TEXT_LENGTH, expected);
    case 'integer':
      return z
        .number({ error: expected })
        .int(expected)
        .min(type.minimum ?? Number.MIN_SAFE_INTEGER, expected)
        .max(type.maximum ?? Number.MAX_SAFE_INTEGER, expected);
    case 'number': {
      let schema = z.number({ error: expected });
      if (type.minimum !== undefined) schema = schema.min(type.minimum, expected);
      if (type.maximum !== undefined) schema = schema.max(type.maximum, expected);
      return schema;
    }
    case 'boolean':
      return z.boolean({ error: expected });
    case 'date':
      return z.string({ error: expected }).regex(DATE, expected);
    case 'enum':
      return z.enum(type.values ?? [], { error: expected });
  }
}

/** Reads a default written in the header (`=50`, `=true`, `=a,b` for a list) and checks it against the type. */
export function parseDefault(type: ParameterType, text: string): unknown {
  const item = (raw: string): unknown => {
    if (type.base === 'integer' || type.base === 'number') return NUMBER.test(raw) ? Number(raw) : raw;
    if (type.base === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
    return raw;
  };
  const value = type.list ? text.split(',').map(item) : item(text);
  const result = valueSchema(type).safeParse(value);
  if (!result.success) throw new Error(`default "${text}" ${describeExpected(type)}`);
  return result.data;
}

/**
 * The value the driver must send. JavaScript numbers travel as floats, and Cypher refuses a float where
 * it needs an integer (`LIMIT`, list indexes), so integers become Neo4j integers.
 */
export function toCypherValue(type: ParameterType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type.base !== 'integer') return value;
  return Array.isArray(value) ? value.map((item) => neo4j.int(item as number)) : neo4j.int(value as number);
}
