/**
 * Parses a request's query, path parameters or body with a zod schema, keeping the typed output:
 * routes use what this returns, never `req.query` again. Failures become a 400 naming each parameter.
 */
import type { Request } from 'express';
import type { z } from 'zod';

import { HttpProblem } from './problem.js';

const sources = { query: 'query', path: 'params', body: 'body' } as const;

export function parseRequest<S extends z.ZodType>(
  req: Request,
  where: keyof typeof sources,
  schema: S,
): z.output<S> {
  const result = schema.safeParse(req[sources[where]]);
  if (!result.success) throw HttpProblem.invalidInput(where, result.error);
  return result.data;
}
