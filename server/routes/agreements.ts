/** GET /api/agreements and /api/agreements/:id: agreements with their parties and evidence. */
import {
  agreementListQuerySchema,
  agreementListSchema,
  agreementPathSchema,
} from '../../contract/explore.js';
import { agreementSummarySchema } from '../../contract/graph.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { getAgreement, listAgreements } from '../services/agreements.js';

export const agreementRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/agreements',
    tag: 'Agreements',
    summary:
      'Agreements that pass the filters and words, sorted by a column (newest first by default), with parties and evidence',
    query: agreementListQuerySchema,
    response: agreementListSchema,
    handle: ({ query }) => listAgreements(db, query),
  }),
  defineRoute({
    method: 'get',
    path: '/agreements/:id',
    tag: 'Agreements',
    summary: 'One agreement: parties and roles, domains, status, date, amount, the event, and its quotes',
    params: agreementPathSchema,
    response: agreementSummarySchema,
    handle: ({ params }) => getAgreement(db, params.id),
  }),
];
