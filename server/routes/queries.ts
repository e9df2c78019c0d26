/**
 * GET /api/queries lists the named queries of cypher/queries/; POST /api/queries/:name runs one with
 * parameters validated against its header. The registry is built here, once, when the app is created,
 * so a malformed query file stops the start.
 */
import {
  namedQueryListSchema,
  namedQueryPathSchema,
  namedQueryBodySchema,
  namedQueryRequestSchema,
  namedQueryResultSchema,
} from '../../contract/named-queries.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { QueryRegistry } from '../queries/registry.js';
import { describeQueries, runNamedQuery } from '../queries/runner.js';

export const queryRoutes = (db: Database) => {
  const registry = QueryRegistry.load(db.cypher);
  const listing = describeQueries(registry.list());
  return [
    defineRoute({
      method: 'get',
      path: '/queries',
      tag: 'Named queries',
      summary: 'The named queries: what each answers, its parameters with their types, and its columns',
      response: namedQueryListSchema,
      handle: () => Promise.resolve(listing),
    }),
    defineRoute({
      method: 'post',
      path: '/queries/:name',
      tag: 'Named queries',
      summary: 'Runs a named query with the given parameters',
      // A value of the right type that names nothing in the graph (an unknown institution id) is not an
      // error of the request: the query matches nothing, as the same Cypher would in the console.
      description:
        'The body is `{"params": {...}}`, required when the query has a required parameter: each value is ' +
        'checked against the type the query declares, left-out parameters take their default (or null when ' +
        'optional), and unknown ones are refused. Rows come as arrays aligned with `columns`; `truncated` is ' +
        'true when `limit` cut them. A value of the right type that names nothing in the graph (an unknown ' +
        'id) answers 200 with no rows.',
      params: namedQueryPathSchema,
      body: namedQueryRequestSchema,
      variants: registry.list().map((query) => ({
        path: `/queries/${query.name}`,
        summary: `Runs the named query ${query.name}: ${query.title}`,
        body: namedQueryBodySchema(registry.parametersSchema(query)),
      })),
      response: namedQueryResultSchema,
      async handle({ params: { name }, body }) {
        const query = registry.get(name);
        if (!query) {
          throw HttpProblem.notFound(`There is no named query "${name}"; GET /api/queries lists them.`);
        }
        const parsed = registry.parseParameters(query, body.params ?? {});
        if (!parsed.success) {
          throw new HttpProblem(
            400,
            'Invalid request',
            parsed.errors.map((e) => `${e.parameter}: ${e.message}`).join('; '),
            parsed.errors,
          );
        }
        return runNamedQuery(db, query, parsed.values, parsed.cypher);
      },
    }),
  ];
};
