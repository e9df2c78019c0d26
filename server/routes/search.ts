/** GET /api/search: institutions and agreements by Korean or English name, acronym or alias. */
import { searchAnswerSchema, searchQuerySchema } from '../../contract/explore.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { search } from '../services/search/index.js';

export const searchRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/search',
    tag: 'Search',
    summary: 'Find institutions and agreements by name, acronym or alias, in Korean or English',
    description:
      'Ranked full-text search, tolerant of case, spacing and small typos; partial Korean words match. ' +
      'Each result names the field it matched best.',
    query: searchQuerySchema,
    response: searchAnswerSchema,
    handle: ({ query }) => search(db, query.q, query.limit, query.type ? [query.type] : undefined),
  }),
];
