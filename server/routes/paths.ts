/** GET /api/paths: how two institutions are linked, each hop explained. */
import { pathProblemSchema, pathQuerySchema, pathsAnswerSchema } from '../../contract/explore.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { findPaths } from '../services/paths.js';

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
    problems: { 404: 'No institution matches `from` or `to` (an ambiguous one is a 400 listing candidates)' },
    problemSchema: pathProblemSchema,
    handle: ({ query }) => findPaths(db, query),
  }),
];
