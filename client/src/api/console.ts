/**
 * The console's requests: POST /api/cypher, and the named queries (GET /api/queries, POST
 * /api/queries/:name), which may be absent from a server that predates them. Failures are the API
 * client's typed errors; a console refusal also carries its reason and the position in the query.
 */
import type { ConsoleResult } from '../../../contract/console.js';
import type { ConsoleReason, QueryPosition } from '../../../contract/problem.js';
import { MalformedResponseError, ProblemError, ServerUnreachableError, type Problem } from './endpoints.js';

export type { ConsoleResult };

export interface ConsoleRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** A problem answer of the console, with what it adds to RFC 9457. */
export interface ConsoleProblem extends Problem {
  reason?: ConsoleReason;
  position?: QueryPosition;
  limit?: string;
}

export class ConsoleError extends ProblemError {
  override name = 'ConsoleError';

  constructor(
    status: number,
    readonly consoleProblem: ConsoleProblem | null,
  ) {
    super(status, consoleProblem);
  }
}

export interface NamedQueryParameter {
  name: string;
  type: string;
  required: boolean;
  default?: unknown;
  description: string;
}

export interface NamedQuery {
  name: string;
  title: string;
  description: string;
  parameters: NamedQueryParameter[];
}

/** What a named query answers: rows without a graph. */
export interface NamedQueryResult {
  name: string;
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
}

export async function runCypher(request: ConsoleRequest, signal?: AbortSignal): Promise<ConsoleResult> {
  const body = await send('POST', '/api/cypher', request, signal);
  if (!isRecord(body) || !Array.isArray(body.columns) || !Array.isArray(body.rows) || !isRecord(body.graph)) {
    throw new MalformedResponseError('POST /api/cypher did not return a console result');
  }
  return body as unknown as ConsoleResult;
}

/** The named queries, or null when the server has none (an older server answers 404). */
export async function fetchNamedQueries(signal?: AbortSignal): Promise<NamedQuery[] | null> {
  try {
    const body = await send('GET', '/api/queries', undefined, signal);
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
  const body = await send('POST', `/api/queries/${encodeURIComponent(name)}`, { params }, signal);
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

async function send(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ServerUnreachableError(`${method} ${path} failed: ${String(error)}`, { cause: error });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 502) {
      const error = new ServerUnreachableError(`${method} ${path} answered 502 from a gateway`);
      error.problem = problem;
      throw error;
    }
    throw new ConsoleError(response.status, problem);
  }
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new MalformedResponseError(`${method} ${path} did not return JSON`, { cause: error });
  }
}

async function readProblem(response: Response): Promise<ConsoleProblem | null> {
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return null;
  try {
    const body = (await response.json()) as unknown;
    if (!isRecord(body) || typeof body.title !== 'string') return null;
    const position = body.position;
    return {
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: body.title,
      status: typeof body.status === 'number' ? body.status : response.status,
      ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
      ...(typeof body.reason === 'string' ? { reason: body.reason as ConsoleReason } : {}),
      ...(isRecord(position) && typeof position.offset === 'number'
        ? { position: position as unknown as QueryPosition }
        : {}),
      ...(typeof body.limit === 'string' ? { limit: body.limit } : {}),
    };
  } catch {
    return null;
  }
}

function isNamedQuery(value: unknown): value is NamedQuery {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.parameters)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
