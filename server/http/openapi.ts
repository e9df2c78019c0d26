/**
 * The OpenAPI 3.1 document, generated from the route declarations and their zod schemas, and a docs page
 * (Swagger UI) that renders it.
 */
import express, { Router } from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import { z } from 'zod';
import { createDocument, type ZodOpenApiObject, type ZodOpenApiOperationObject } from 'zod-openapi';

import { problemSchema } from '../../contract/problem.js';
import { isDownload, type ApiRoute } from './route.js';

const problemOf = (schema: z.ZodType) => (description: string) => ({
  description,
  content: { 'application/problem+json': { schema } },
});

/** `/institutions/:id` → `/institutions/{id}` */
const openApiPath = (path: string): string => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

export function openApiDocument(routes: ApiRoute[], version: string): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiObject['paths'] = {};
  for (const route of routes) {
    const problem = problemOf(route.problemSchema ?? problemSchema);
    const operation: ZodOpenApiOperationObject = {
      tags: [route.tag],
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      requestParams: {
        ...(route.query ? { query: route.query as z.ZodObject } : {}),
        ...(route.params ? { path: route.params as z.ZodObject } : {}),
      },
      ...(route.body
        ? {
            requestBody: {
              // A body whose schema accepts nothing at all (every field optional) may be left out.
              required: !route.body.safeParse(undefined).success,
              content: { 'application/json': { schema: route.body } },
            },
          }
        : {}),
      responses: {
        '200': {
          description: 'OK',
          content: isDownload(route.response)
            ? Object.fromEntries(route.response.mediaTypes.map((type) => [type, { schema: z.string() }]))
            : { 'application/json': { schema: route.response } },
        },
        ...(route.query || route.params || route.body
          ? { '400': problem('Invalid input: names each parameter') }
          : {}),
        ...(route.params ? { '404': problem('Unknown id') } : {}),
        '503': problem('Neo4j does not answer'),
        ...Object.fromEntries(
          Object.entries(route.problems ?? {}).map(([status, description]) => [status, problem(description)]),
        ),
      },
    };
    paths[openApiPath(route.path)] = { ...paths[openApiPath(route.path)], [route.method]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Cooperation graph API',
      version,
      description: 'Institutions and the agreements between them, with the evidence behind every agreement.',
    },
    paths,
  });
}

/** GET /api/openapi.json and the Swagger UI page at /api/docs/. */
export function documentationRoutes(document: object): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  // Swagger UI loads its settings from this file; ours points it at the document above.
  router.get('/docs/swagger-initializer.js', (_req, res) => {
    res
      .type('application/javascript')
      .send(
        "window.onload = () => { window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true }); };",
      );
  });
  router.use('/docs', express.static(getAbsoluteFSPath(), { index: 'index.html' }));
  return router;
}
