/**
 * GET /api/health: 200 with Neo4j's version and the graph's counts while the database answers, 503 with
 * the reason while it does not. Each call asks Neo4j afresh, so it recovers as soon as Neo4j is back.
 */
import { healthSchema, type Health } from '../../contract/health.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';

export const healthRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/health',
    tag: 'Service',
    summary: "Neo4j's version and the graph's size; 503 while Neo4j does not answer",
    response: healthSchema,
    async handle(_input, req) {
      try {
        const [server] = (await db.probe('api/health-server')) as [Omit<Health['neo4j'], 'database'>];
        const [counts] = (await db.probe('api/health-counts')) as [Health['counts']];
        return { status: 'ok' as const, neo4j: { ...server, database: db.name }, counts };
      } catch (error) {
        req.log.warn({ err: error }, 'health check failed');
        throw HttpProblem.unavailable(`Neo4j does not answer: ${(error as Error).message}`);
      }
    },
  }),
];
