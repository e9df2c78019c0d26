/**
 * GET /api/health: 200 with Neo4j's version and the graph's counts while the database answers, 503 with
 * the reason while it does not. Each call asks Neo4j afresh, so it recovers as soon as Neo4j is back.
 */
import { Router } from 'express';

import type { Database } from '../db/database.js';
import { sendProblem } from '../http/problem.js';

export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    try {
      const [server] = await db.probe('api/health-server');
      const [counts] = await db.probe('api/health-counts');
      res.json({ status: 'ok', neo4j: { ...server, database: db.name }, counts });
    } catch (error) {
      req.log.warn({ err: error }, 'health check failed');
      sendProblem(res, {
        type: 'about:blank',
        title: 'Database unavailable',
        status: 503,
        detail: `Neo4j does not answer: ${(error as Error).message}`,
      });
    }
  });
  return router;
}
