/**
 * API routes as declarations: method, path, zod schemas of the input and the answer, and a handler that
 * receives the parsed input and must return what the answer's schema describes. The same declarations
 * mount the Express routes and generate the OpenAPI document, so neither the documentation nor the
 * answers can drift from the schemas. Errors are thrown (`HttpProblem`), never written by a handler.
 */
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { z } from 'zod';

import { HttpProblem } from './problem.js';
import { parseRequest } from './validate.js';

type Schema = z.ZodType;
type Input<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<Q, P, B> {
  query: Input<Q>;
  params: Input<P>;
  body: Input<B>;
}

/** A file to download instead of a JSON answer. */
export interface Download {
  fileName: string;
  mediaType: string;
  body: string;
}

/** The answer a route's handler returns: what its schema parses, or a download. */
export type Answer<R> = R extends Schema ? z.input<R> : Download;

/**
 * A route that answers a file: each media type it may have, with the schema of its body for the
 * documentation (`z.string()` for text formats, the parsed shape for a JSON file).
 */
export interface DownloadResponse {
  mediaTypes: Record<string, Schema>;
}

export interface ApiRoute<
  Q extends Schema | undefined = Schema | undefined,
  P extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | DownloadResponse = Schema | DownloadResponse,
> {
  method: 'get' | 'post';
  /** Express syntax (`/institutions/:id`), under `/api`. */
  path: string;
  /** Groups the route in the documentation. */
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  params?: P;
  body?: B;
  /** The JSON answer of a 200, or the media types of a download. */
  response: R;
  /** Error statuses of this route beyond the ones every route has (400, 404, 503), with what they mean. */
  problems?: Record<number, string>;
  /**
   * Concrete paths of this route's template documented on their own, each with its exact body (the named
   * queries, whose parameters differ from one to the next), instead of the template. Express serves them
   * through the template.
   */
  variants?: { path: string; summary: string; body: Schema }[];
  /** The body of this route's problems, when it adds members to RFC 9457's (the console's reason). */
  problemSchema?: Schema;
  /**
   * Refuses a request before its body is read (throws an `HttpProblem`): who may call the route. `res`
   * is there for the refusal's headers (`WWW-Authenticate`).
   */
  authorize?: (req: Request, res: Response) => void;
  /** The largest JSON body this route reads (default `DEFAULT_BODY_LIMIT_BYTES`); larger ones get 413. */
  bodyLimitBytes?: number;
  /** `res` is there for headers (Server-Timing); the answer is returned, never written. */
  handle(input: RouteInput<Q, P, B>, req: Request, res: Response): Promise<Answer<R>>;
}

/** Keeps the schemas' types flowing into the handler's input and out of its answer. */
export function defineRoute<
  R extends Schema | DownloadResponse,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(route: ApiRoute<Q, P, B, R>): ApiRoute {
  return route;
}

/** The JSON body every route with a body may send, unless it declares more. */
export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;

/** `102400` → `100 kB`, `2097152` → `2 MB`, for the documentation and the problems. */
export function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} kB`;
}

export function mountRoutes(router: Router, routes: ApiRoute[]): void {
  for (const route of routes) {
    const before: RequestHandler[] = [];
    // Who may call the route is settled before its body is read: a refused client sends no megabytes.
    const { authorize } = route;
    if (authorize) {
      before.push((req, res, next) => {
        authorize(req, res);
        next();
      });
    }
    // Each route reads its own body, so one route may take more than the others.
    if (route.body) before.push(jsonBody(route));
    router[route.method](route.path, ...before, async (req: Request, res: Response) => {
      if (route.body && hasBody(req) && !req.is('application/json')) {
        throw new HttpProblem(
          415,
          'Unsupported media type',
          `The body of ${route.method.toUpperCase()} /api${route.path} must be application/json.`,
        );
      }
      const input = {
        query: route.query ? parseRequest(req, 'query', route.query) : undefined,
        params: route.params ? parseRequest(req, 'path', route.params) : undefined,
        body: route.body ? parseRequest(req, 'body', route.body) : undefined,
      };
      const answer = await route.handle(input, req, res);
      if (isDownload(route.response)) {
        const file = answer as Download;
        res
          .status(200)
          .type(file.mediaType)
          .setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
          .send(file.body);
      } else {
        res.json(answer);
      }
    });
  }
}

/** The route's JSON body parser; a body over its limit is a 413 that says the limit. */
function jsonBody(route: ApiRoute): RequestHandler {
  const limit = route.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const parse = express.json({ limit });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if ((error as { status?: number } | undefined)?.status !== 413) return next(error);
      next(
        new HttpProblem(
          413,
          'Body too large',
          `The body of ${route.method.toUpperCase()} /api${route.path} may be at most ${describeBytes(limit)}.`,
        ),
      );
    });
}

/**
 * Methods a path does not declare answer 405 with `Allow` (RFC 9110), OPTIONS answers 204 with it:
 * mounted after every route, so they only see what no route took. HEAD comes with GET.
 */
export function mountMethodNotAllowed(router: Router, routes: ApiRoute[]): void {
  const methods = new Map<string, Set<string>>();
  for (const route of routes) {
    const declared = methods.get(route.path) ?? new Set<string>();
    declared.add(route.method.toUpperCase());
    if (route.method === 'get') declared.add('HEAD');
    methods.set(route.path, declared);
  }
  for (const [path, declared] of methods) {
    const allow = [...declared, 'OPTIONS'].join(', ');
    router.all(path, methodNotAllowed(allow, path));
  }
}

export function methodNotAllowed(allow: string, path: string): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Allow', allow);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next(
      new HttpProblem(
        405,
        'Method not allowed',
        `${req.method} is not a method of /api${path}; it answers ${allow}.`,
      ),
    );
  };
}

/** A request with a body (a length above zero, or a chunked one). */
function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

export function isDownload(response: Schema | DownloadResponse): response is DownloadResponse {
  return 'mediaTypes' in response;
}
