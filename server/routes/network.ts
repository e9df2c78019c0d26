/**
 * GET /api/graph: the cooperation network, whole or filtered, as graphology's serialized graph.
 * GET /api/graph/page: the whole network in pages, in the stored layout's order, for large graphs.
 */
import { z } from 'zod';

import { agreementGraphSchema, graphQuerySchema } from '../../contract/agreement-graph.js';
import { networkGraphSchema } from '../../contract/graph.js';
import { networkPageQuerySchema, networkPageSchema } from '../../contract/network-page.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { loadAgreementGraph } from '../services/agreement-graph.js';
import { loadNetwork } from '../services/network.js';
import { loadNetworkPage } from '../services/network-page.js';

export const networkRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/graph',
    tag: 'Network',
    summary: "The cooperation network as graphology's serialized graph, optionally filtered",
    description:
      'shape=cooperation (the default): institutions are nodes keyed by id; `cooperation` edges carry the shared ' +
      'agreement ids, their domains and their count; `part-of` edges link an institution to its parent. ' +
      'shape=agreements: institutions and agreements (and with `include`, events and domains) are nodes with ' +
      'typed keys, `party-to` edges carry the role, and `limit` counts agreements. `attributes.truncated` is ' +
      'true when `limit` cut the answer.',
    query: graphQuerySchema,
    response: z.union([networkGraphSchema, agreementGraphSchema]),
    handle: ({ query: { limit, shape, include, ...filters } }) =>
      shape === 'agreements'
        ? loadAgreementGraph(db, filters, include, limit)
        : loadNetwork(db, filters, limit),
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
    problems: {
      503:
        'The layout is being recomputed, or lags the network (institutions added or removed since it ran), ' +
        'or Neo4j does not answer, or the server is answering as many requests as it can; ask again after ' +
        'Retry-After seconds',
    },
    handle: ({ query }) => loadNetworkPage(db, query),
  }),
];
