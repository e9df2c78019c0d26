/** GET /api/stats: counts, breakdowns and per-institution metrics; the shapes are in contract/stats.ts. */
import { statsQuerySchema, statsSchema } from '../../contract/stats.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { loadStats } from '../services/stats.js';

export const statsRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/stats',
    tag: 'Network',
    summary: 'Counts, breakdowns and per-institution network metrics, of the whole graph or a filtered view',
    description:
      'Takes the filters of /api/graph. `counts` always describe the whole graph; the breakdowns, `view` and ' +
      '`institutions` describe the (filtered) network. The `Server-Timing` header says how long loading ' +
      'the network, computing the metrics and reading the breakdowns took.',
    query: statsQuerySchema,
    response: statsSchema,
    async handle({ query: { limit, ...filters } }, _req, res) {
      const { stats, timing } = await loadStats(db, filters, limit);
      res.setHeader(
        'Server-Timing',
        Object.entries(timing)
          .map(([step, ms]) => `${step};dur=${ms.toFixed(1)}`)
          .join(', '),
      );
      return stats;
    },
  }),
];
