/** GET /api/paths: how two institutions are linked, each hop explained. */
import { z } from 'zod';

import { PATH_LINKS, pathsAnswerSchema } from '../contract/explore.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { findPaths } from '../services/paths.js';
import { limitSchema, networkFiltersSchema } from './parameters.js';

const institutionTerm = (end: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200)
    .meta({
      description: `The ${end} institution: an id, an acronym or a name`,
      example: end === 'first' ? 'KEIT' : 'NIST',
    });

const pathQuerySchema = z.object({
  from: institutionTerm('first'),
  to: institutionTerm('second'),
  mode: z
    .enum(['shortest', 'all-shortest', 'k'])
    .default('shortest')
    .meta({ description: 'One shortest path, all shortest paths, or the k shortest' }),
  k: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .meta({ description: 'How many paths for mode=k (1–10)' }),
  maxHops: z.coerce
    .number()
    .int()
    .min(1)
    .max(12)
    .default(8)
    .meta({ description: 'Longest path, in relationships (1–12)' }),
  via: z
    .string()
    .default(PATH_LINKS.join(','))
    .transform((text) => text.split(',').map((link) => link.trim()))
    .pipe(z.array(z.enum(PATH_LINKS)).min(1))
    .meta({
      description: `Kinds of link allowed, comma-separated: ${PATH_LINKS.join(', ')} (all when absent)`,
    }),
  domain: networkFiltersSchema.shape.domain,
  limit: limitSchema(10, 50),
});

export const pathRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/paths',
    tag: 'Paths',
    summary: 'How two institutions are linked: shared agreements, parents, shared events and people',
    description:
      'No path is a 200 with an empty `paths` and a `reason`. Each hop says in words and data which agreement, ' +
      'parent relation, event or post makes it.',
    query: pathQuerySchema,
    response: pathsAnswerSchema,
    handle: ({ query }) => findPaths(db, query),
  }),
];
