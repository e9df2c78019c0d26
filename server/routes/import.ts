/** POST /api/import: a data set reported (a dry run) or written, with every change and conflict. */
import {
  importProblemSchema,
  importQuerySchema,
  importReportSchema,
  importRequestSchema,
} from '../../contract/import.js';
import type { Database } from '../db/database.js';
import { defineRoute, describeBytes } from '../http/route.js';
import {
  authorizeImport,
  IMPORT_BODY_LIMIT_BYTES,
  runImport,
  type ImportAccess,
} from '../services/import/index.js';

export const importRoutes = (db: Database, access: ImportAccess) => [
  defineRoute({
    method: 'post',
    path: '/import',
    tag: 'Import',
    summary: 'Imports a data set (the seed format), or reports what it would change (dryRun=true)',
    description:
      'The data set is checked as `npm run seed` checks a file: every error with its place in the body ' +
      '(`dataset.agreements[0].status`) is a 400, and nothing is written; ids the graph holds may be ' +
      'referred to without being defined. The report lists every item as `created`, `updated` (each ' +
      'changing field, graph → incoming) or `unchanged`, and every conflict: an institution whose names ' +
      "(nameEn, nameKo, acronym) differ from the graph's, an agreement given another status or date, with " +
      'the quotes each side rests on. `dryRun=true` writes nothing. `dryRun=false` writes the data set in ' +
      'one transaction when every conflict is accepted (its id in `acceptConflicts`), then lays the ' +
      'network out again before answering; otherwise it answers 409 with the report and writes nothing. ' +
      'Importing the same data again changes nothing and reports every item unchanged. With IMPORT_TOKEN ' +
      'set, every call (dry runs too) needs `Authorization: Bearer <token>`; without it, imports are open ' +
      'only while the app listens on a loopback address. The body may be up to ' +
      `${describeBytes(IMPORT_BODY_LIMIT_BYTES)} (an article's draft with its full text).`,
    query: importQuerySchema,
    body: importRequestSchema,
    response: importReportSchema,
    authorize: authorizeImport(access),
    bodyLimitBytes: IMPORT_BODY_LIMIT_BYTES,
    problems: {
      401: 'No import token: IMPORT_TOKEN is set and the request has no `Authorization: Bearer` token',
      403: 'A wrong import token, or imports are closed (no IMPORT_TOKEN, and HOST is not a loopback address)',
      409: 'A write with conflicts the request does not accept: `report` lists them; nothing was written',
      503: 'Neo4j does not answer, or the graph is being written by another import or its layout; ask again after Retry-After seconds',
    },
    problemSchema: importProblemSchema,
    handle: ({ query, body }, req) => runImport(db, query, body, req.log),
  }),
];
