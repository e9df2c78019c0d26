/**
 * API routes as declarations: method, path, zod schemas of the input and the answer, and a handler that
 * receives the parsed input. The same declarations mount the Express routes and generate the OpenAPI
 * document, so the documentation cannot drift from what the server accepts.
 */
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';

import { parseRequest } from './validate.js';

type Schema = z.ZodType;
type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<Q, P, B> {
  query: Output<Q>;
  params: Output<P>;
  body: Output<B>;
}

export interface ApiRoute<
  Q extends Schema | undefined = Schema | undefined,
  P extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
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
  response: Schema | { mediaTypes: string[] };
  /** Returns the JSON answer, or writes the response itself and returns nothing. */
  handle(input: RouteInput<Q, P, B>, req: Request, res: Response): Promise<unknown>;
}

/** Keeps the schemas' types flowing into the handler's input. */
export function defineRoute<
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(route: ApiRoute<Q, P, B>): ApiRoute {
  return route;
}

export function mountRoutes(router: Router, routes: ApiRoute[]): void {
  for (const route of routes) {
    router[route.method](route.path, async (req, res) => {
      const input = {
        query: route.query ? parseRequest(req, 'query', route.query) : undefined,
        params: route.params ? parseRequest(req, 'path', route.params) : undefined,
        body: route.body ? parseRequest(req, 'body', route.body) : undefined,
      };
      const answer = await route.handle(input, req, res);
      if (!res.headersSent) res.json(answer);
    });
  }
}
