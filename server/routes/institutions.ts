/** GET /api/institutions/:id: an institution with its parent, children and agreements with evidence. */
import { Router } from 'express';
import { z } from 'zod';

import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { parseRequest } from '../http/validate.js';

const institutionPath = z.object({
  id: z
    .string()
    .max(100)
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'an institution id: lower-case letters and digits joined by hyphens',
    ),
});

export function institutionRoutes(db: Database): Router {
  const router = Router();
  router.get('/institutions/:id', async (req, res) => {
    const { id } = parseRequest(req, 'path', institutionPath);
    const [row] = await db.read('api/institution', { id });
    if (!row) throw HttpProblem.notFound(`There is no institution with id "${id}".`);
    res.json(row.institution);
  });
  return router;
}
