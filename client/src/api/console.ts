/**
 * The console's endpoints: POST /api/cypher, and the named queries (GET /api/queries, POST
 * /api/queries/:name), which may be absent from a server that predates them. A refusal is a ProblemError
 * whose problem carries the console's reason and, when known, the position in the query.
 */
import type { ConsoleRequest, ConsoleResult } from '../../../contract/console.js';
import type { NamedQueryDescription, NamedQueryResult } from '../../../contract/named-queries.js';
import { MalformedResponseError, ProblemError } from './errors.js';
import { getJson, postJson } from './http.js';
import { isRecord } from './json.js';

export async function runCypher(request: ConsoleRequest, signal?: AbortSignal): Promise<ConsoleResult> {
  const body = await postJson('/api/cypher', request, signal);
  if (!isRecord(body) || !Array.isArray(body.columns) || !Array.isArray(body.rows) || !isRecord(body.graph)) {
    throw new MalformedResponseError('POST /api/cypher did not return a console result');
  }
  return body as unknown as ConsoleResult;
}

/** The named queries, or null when the server has none (an older server answers 404). */
export async function fetchNamedQueries(signal?: AbortSignal): Promise<NamedQueryDescription[] | null> {
  try {
    const body = await getJson('/api/queries', signal);
    if (!isRecord(body) || !Array.isArray(body.queries)) return null;
    return body.queries.filter(isNamedQuery);
  } catch (error) {
    if (error instanceof ProblemError && (error.status === 404 || error.status === 405)) return null;
    throw error;
  }
}

export async function runNamedQuery(
  name: string,
  params: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<NamedQueryResult> {
  const body = await postJson(`/api/queries/${encodeURIComponent(name)}`, { params }, signal);
  if (!isRecord(body) || !Array.isArray(body.columns) || !Array.isArray(body.rows)) {
    throw new MalformedResponseError(`POST /api/queries/${name} did not return rows`);
  }
  return {
    name,
    columns: body.columns.map(String),
    rows: body.rows as unknown[][],
    truncated: body.truncated === true,
  };
}

function isNamedQuery(value: unknown): value is NamedQueryDescription {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.parameters)
  );
}
