/**
 * The registry of named queries: every `cypher/queries/*.cypher` file, its header parsed and checked
 * against its statement once, at start. A query whose header does not match what its Cypher uses would
 * fail on the first request; here it stops the start instead, naming the file and line.
 */
import { z } from 'zod';

import { QUERY_NAME } from '../../contract/named-queries.js';
import type { CypherLibrary } from '../db/cypher-library.js';
import { codeOnly, parameterUses } from './cypher-text.js';
import {
  parseQueryHeader,
  QueryHeaderError,
  type ColumnDeclaration,
  type ParameterDeclaration,
  type QueryHeader,
} from './header.js';
import { describeExpected, toCypherValue, valueSchema } from './parameter-type.js';

/** Folder of the named queries inside the Cypher library. */
export const QUERY_FOLDER = 'queries/';

/** No named query answers more rows than this, whatever its header says. */
export const MAX_ROWS = 1000;

export interface NamedQuery {
  name: string;
  /** Its key in the Cypher library, for `db.read`. */
  statement: string;
  title: string;
  description: string;
  returns: string;
  parameters: ParameterDeclaration[];
  columns: ColumnDeclaration[];
}

export interface InvalidParameter {
  /** `params.limit`: where in the request body the bad value is. */
  parameter: string;
  message: string;
}

export type ParsedParameters =
  | { success: true; values: Record<string, unknown>; cypher: Record<string, unknown> }
  | { success: false; errors: InvalidParameter[] };

export class QueryRegistry {
  private readonly schemas = new Map<string, z.ZodType<Record<string, unknown>>>();

  private constructor(private readonly queries: ReadonlyMap<string, NamedQuery>) {
    for (const query of queries.values()) this.schemas.set(query.name, parametersSchema(query));
  }

  /** Reads and checks every named query of the library; throws a QueryHeaderError at the first mistake. */
  static load(library: CypherLibrary): QueryRegistry {
    const queries = new Map<string, NamedQuery>();
    for (const statement of library.names(QUERY_FOLDER)) {
      const query = checkQuery(statement, library.get(statement));
      queries.set(query.name, query);
    }
    return new QueryRegistry(queries);
  }

  /** Every query, by name. */
  list(): NamedQuery[] {
    return [...this.queries.values()];
  }

  get(name: string): NamedQuery | undefined {
    return this.queries.get(name);
  }

  /** The schema of a query's `params`: its parameters exactly, with their types and defaults. */
  parametersSchema(query: NamedQuery): z.ZodType<Record<string, unknown>> {
    return this.schemas.get(query.name) ?? parametersSchema(query);
  }

  /**
   * Validates the values a caller sent (`{}` when none): defaults filled in, optional parameters absent
   * become null, unknown ones refused. `cypher` holds what the driver must send (integers as Neo4j's).
   */
  parseParameters(query: NamedQuery, input: Record<string, unknown>): ParsedParameters {
    const schema = this.schemas.get(query.name) ?? parametersSchema(query);
    const result = schema.safeParse(input);
    if (!result.success) return { success: false, errors: describeIssues(query, input, result.error) };
    const values = result.data;
    const cypher = Object.fromEntries(
      query.parameters.map((p) => [p.name, toCypherValue(p.type, values[p.name])]),
    );
    return { success: true, values, cypher };
  }
}

function checkQuery(statement: string, text: string): NamedQuery {
  const name = statement.slice(QUERY_FOLDER.length);
  const file = `cypher/${statement}.cypher`;
  if (!QUERY_NAME.test(name)) {
    throw new QueryHeaderError(
      file,
      1,
      'a named query is a file directly in cypher/queries/ whose name is lower-case letters and digits joined by hyphens',
    );
  }
  const header = parseQueryHeader(file, text);
  const body = text.split('\n').slice(header.length).join('\n');
  const bodyStart = header.length + 1;
  const firstCodeLine = codeOnly(body)
    .split('\n')
    .findIndex((line) => line.trim() !== '');
  if (firstCodeLine === -1) {
    throw new QueryHeaderError(file, header.length, 'the header has no statement below it');
  }

  const used = parameterUses(body, bodyStart);
  for (const [parameter, line] of used) {
    if (!header.parameters.some((p) => p.name === parameter)) {
      throw new QueryHeaderError(
        file,
        line,
        `$${parameter} is used but not declared: add "// @param ${parameter} …"`,
      );
    }
  }
  for (const parameter of header.parameters) {
    if (!used.has(parameter.name)) {
      throw new QueryHeaderError(
        file,
        parameter.line,
        `@param ${parameter.name} is declared but the statement never uses $${parameter.name}`,
      );
    }
  }
  checkRowCap(file, header, body, bodyStart + firstCodeLine);
  return { name, statement, ...header };
}

/**
 * Every answer is bounded: each query takes a `limit` with a default and a maximum of at most MAX_ROWS,
 * and reads one row past it (`LIMIT $limit + 1`) so the runner can tell the caller that it cut.
 */
function checkRowCap(file: string, header: QueryHeader, body: string, codeStart: number): void {
  const limit = header.parameters.find((p) => p.name === 'limit');
  const example = `"// @param limit integer(1..${MAX_ROWS})=100 Maximum rows"`;
  if (!limit) {
    throw new QueryHeaderError(file, header.length, `every named query takes a row cap: ${example}`);
  }
  const { type } = limit;
  if (
    type.base !== 'integer' ||
    type.list ||
    type.minimum === undefined ||
    type.minimum < 1 ||
    type.maximum === undefined ||
    type.maximum > MAX_ROWS ||
    limit.default === undefined
  ) {
    throw new QueryHeaderError(
      file,
      limit.line,
      `@param limit must be an integer range from 1 (or more) to at most ${MAX_ROWS}, with a default: ${example}`,
    );
  }
  if (!/\bLIMIT\s+\$limit\s*\+\s*1\b/i.test(codeOnly(body))) {
    throw new QueryHeaderError(
      file,
      codeStart,
      'the statement must cap its rows with "LIMIT $limit + 1": the extra row tells the runner that it cut',
    );
  }
}

function parametersSchema(query: NamedQuery): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const parameter of query.parameters) {
    const value = valueSchema(parameter.type);
    shape[parameter.name] =
      'default' in parameter
        ? value.default(parameter.default)
        : parameter.required
          ? value
          : value.nullable().default(null);
  }
  return z.strictObject(shape);
}

/** One message per bad parameter, named as it sits in the body (`params.status`). */
function describeIssues(
  query: NamedQuery,
  input: Record<string, unknown>,
  error: z.ZodError,
): InvalidParameter[] {
  const accepted = query.parameters.map((p) => p.name).join(', ');
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        parameter: `params.${key}`,
        message: `is not a parameter of ${query.name}, which takes: ${accepted}`,
      }));
    }
    const [name] = issue.path;
    const declared = query.parameters.find((p) => p.name === name);
    // A required parameter left out says what it should have been, like a wrong value does.
    const message =
      declared && issue.path.length === 1 && input[declared.name] === undefined
        ? `is required and ${describeExpected(declared.type)}`
        : issue.message;
    return [{ parameter: ['params', ...issue.path].join('.'), message }];
  });
}
