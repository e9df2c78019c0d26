/** GET /api/search: institutions and agreements by Korean or English name, acronym or alias. */
import { z } from 'zod';

import { searchAnswerSchema } from '../contract/explore.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { search } from '../services/search/index.js';
import { limitSchema } from './parameters.js';

const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .meta({ description: 'Words to find, in Korean or English', example: '표준' }),
  type: z
    .enum(['institution', 'agreement'])
    .optional()
    .meta({ description: 'Only institutions or only agreements (both when absent)' }),
  limit: limitSchema(10, 50),
});

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
