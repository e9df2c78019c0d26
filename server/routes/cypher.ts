/**
 * POST /api/cypher: the read-only Cypher console. The route holds the per-client limits (rate and
 * concurrency) and logs refusals, which the app's error middleware answers as problem+json with a
 * reason; the gate and the run are in server/console/.
 */
import type { Request } from 'express';

import { consoleRequestSchema, consoleResultSchema } from '../../contract/console.js';
import { consoleProblemSchema } from '../../contract/problem.js';
import { ALLOWED_PROCEDURES } from '../console/allowlists.js';
import { ConcurrencyGate } from '../console/concurrency.js';
import { loadConsoleLimits } from '../console/limits.js';
import { ConsoleProblem } from '../console/problem.js';
import { RateLimiter } from '../console/rate-limit.js';
import { startConsoleQuery } from '../console/runner.js';
import type { Database } from '../db/database.js';
import { defineRoute, type ApiRoute } from '../http/route.js';

export const cypherRoutes = (db: Database, environment: NodeJS.ProcessEnv = process.env): ApiRoute[] => {
  const limits = loadConsoleLimits(environment);
  const rate = new RateLimiter(limits.ratePerMinute, limits.rateBurst);
  const slots = new ConcurrencyGate(limits.maxConcurrent, limits.maxConcurrentPerClient);

  return [
    defineRoute({
      method: 'post',
      path: '/cypher',
      tag: 'Console',
      summary: 'Runs one read-only Cypher query (the console)',
      description:
        'The query is checked before it runs (its text, then the plan Neo4j makes of it) and runs in a ' +
        `READ transaction that is always rolled back, under a timeout (at most ${limits.timeoutMs} ms) and a ` +
        `row cap (at most ${limits.maxRows}). Writes, schema and administration commands, LOAD CSV, USE, ` +
        'CALL { } IN TRANSACTIONS, user-defined functions and procedures other than ' +
        `${ALLOWED_PROCEDURES.join(', ')} are refused with 403. A syntax error is a 400 with its position; a ` +
        'timeout is a 504; too many queries are a 429 with Retry-After. Refusals carry a `reason` code.',
      body: consoleRequestSchema(limits),
      response: consoleResultSchema,
      problems: {
        403: 'Refused: the query could write, administer, or reach outside the graph (`reason` says which)',
        422: 'The query needs more memory than one transaction may use',
        429: 'Too many queries from this client, or the console is busy (see Retry-After)',
        504: 'The query ran past its time limit',
      },
      problemSchema: consoleProblemSchema,
      async handle({ body }, req) {
        const client = clientOf(req);
        try {
          const release = slots.acquire(client);
          if (typeof release !== 'function') {
            throw new ConsoleProblem(
              429,
              'Console busy',
              release.scope === 'client'
                ? `This client already has ${release.running} console queries running ` +
                    '(CONSOLE_MAX_CONCURRENT_PER_CLIENT); wait for one to finish.'
                : `The console is running ${release.running} queries, its limit (CONSOLE_MAX_CONCURRENT); ` +
                    'try again shortly.',
              'busy',
              {
                retryAfterSeconds: 1,
                limit:
                  release.scope === 'client' ? 'CONSOLE_MAX_CONCURRENT_PER_CLIENT' : 'CONSOLE_MAX_CONCURRENT',
              },
            );
          }
          // A token is taken only once a slot is free: a "busy" refusal costs the client nothing.
          const decision = rate.take(client);
          if (!decision.allowed) {
            release();
            throw new ConsoleProblem(
              429,
              'Too many queries',
              `This client has sent more console queries than the limit allows (${rate.description}).`,
              'rate-limited',
              { retryAfterSeconds: decision.retryAfterSeconds, limit: 'CONSOLE_RATE_PER_MINUTE' },
            );
          }
          const { answer, closed } = startConsoleQuery(db, {
            query: body.query,
            params: body.params ?? {},
            timeoutMs: body.timeoutMs ?? limits.timeoutMs,
            maxRows: body.maxRows ?? limits.maxRows,
            maxResponseChars: limits.maxResponseChars,
          });
          void closed.then(release);
          return await answer;
        } catch (error) {
          if (!(error instanceof ConsoleProblem)) throw error;
          if (error.status >= 400 && error.status < 500)
            req.log.info({ reason: error.reason }, 'console query refused');
          else req.log.warn({ reason: error.reason }, 'console query failed');
          throw error;
        }
      },
    }),
  ];
};

/** Rate limits are per client address (the socket's, unless Express is told to trust a proxy). */
function clientOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
