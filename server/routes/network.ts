/** GET /api/graph: the cooperation network as graphology's serialized graph. */
import { Router } from 'express';

import type { NetworkGraph } from '../contract/graph.js';
import type { Database } from '../db/database.js';
import { toNetworkGraph, type NetworkRow } from '../services/network.js';

export function networkRoutes(db: Database): Router {
  const router = Router();
  router.get('/graph', async (_req, res) => {
    const [row] = await db.read('api/network');
    const graph: NetworkGraph = toNetworkGraph(row as unknown as NetworkRow);
    res.json(graph);
  });
  return router;
}
