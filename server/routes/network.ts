/** GET /api/graph: the cooperation network, whole or filtered, as graphology's serialized graph. */
import { networkGraphSchema } from '../contract/graph.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { loadNetwork } from '../services/network.js';
import { limitSchema, networkFiltersSchema } from './parameters.js';

export const networkQuerySchema = networkFiltersSchema.extend({ limit: limitSchema(5_000, 50_000) });

export const networkRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/graph',
    tag: 'Network',
    summary: "The cooperation network as graphology's serialized graph, optionally filtered",
    description:
      'Institutions are nodes keyed by id; `cooperation` edges carry the shared agreement ids, their domains and ' +
      'their count; `part-of` edges link an institution to its parent. `attributes.truncated` is true when ' +
      '`limit` cut the nodes or edges.',
    query: networkQuerySchema,
    response: networkGraphSchema,
    handle: ({ query: { limit, ...filters } }) => loadNetwork(db, filters, limit),
  }),
];
