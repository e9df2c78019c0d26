/**
 * How a request can fail, as classes: the server was not reached, it refused (a problem), or it sent
 * something unreadable. Callers branch on the class, never on message text.
 */
import type { ProblemDetails } from './problem.js';

/**
 * The request never reached the API: the network failed, or a proxy in front of it (Vite's in
 * development) answered that the API is down, with its own problem detail when it gave one.
 */
export class ServerUnreachableError extends Error {
  override name = 'ServerUnreachableError';
  problem: ProblemDetails | null = null;
}

/** The API answered with an error status; `problem` holds its problem+json body when it sent one. */
export class ProblemError extends Error {
  override name = 'ProblemError';

  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | null,
    /** Retry-After of a 503 (or 429), in seconds. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** The API answered 2xx but the body is not the shape the contract promises. */
export class MalformedResponseError extends Error {
  override name = 'MalformedResponseError';
}
