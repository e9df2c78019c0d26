/**
 * GET /api/graph: the cooperation network, whole or filtered, as graphology's serialized graph.
 * GET /api/graph/page: the whole network in pages, in the stored layout's order, for large graphs.
 */
import { z } from 'zod';

import { networkGraphSchema } from '../contract/graph.js';
import { networkPageSchema } from '../contract/network-page.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { loadNetwork } from '../services/network.js';
import { LAYOUT_RETRY_SECONDS, LayoutNotReadyProblem, loadNetworkPage } from '../services/network-page.js';
import { MAX_EDGES_PER_NODE } from '../layout/order.js';
import { limitSchema, networkFiltersSchema } from './parameters.js';

export const networkQuerySchema = networkFiltersSchema.extend({ limit: limitSchema(5_000, 50_000) });

const wholeNumber = (description: string) =>
  z.coerce.number().int('must be a whole number').meta({ description });

export const networkPageQuerySchema = z.object({
  offset: wholeNumber("Index of the page's first institution in the network's order (default 0)")
    .min(0)
    .max(100_000_000)
    .default(0),
  size: wholeNumber('Institutions per page (default 10,000, maximum 50,000)')
    .min(1)
    .max(50_000, 'must be at most 50000')
    .default(10_000),
  edgesPerNode: wholeNumber(
    'Cooperation edges each institution brings, its strongest to earlier institutions (default 5, maximum 50)',
  )
    .min(0)
    .max(MAX_EDGES_PER_NODE, `must be at most ${MAX_EDGES_PER_NODE}`)
    .default(5),
});

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
  defineRoute({
    method: 'get',
    path: '/graph/page',
    tag: 'Network',
    summary: 'One page of the whole network, in the order and positions of the stored layout',
    description:
      'Institutions come most partners first (ties by id) as columns, with the x/y the server computed ' +
      'and stored after the last import. Edges refer to institutions by their index in that order and come ' +
      'on the page of their later end, so a client loading pages from offset 0 has both ends of each edge. ' +
      'Follow `next` until it is null; when `layout` changes between pages, start again from 0. An offset ' +
      'past the end answers an empty page. 503 with Retry-After while the layout is being recomputed.',
    query: networkPageQuerySchema,
    response: networkPageSchema,
    handle: async ({ query }, _req, res) => {
      try {
        return await loadNetworkPage(db, query);
      } catch (error) {
        if (error instanceof LayoutNotReadyProblem)
          res.setHeader('Retry-After', String(LAYOUT_RETRY_SECONDS));
        throw error;
      }
    },
  }),
];
