/**
 * GET /api/health: 200 with Neo4j's version and the graph's counts while the database answers, 503 with
 * the reason and the app's `state` of Neo4j while it does not (starting, unreachable, restarting, failed,
 * stopping). A Neo4j known to be away is answered at once; otherwise each call asks Neo4j afresh, so it
 * recovers as soon as Neo4j is back. The answer never carries addresses or driver messages: the log does.
 */
import { healthProblemSchema, healthSchema, type Health, type HealthProblem } from '../../contract/health.js';
import { Neo4jUnavailableError, type AvailabilityState } from '../db/availability.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';

/** A 503 whose body also names the state. */
export class HealthUnavailable extends HttpProblem {
  override name = 'HealthUnavailable';

  constructor(readonly current: AvailabilityState) {
    super(
      503,
      'Database unavailable',
      `Neo4j does not answer: ${current.reason}`,
      undefined,
      current.retryAfterSeconds,
    );
  }

  override body(): HealthProblem {
    return { ...super.body(), state: this.current.state };
  }
}

export const healthRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/health',
    tag: 'Service',
    summary: "Neo4j's version and the graph's size; 503 while Neo4j does not answer",
    description:
      'While Neo4j does not answer, the 503 names the state: `starting`, `unreachable`, `restarting`, ' +
      '`failed` (the app gave up restarting it) or `stopping`, with `Retry-After` when it will retry.',
    response: healthSchema,
    problemSchema: healthProblemSchema,
    async handle(_input, req) {
      try {
        const [server] = (await db.probe('api/health-server')) as [Omit<Health['neo4j'], 'database'>];
        const [counts] = (await db.probe('api/health-counts')) as [Health['counts']];
        return { status: 'ok' as const, neo4j: { ...server, database: db.name }, counts };
      } catch (error) {
        if (error instanceof Neo4jUnavailableError) throw new HealthUnavailable(error.current);
        req.log.warn({ err: error }, 'health check failed');
        throw new HealthUnavailable({
          state: 'unreachable',
          reason: 'the connection is lost; the app reconnects by itself.',
          retryAfterSeconds: 2,
        });
      }
    },
  }),
];
