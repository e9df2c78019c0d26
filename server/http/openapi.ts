/**
 * The OpenAPI 3.1 document, generated from the route declarations and their zod schemas, and a docs page
 * (Swagger UI) that renders it.
 */
import express, { Router } from 'express';
import neo4j from 'neo4j-driver';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';

import { problemSchema } from '../../contract/problem.js';
import type { Database } from '../db/database.js';
import { readGraphVersion } from '../db/graph-version.js';
import { DEFAULT_BODY_LIMIT_BYTES, describeBytes, isDownload, type ApiRoute } from './route.js';

const problemOf =
  (schema: z.ZodType) =>
  (description: string, headers?: ZodOpenApiResponseObject['headers']): ZodOpenApiResponseObject => ({
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/problem+json': { schema } },
  });

const retryAfter = z.object({
  'Retry-After': z
    .string()
    .regex(/^\d+$/)
    .optional()
    .meta({ description: 'Seconds after which asking again may succeed' }),
});

const allow = z.object({
  Allow: z.string().meta({ description: 'The methods this path answers', example: 'GET, HEAD, OPTIONS' }),
});

const wwwAuthenticate = z.object({
  'WWW-Authenticate': z
    .string()
    .meta({ description: 'The scheme to authenticate with', example: 'Bearer realm="import"' }),
});

/** Headers a problem of this status carries. */
function problemHeaders(status: number): ZodOpenApiResponseObject['headers'] | undefined {
  if (status === 429 || status === 503) return retryAfter;
  if (status === 401) return wwwAuthenticate;
  return undefined;
}

/** `/institutions/:id` → `/institutions/{id}` */
const openApiPath = (path: string): string => `/api${path.replace(/:(\w+)/g, '{$1}')}`;

export function openApiDocument(routes: ApiRoute[], version: string): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiObject['paths'] = {};
  for (const route of routes) {
    const operation = (body: z.ZodType | undefined, withParams: boolean): ZodOpenApiOperationObject => {
      const problem = problemOf(route.problemSchema ?? problemSchema);
      const params = withParams ? route.params : undefined;
      return {
        tags: [route.tag],
        summary: route.summary,
        // A guarded route takes the import token; `{}` says it may be open too (no token set, loopback).
        ...(route.authorize ? { security: [{ importToken: [] }, {}] } : {}),
        ...(route.description ? { description: route.description } : {}),
        requestParams: {
          ...(route.query ? { query: route.query as z.ZodObject } : {}),
          ...(params ? { path: params as z.ZodObject } : {}),
        },
        ...(body
          ? {
              requestBody: {
                // A body whose schema accepts nothing at all (every field optional) may be left out.
                required: !body.safeParse(undefined).success,
                content: { 'application/json': { schema: body } },
              },
            }
          : {}),
        responses: {
          '200': {
            description: 'OK',
            content: isDownload(route.response)
              ? Object.fromEntries(
                  Object.entries(route.response.mediaTypes).map(([type, schema]) => [type, { schema }]),
                )
              : { 'application/json': { schema: route.response } },
          },
          ...(route.query || params || body ? { '400': problem('Invalid input: names each parameter') } : {}),
          ...(params ? { '404': problem('Unknown id') } : {}),
          '405': problem('Another method of this path: `Allow` names the ones it answers', allow),
          ...(body
            ? {
                '413': problem(
                  `The body is larger than ${describeBytes(route.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES)}`,
                ),
                '415': problem('The body is not application/json'),
              }
            : {}),
          '421': problem('The Host header is not one this server answers for (ALLOWED_HOSTS)'),
          '422': problem('The answer needs more memory than one transaction may use; narrow the request'),
          '500': problem('The server failed; the cause is in its log'),
          '503': problem(
            'Neo4j does not answer, or the server is answering as many requests as it can ' +
              '(NEO4J_MAX_RUNNING_READS, NEO4J_READ_QUEUE); ask again after Retry-After seconds',
            retryAfter,
          ),
          '504': problem('The read ran past QUERY_TIMEOUT_MS; narrow the request'),
          ...Object.fromEntries(
            Object.entries(route.problems ?? {}).map(([status, description]) => [
              status,
              problem(description, problemHeaders(Number(status))),
            ]),
          ),
        },
      };
    };
    // A template whose concrete paths are each documented (every named query, with its parameters
    // exactly) is documented by them alone: it would only repeat them with looser parameters, and any
    // other value of it is a path that does not exist (404).
    if (!route.variants) {
      const path = openApiPath(route.path);
      paths[path] = { ...paths[path], [route.method]: operation(route.body, true) };
    }
    for (const variant of route.variants ?? []) {
      const concrete = openApiPath(variant.path);
      paths[concrete] = {
        ...paths[concrete],
        [route.method]: { ...operation(variant.body, false), summary: variant.summary },
      };
    }
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Cooperation graph API',
      version,
      description: 'Institutions and the agreements between them, with the evidence behind every agreement.',
    },
    paths,
    components: {
      securitySchemes: {
        importToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'IMPORT_TOKEN. Without it set, imports are open while the app listens on a loopback address only.',
        },
      },
    },
  });
}

