/** GET /api/institutions/:id: an institution with its parent, children and agreements with evidence. */
import { z } from 'zod';

import { institutionDetailSchema } from '../contract/graph.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { idSchema } from './parameters.js';

export const institutionRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/institutions/:id',
    tag: 'Institutions',
    summary: 'An institution: names, kind, country, parent, children, and every agreement with its evidence',
    params: z.object({ id: idSchema('institution') }),
    response: institutionDetailSchema,
    async handle({ params }) {
      const [row] = await db.read('api/institution', { id: params.id });
      if (!row) throw HttpProblem.notFound(`There is no institution with id "${params.id}".`);
      return row.institution;
    },
  }),
];
