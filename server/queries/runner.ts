/**
 * Runs a named query with validated parameters through the query layer (a read transaction under the
 * app's timeout) and shapes its answer: rows as arrays in the declared column order, cut at `limit`.
 */
import type { Database } from '../db/database.js';
import type { NamedQueryListing, NamedQueryResult } from '../../contract/named-queries.js';
import { MAX_ROWS, type NamedQuery } from './registry.js';

/** `values` and `cypher` as `QueryRegistry.parseParameters` returns them. */
export async function runNamedQuery(
  db: Database,
  query: NamedQuery,
  values: Record<string, unknown>,
  cypher: Record<string, unknown>,
): Promise<NamedQueryResult> {
  // The statement reads `LIMIT $limit + 1`: one row more than asked tells that it cut.
  const limit = Math.min(Number(values.limit), MAX_ROWS);
  const rows = await db.read(query.statement, cypher);
  const columns = query.columns.map((column) => column.name);
  const first = rows[0];
  if (first && !sameColumns(Object.keys(first), columns)) {
    // A programming error, caught by the tests: the header's @column lines must follow the RETURN.
    throw new Error(
      `cypher/${query.statement}.cypher returns ${Object.keys(first).join(', ')} but declares ${columns.join(', ')}`,
    );
  }
  return {
    name: query.name,
    columns,
    rows: rows.slice(0, limit).map((row) => columns.map((column) => row[column] ?? null)),
    truncated: rows.length > limit,
  };
}

function sameColumns(returned: string[], declared: string[]): boolean {
  return returned.length === declared.length && returned.every((column, index) => column === declared[index]);
}

/** The listing of GET /api/queries. */
export function describeQueries(queries: NamedQuery[]): NamedQueryListing {
  return {
    queries: queries.map((query) => ({
      name: query.name,
      title: query.title,
      description: query.description,
      parameters: query.parameters.map((parameter) => ({
        name: parameter.name,
        type: parameter.typeText,
        required: parameter.required,
        ...('default' in parameter ? { default: parameter.default } : {}),
        ...(parameter.type.values ? { values: parameter.type.values } : {}),
        ...(parameter.type.minimum !== undefined ? { minimum: parameter.type.minimum } : {}),
        ...(parameter.type.maximum !== undefined ? { maximum: parameter.type.maximum } : {}),
        description: parameter.description,
      })),
      columns: query.columns.map(({ name, description }) => ({ name, description })),
      returns: query.returns,
    })),
  };
}
