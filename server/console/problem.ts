/**
 * What the console answers when it does not run a query: a problem+json body with the status, a reason
 * code a client can branch on, and, when it is known, where in the query the trouble starts. It extends
 * the app's `HttpProblem`, so anything that escapes the route still becomes a proper problem response.
 */
import type { Response } from 'express';

import { HttpProblem, sendProblem, type ProblemBody } from '../http/problem.js';

/** 1-based line and column, 0-based offset into the query text, as Neo4j reports them. */
export interface QueryPosition {
  line: number;
  column: number;
  offset: number;
}

/** Why the console would not (or could not) answer; stable, for clients and tests. */
export type ConsoleReason =
  | 'invalid-query'
  | 'syntax-error'
  | 'query-error'
  | 'unusual-character'
  | 'too-large'
  | 'too-deep'
  | 'not-read-only'
  | 'write'
  | 'schema-or-admin'
  | 'load-csv'
  | 'in-transactions'
  | 'other-database'
  | 'procedure-not-allowed'
  | 'function-not-allowed'
  | 'operator-not-allowed'
  | 'query-option'
  | 'multiple-statements'
  | 'timeout'
  | 'memory'
  | 'rate-limited'
  | 'busy';

export interface ConsoleProblemOptions {
  position?: QueryPosition | undefined;
  /** The setting that bounds what was hit, e.g. `CONSOLE_TIMEOUT_MS`. */
  limit?: string | undefined;
  retryAfterSeconds?: number | undefined;
}

export class ConsoleProblem extends HttpProblem {
  override name = 'ConsoleProblem';

  constructor(
    status: number,
    title: string,
    detail: string,
    readonly reason: ConsoleReason,
    readonly options: ConsoleProblemOptions = {},
  ) {
    super(status, title, detail);
  }

  /** A query the gate will not run: 403 with the reason. */
  static refused(reason: ConsoleReason, detail: string, position?: QueryPosition): ConsoleProblem {
    return new ConsoleProblem(403, 'Query refused', detail, reason, { position });
  }

  /** A query that cannot be read (unterminated string, stray character, too deep): 400. */
  static invalid(reason: ConsoleReason, detail: string, position?: QueryPosition): ConsoleProblem {
    return new ConsoleProblem(400, 'Invalid query', detail, reason, { position });
  }
}

export interface ConsoleProblemBody extends ProblemBody {
  reason: ConsoleReason;
  position?: QueryPosition;
  limit?: string;
}

export function sendConsoleProblem(res: Response, problem: ConsoleProblem): void {
  const { position, limit, retryAfterSeconds } = problem.options;
  if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(Math.max(1, retryAfterSeconds)));
  const body: ConsoleProblemBody = {
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    reason: problem.reason,
    ...(position ? { position } : {}),
    ...(limit ? { limit } : {}),
  };
  sendProblem(res, body);
}

/** The position of `offset` in `text`, counted the way Neo4j counts (lines split on \n). */
export function positionAt(text: string, offset: number): QueryPosition {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset };
}
