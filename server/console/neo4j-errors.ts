/**
 * Neo4j's errors, as the console answers them: whatever a user's query can cause is a 4xx with Neo4j's
 * own words (and, for syntax errors, the position in the user's text), never a 500. Only "Neo4j is
 * away" is passed on, for the app's problem handler to answer 503.
 */
import { Neo4jError } from 'neo4j-driver';

import { isMemoryLimit, isTimeout } from '../db/limits.js';
import { isUnavailable } from '../http/problem.js';
import type { QueryPosition } from '../../contract/problem.js';
import { ConsoleProblem } from './problem.js';

export interface ErrorContext {
  /** Characters the gate put before the user's query (`EXPLAIN `), to take off Neo4j's positions. */
  prefixLength: number;
  timeoutMs: number;
}

/** A ConsoleProblem for a Neo4j error caused by the query, or the error itself when it is not one. */
export function consoleProblemFor(error: unknown, context: ErrorContext): unknown {
  if (!(error instanceof Neo4jError) || isUnavailable(error)) return error;
  const code = error.code;
  const message = firstParagraph(error.message);
  if (isTimeout(code)) return timeoutProblem(context.timeoutMs);
  if (isMemoryLimit(code)) {
    return new ConsoleProblem(
      422,
      'Query too large',
      `The query needed more memory than Neo4j allows one transaction: ${message}`,
      'memory',
      { limit: 'db.memory.transaction.max' },
    );
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    const position = positionIn(error.message, context.prefixLength);
    return new ConsoleProblem(400, 'Syntax error', withoutPosition(message), 'syntax-error', { position });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.')) {
    return ConsoleProblem.refused('not-read-only', `Neo4j refused the query: ${message}`);
  }
  if (code === 'Neo.ClientError.Statement.ExternalResourceFailed') {
    return ConsoleProblem.refused('load-csv', `Neo4j refused to load an external resource: ${message}`);
  }
  if (code.startsWith('Neo.ClientError.') || code.startsWith('Neo.DatabaseError.Statement.')) {
    const position = positionIn(error.message, context.prefixLength);
    return new ConsoleProblem(400, 'Query failed', withoutPosition(message), 'query-error', { position });
  }
  if (code.startsWith('Neo.TransientError.Transaction.') || code.includes('Terminated')) {
    return new ConsoleProblem(503, 'Query interrupted', `Neo4j interrupted the query: ${message}`, 'busy', {
      retryAfterSeconds: 1,
    });
  }
  return error;
}

export function timeoutProblem(timeoutMs: number): ConsoleProblem {
  return new ConsoleProblem(
    504,
    'Query timed out',
    `The query ran longer than ${timeoutMs} ms (CONSOLE_TIMEOUT_MS, or the request's timeoutMs) and was stopped.`,
    'timeout',
    { limit: 'CONSOLE_TIMEOUT_MS' },
  );
}

/** Neo4j appends the query and a caret line to syntax errors; the client draws its own. */
function firstParagraph(message: string): string {
  return message.split(/\n"/)[0]?.trim() ?? message;
}

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

function withoutPosition(message: string): string {
  return message.replace(POSITION, '');
}

/** Neo4j's position, less the prefix the gate added (it is on line 1, before the user's text). */
function positionIn(message: string, prefixLength: number): QueryPosition | undefined {
  const match = POSITION.exec(message);
  if (match === null) return undefined;
  const line = Number(match[1]);
  const column = Number(match[2]);
  const offset = Number(match[3]) - prefixLength;
  if (offset < 0) return undefined;
  return { line, column: line === 1 ? column - prefixLength : column, offset };
}
