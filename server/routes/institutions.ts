/** GET /api/institutions/:id and its neighbourhood. */
import {
  institutionDetailSchema,
  institutionPathSchema,
  institutionQuerySchema,
  neighbourhoodQuerySchema,
  networkGraphSchema,
} from '../../contract/graph.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { getInstitution } from '../services/agreements.js';
import { neighbourhood } from '../services/neighbourhood.js';

export const institutionRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/institutions/:id',
    tag: 'Institutions',
    summary: 'An institution: names, kind, country, parent, children, and its agreements with their evidence',
    description:
      'Agreements come in date order, at most `agreementsLimit` of them; `agreementCount` says how many ' +
      'the institution is party to.',
    params: institutionPathSchema,
    query: institutionQuerySchema,
    response: institutionDetailSchema,
    handle: ({ params, query }) => getInstitution(db, params.id, query.agreementsLimit),
  }),
  defineRoute({
    method: 'get',
    path: '/institutions/:id/neighbourhood',
    tag: 'Institutions',
    summary: 'The institutions within `depth` cooperation links, as a serialized graph',
    description:
      '`attributes.truncated` is true when `limit` stopped the walk before it reached every institution.',
    params: institutionPathSchema,
    query: neighbourhoodQuerySchema,
    response: networkGraphSchema,
    handle: ({ params, query }) => neighbourhood(db, params.id, query),
  }),
];
