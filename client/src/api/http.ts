/**
 * The browser's side of the HTTP API. api/ holds this one helper that every request goes through, with
 * one set of gateway rules (http.ts), the one problem+json reader (problem.ts), the error classes
 * (errors.ts) and the endpoints, one file per part of the API. Endpoints check that an answer has the
 * shape the contract promises and hand back the contract's types.
 */
import { MalformedResponseError, ProblemError, ServerUnreachableError } from './errors.js';
import { readProblem } from './problem.js';

/**
 * Bad Gateway and Gateway Timeout come from a proxy that could not reach the API behind it.
 * (503 is not among them: the API itself answers 503 when its database is down.)
 */
const GATEWAY_STATUSES = new Set([502, 504]);

export function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  return requestJson('GET', path, undefined, signal);
}

export function postJson(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
  return requestJson('POST', path, body, signal);
}

async function requestJson(
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
    // An abort is the caller's decision, not a failure to report.
    if (signal?.aborted) throw error;
    throw new ServerUnreachableError(`${method} ${path} failed: ${String(error)}`, { cause: error });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (GATEWAY_STATUSES.has(response.status)) {
      const error = new ServerUnreachableError(
        `${method} ${path} answered ${response.status} from a gateway`,
      );
      error.problem = problem;
      throw error;
    }
    throw new ProblemError(response.status, problem);
  }
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new MalformedResponseError(`${method} ${path} did not return JSON`, { cause: error });
  }
}
