/**
 * Errors as RFC 9457 problem details (`application/problem+json`): one class the routes throw, and one
 * middleware that turns anything thrown into a problem response and logs the cause of server errors.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import type { ZodError } from 'zod';

import { issuePath, type Problem } from '../../contract/problem.js';

import { OverloadedError } from '../db/admission.js';
import { Neo4jUnavailableError, type AvailabilityState } from '../db/availability.js';
import { isConnectionError } from '../db/database.js';
import { isMemoryLimit, isTimeout } from '../db/limits.js';
import { RefusalLog } from './refusal-log.js';

/** No problem types of our own yet: RFC 9457's `about:blank` says "see the status code". */
const PROBLEM_TYPE = 'about:blank';

export class HttpProblem extends Error {
  override name = 'HttpProblem';

  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: Problem['errors'],
    /** Sent as `Retry-After` when the client may simply ask again later. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
  }

  /** The problem+json body; subclasses add their own members (the console's reason). */
  body(): Problem {
    return {
      type: PROBLEM_TYPE,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }

  static notFound(detail: string): HttpProblem {
    return new HttpProblem(404, 'Not found', detail);
  }

  static invalidInput(where: 'query' | 'path' | 'body', error: ZodError): HttpProblem {
    const errors = error.issues.map((issue) => ({
      parameter: issuePath(issue.path) || where,
      message: issue.message,
    }));
    return new HttpProblem(
      400,
      'Invalid request',
      errors.map((e) => `${e.parameter}: ${e.message}`).join('; '),
      errors,
    );
  }

  static unavailable(detail: string, retryAfterSeconds?: number): HttpProblem {
    return new HttpProblem(503, 'Database unavailable', detail, undefined, retryAfterSeconds);
  }

  /** The 503 of a Neo4j the app knows to be away: why, and when to ask again. */
  static neo4jAway(current: AvailabilityState): HttpProblem {
    return HttpProblem.unavailable(`Neo4j does not answer: ${current.reason}`, current.retryAfterSeconds);
  }
}

export function sendProblem(res: Parameters<RequestHandler>[1], problem: Problem): void {
  res.status(problem.status).type('application/problem+json').json(problem);
}

/** Codes Neo4j uses when it cannot be reached or is not ready. */
export function isUnavailable(error: unknown): boolean {
  return (
    isConnectionError(error) ||
    (error instanceof Neo4jError && error.code === 'Neo.TransientError.General.DatabaseUnavailable')
  );
}

/** The driver waited its `connectionAcquisitionTimeout` for a pooled connection: busy, not broken. */
export function isAcquisitionTimeout(error: unknown): boolean {
  return error instanceof Error && /Connection acquisition timed out/.test(error.message);
}

/** Seconds a client should wait before asking again after a 503. */
const UNAVAILABLE_RETRY_SECONDS = 2;

const refusals = new RefusalLog();

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(HttpProblem.notFound(`There is no ${req.method} ${req.originalUrl.split('?')[0]}.`));
};

export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof Neo4jUnavailableError) error = HttpProblem.neo4jAway(error.current);
  if (error instanceof HttpProblem) {
    if (error.retryAfterSeconds !== undefined) {
      res.setHeader('Retry-After', String(Math.max(1, error.retryAfterSeconds)));
    }
    return sendProblem(res, error.body());
  }
  // Express's body parser marks malformed JSON and oversized bodies with a 4xx status.
  const status = (error as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendProblem(res, {
      type: PROBLEM_TYPE,
      title: 'Invalid request',
      status,
      detail: (error as Error).message,
    });
  }
  if (error instanceof OverloadedError || isAcquisitionTimeout(error)) {
    refusals.refused(req.log, 'request refused: the database is busy', error as Error);
    const retryAfter = error instanceof OverloadedError ? error.retryAfterSeconds : 1;
    res.setHeader('Retry-After', String(retryAfter));
    return sendProblem(res, {
      type: PROBLEM_TYPE,
      title: 'Server busy',
      status: 503,
      detail:
        error instanceof OverloadedError
          ? `The server is answering as many requests as it can: ${error.message}`
          : 'No database connection became free in time; try again shortly.',
    });
  }
  if (isUnavailable(error)) {
    refusals.refused(req.log, 'Neo4j unavailable', error as Error);
    res.setHeader('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
    return sendProblem(res, {
      type: PROBLEM_TYPE,
      title: 'Database unavailable',
      status: 503,
      detail: 'Neo4j does not answer; try again shortly.',
    });
  }
  const limit = error instanceof Neo4jError ? exceededLimit(error.code) : null;
  if (limit !== null) {
    req.log.warn({ err: error }, 'request stopped by a limit');
    return sendProblem(res, { type: PROBLEM_TYPE, ...limit });
  }
  req.log.error({ err: error }, 'request failed');
  return sendProblem(res, {
    type: PROBLEM_TYPE,
    title: 'Internal error',
    status: 500,
    detail: 'The server failed to answer; the cause is in its log.',
  });
};

/**
 * A read that Neo4j stopped at the server's limits (transaction memory, query timeout) is the request
 * asking for too much of a large graph, not a fault: say which limit, and how to ask for less.
 */
function exceededLimit(code: string): Omit<Problem, 'type'> | null {
  if (isMemoryLimit(code)) {
    return {
      title: 'Answer too large',
      status: 422,
      detail:
        'The answer needs more memory than one request may use (db.memory.transaction.max); ' +
        'narrow it with filters or a smaller limit.',
    };
  }
  if (isTimeout(code)) {
    return {
      title: 'Query timeout',
      status: 504,
      detail:
        'The answer took longer than QUERY_TIMEOUT_MS allows; narrow it with filters or a smaller limit.',
    };
  }
  return null;
}
