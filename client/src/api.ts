/**
 * The browser's side of the HTTP API. Failures become typed errors so the page can tell the user
 * whether the server is down, refused the request (problem+json), or sent something unreadable,
 * and callers branch on the class, never on message text.
 */
import type { InstitutionDetail, NetworkGraph } from '../../server/contract/graph.js';

/** RFC 9457 problem details, as every error response of the API carries them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
}

/**
 * The request never reached the API: the network failed, or a proxy in front of it (Vite's in
 * development) answered that the API is down, with its own problem detail when it gave one.
 */
export class ServerUnreachableError extends ApiError {
  override name = 'ServerUnreachableError';
  problem: Problem | null = null;
}

/** The API answered with an error status; `problem` holds its problem+json body when it sent one. */
export class ProblemError extends ApiError {
  override name = 'ProblemError';

  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** The API answered 2xx but the body is not the shape the contract promises. */
export class MalformedResponseError extends ApiError {
  override name = 'MalformedResponseError';
}

/**
 * Bad Gateway and Gateway Timeout come from a proxy that could not reach the API behind it.
 * (503 is not among them: the API itself answers 503 when its database is down.)
 */
const GATEWAY_STATUSES = new Set([502, 504]);

export async function fetchNetwork(signal?: AbortSignal): Promise<NetworkGraph> {
  const body = await getJson('/api/graph', signal);
  if (!isRecord(body) || !Array.isArray(body.nodes) || !Array.isArray(body.edges)) {
    throw new MalformedResponseError('GET /api/graph did not return a serialized graph');
  }
  return body as unknown as NetworkGraph;
}

export async function fetchInstitution(id: string, signal?: AbortSignal): Promise<InstitutionDetail> {
  const body = await getJson(`/api/institutions/${encodeURIComponent(id)}`, signal);
  if (!isRecord(body) || typeof body.id !== 'string' || !Array.isArray(body.agreements)) {
    throw new MalformedResponseError(`GET /api/institutions/${id} did not return an institution`);
  }
  return body as unknown as InstitutionDetail;
}

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    // An abort is the caller's decision, not a failure to report.
    if (signal?.aborted) throw error;
    throw new ServerUnreachableError(`GET ${path} failed: ${String(error)}`, { cause: error });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (GATEWAY_STATUSES.has(response.status)) {
      const error = new ServerUnreachableError(`GET ${path} answered ${response.status} from a gateway`);
      error.problem = problem;
      throw error;
    }
    throw new ProblemError(response.status, problem);
  }
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new MalformedResponseError(`GET ${path} did not return JSON`, { cause: error });
  }
}

/** Reads a problem+json body, tolerating servers (or proxies) that send something else. */
async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await response.json()) as unknown;
    if (!isRecord(body) || typeof body.title !== 'string') return null;
    return {
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: body.title,
      status: typeof body.status === 'number' ? body.status : response.status,
      ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
    };
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
