/** GET /api/sources/:id: a source's record and stored full text. */
import { sourceDocumentSchema, sourcePathSchema } from '../../contract/source.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { getSource } from '../services/sources.js';

export const sourceRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/sources/:id',
    tag: 'Sources',
    summary: 'One source: title, publisher, date, URL, language, and the full text its quotes are read from',
    params: sourcePathSchema,
    response: sourceDocumentSchema,
    handle: ({ params }) => getSource(db, params.id),
  }),
];
