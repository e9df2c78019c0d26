/**
 * The browser's side of the HTTP API. api/ holds this one helper that every request goes through, with
 * one set of gateway rules (http.ts), the one problem+json reader (problem.ts), the error classes
 * (errors.ts) and the endpoints, one file per part of the API. Endpoints check that an answer has the
 * shape the contract promises and hand back the contract's types.
 */
import { MalformedResponseError, ProblemError, ServerUnreachableError } from './errors.js';
import { readProblem, type ProblemDetails } from './problem.js';

/**
 * Whether a proxy in front of the API answered because it could not reach it. The API never answers 502
 * itself; it does answer 504 (a query past its time limit, the console's `timeout`) with its own problem,
 * so a 504 is the gateway's only when it carries none. 503 is the API's: its database is down.
 */
const fromGateway = (status: number, problem: ProblemDetails | null): boolean =>
  status === 502 || (status === 504 && problem === null);

export function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  return requestJson('GET', path, undefined, signal);
}

/** `headers`: what an endpoint adds to the common ones (the import's `Authorization`). */
export function postJson(
  path: string,
  body: unknown,
  signal?: AbortSignal,
  headers: Record<string, string> = {},
): Promise<unknown> {
  return requestJson('POST', path, body, signal, headers);
}

/** Seconds to wait before asking again, when a busy server says (only the delay form is sent). */
function retryAfter(response: Response): number | null {
  const value = Number(response.headers.get('Retry-After') ?? '');
  return Number.isFinite(value) && value > 0 ? value : null;
}

async function requestJson(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  signal?: AbortSignal,
  headers: Record<string, string> = {},
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: signal ?? null,
    });
  } catch (error) {
    // An abort is the caller's decision, not a failure to report.
    if (signal?.aborted) throw error;
    throw new ServerUnreachableError(`${method} ${path} failed: ${String(error)}`, { cause: error });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (fromGateway(response.status, problem)) {
      const error = new ServerUnreachableError(
        `${method} ${path} answered ${response.status} from a gateway`,
      );
      error.problem = problem;
      throw error;
    }
    throw new ProblemError(response.status, problem, retryAfter(response));
  }
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new MalformedResponseError(`${method} ${path} did not return JSON`, { cause: error });
  }
}
