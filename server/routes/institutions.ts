/** GET /api/institutions/:id and its neighbourhood. */
import { z } from 'zod';

import { institutionDetailSchema, networkGraphSchema } from '../contract/graph.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { getInstitution } from '../services/agreements.js';
import { neighbourhood } from '../services/neighbourhood.js';
import { idSchema, limitSchema, networkFiltersSchema } from './parameters.js';

const institutionPath = z.object({ id: idSchema('institution') });

export const institutionRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/institutions/:id',
    tag: 'Institutions',
    summary: 'An institution: names, kind, country, parent, children, and its agreements with their evidence',
    description:
      'Agreements come in date order, at most `agreementsLimit` of them; `agreementCount` says how many ' +
      'the institution is party to.',
    params: institutionPath,
    query: z.object({ agreementsLimit: limitSchema(200, 2_000) }),
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
    params: institutionPath,
    query: z.object({
      depth: z.coerce.number().int().min(1).max(3).default(1).meta({ description: 'Links to follow (1–3)' }),
      domain: networkFiltersSchema.shape.domain,
      limit: limitSchema(200, 2_000),
    }),
    response: networkGraphSchema,
    handle: ({ params, query }) => neighbourhood(db, params.id, query),
  }),
];
