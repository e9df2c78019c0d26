/** GET /api/agreements and /api/agreements/:id: agreements with their parties and evidence. */
import { z } from 'zod';

import { agreementListSchema } from '../contract/explore.js';
import { agreementSummarySchema } from '../contract/graph.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { getAgreement, listAgreements } from '../services/agreements.js';
import { idSchema, limitSchema, networkFiltersSchema } from './parameters.js';

const agreementListQuerySchema = networkFiltersSchema.extend({
  party: idSchema('institution')
    .optional()
    .meta({ description: 'Only agreements this institution is party to' }),
  limit: limitSchema(50, 200),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(0)
    .meta({ description: 'Skip this many agreements' }),
});

export const agreementRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/agreements',
    tag: 'Agreements',
    summary: 'Agreements that pass the filters, newest first, with parties and evidence',
    query: agreementListQuerySchema,
    response: agreementListSchema,
    handle: ({ query }) => listAgreements(db, query),
  }),
  defineRoute({
    method: 'get',
    path: '/agreements/:id',
    tag: 'Agreements',
    summary: 'One agreement: parties and roles, domains, status, date, amount, the event, and its quotes',
    params: z.object({ id: idSchema('agreement') }),
    response: agreementSummarySchema,
    handle: ({ params }) => getAgreement(db, params.id),
  }),
];
