/**
 * GET /api/health: 200 with Neo4j's version and the graph's counts while the database answers, 503 with
 * the reason while it does not. Each call asks Neo4j afresh, so it recovers as soon as Neo4j is back.
 */
import { z } from 'zod';

import type { Database } from '../db/database.js';
import { sendProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';

const healthSchema = z
  .object({
    status: z.literal('ok'),
    neo4j: z.object({ version: z.string(), edition: z.string(), database: z.string() }),
    counts: z.record(z.string(), z.number()),
  })
  .meta({ id: 'Health' });

export const healthRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/health',
    tag: 'Service',
    summary: "Neo4j's version and the graph's size; 503 while Neo4j does not answer",
    response: healthSchema,
    async handle(_input, req, res) {
      try {
        const [server] = await db.probe('api/health-server');
        const [counts] = await db.probe('api/health-counts');
        return { status: 'ok', neo4j: { ...server, database: db.name }, counts };
      } catch (error) {
        req.log.warn({ err: error }, 'health check failed');
        sendProblem(res, {
          type: 'about:blank',
          title: 'Database unavailable',
          status: 503,
          detail: `Neo4j does not answer: ${(error as Error).message}`,
        });
        return undefined;
      }
    },
  }),
];