/**
 * Query parameters whose values the graph defines (they grow with imports): the document served lists
 * the current ones as an enum, so a client (or a generator of requests) knows what is accepted. An
 * unknown value is a 400 naming the known ones. Institution ids are listed up to this many.
 */
const MAX_LISTED_INSTITUTIONS = 1_000;

interface Vocabulary {
  domain: string[];
  country: string[];
  party: string[] | null;
}

async function readVocabulary(db: Database): Promise<Vocabulary> {
  const [row] = await db.read('api/vocabulary');
  const [institutions] = await db.read('api/institution-ids', {
    limit: neo4j.int(MAX_LISTED_INSTITUTIONS + 1),
  });
  const ids = (institutions?.ids ?? []) as string[];
  return {
    domain: ((row?.domains ?? []) as string[]).sort(),
    country: ((row?.countries ?? []) as string[]).sort(),
    party: ids.length > MAX_LISTED_INSTITUTIONS ? null : ids.sort(),
  };
}

interface ParameterObject {
  name: string;
  in: string;
  schema?: { enum?: string[] };
}

/** The document with the graph's vocabularies as enums of the query parameters that take them. */
export function withVocabulary<D extends object>(document: D, vocabulary: Vocabulary): D {
  const copy = structuredClone(document) as D & {
    paths?: Record<string, Record<string, { parameters?: ParameterObject[] }>>;
  };
  for (const item of Object.values(copy.paths ?? {})) {
    for (const operation of Object.values(item)) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'query' || !(parameter.name in vocabulary)) continue;
        const values = vocabulary[parameter.name as keyof Vocabulary];
        if (values !== null) parameter.schema = { ...parameter.schema, enum: values };
      }
    }
  }
  return copy;
}

/** GET /api/openapi.json and the Swagger UI page at /api/docs/. */
export function documentationRoutes(db: Database, document: object): Router {
  const router = Router();
  let kept: { version: string; document: object } | null = null;
  router.get('/openapi.json', async (req, res) => {
    try {
      const version = await readGraphVersion(db);
      if (kept?.version !== version) {
        kept = { version, document: withVocabulary(document, await readVocabulary(db)) };
      }
      res.json(kept.document);
    } catch (error) {
      // Without Neo4j the document is still served, only without the graph's vocabularies.
      req.log.warn({ err: error }, 'OpenAPI document served without the vocabularies');
      res.json(document);
    }
  });
  // Swagger UI loads its settings from this file; ours points it at the document above.
  router.get('/docs/swagger-initializer.js', (_req, res) => {
    res
      .type('application/javascript')
      .send(
        "window.onload = () => { window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null }); };",
      );
  });
  router.use('/docs', express.static(getAbsoluteFSPath(), { index: 'index.html' }));
  return router;
}
