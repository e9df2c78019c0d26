/**
 * Builds the Express app from its dependencies, so the server and the tests start it the same way.
 * Routes live under /api; the built client is served at /.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

import type { Availability, AvailabilityState } from './db/availability.js';
import { allowedHostsSetting } from './config.js';
import type { Database } from './db/database.js';
import { documentationRoutes, openApiDocument } from './http/openapi.js';
import { HttpProblem, notFoundHandler, problemHandler } from './http/problem.js';
import { methodNotAllowed, mountMethodNotAllowed, mountRoutes, type ApiRoute } from './http/route.js';
import { hostAllowlist, securityHeaders } from './http/security.js';
import { agreementRoutes } from './routes/agreements.js';
import { cypherRoutes } from './routes/cypher.js';
import { exportRoutes } from './routes/export.js';
import { HealthUnavailable, healthRoutes } from './routes/health.js';
import { extractRoutes } from './routes/extract.js';
import { importRoutes } from './routes/import.js';
import { timelineRoutes } from './routes/timeline.js';
import { institutionRoutes } from './routes/institutions.js';
import { networkRoutes } from './routes/network.js';
import { pathRoutes } from './routes/paths.js';
import { queryRoutes } from './routes/queries.js';
import { searchRoutes } from './routes/search.js';
import { sourceRoutes } from './routes/sources.js';
import { statsRoutes } from './routes/stats.js';
import { IMPORTS_CLOSED, type ImportAccess } from './services/import/index.js';

const API_VERSION = '0.1.0';

/**
 * Every route of the API, in the order the documentation lists them. Without `imports` (listing the
 * routes for their documentation), imports are refused to everyone.
 */
export function apiRoutes(db: Database, imports: ImportAccess = IMPORTS_CLOSED): ApiRoute[] {
  return [
    ...healthRoutes(db),
    ...networkRoutes(db),
    ...exportRoutes(db),
    ...statsRoutes(db),
    ...timelineRoutes(db),
    ...searchRoutes(db),
    ...institutionRoutes(db),
    ...agreementRoutes(db),
    ...sourceRoutes(db),
    ...pathRoutes(db),
    ...queryRoutes(db),
    ...cypherRoutes(db),
    ...extractRoutes(db),
    ...importRoutes(db, imports),
  ];
}

export interface AppDependencies {
  db: Database;
  logger: Logger;
  /** The built client (`dist/client`); when absent the API still runs and / says how to build it. */
  clientDir: string;
  /** Host names answered for (ALLOWED_HOSTS; loopback names by default). */
  allowedHosts?: string[];
  /** Who may import over HTTP (IMPORT_TOKEN, and whether HOST is a loopback address). */
  imports: ImportAccess;
}

export function createApp({ db, logger, clientDir, allowedHosts, imports }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } }));
  app.use(securityHeaders());
  app.use(hostAllowlist(allowedHosts ?? allowedHostsSetting()));
  // JSON of a large network compresses about fivefold (a 10,000-institution page: 1.9 MB → 0.4 MB).
  app.use(compression());
  // JSON bodies are read by each route (http/route.ts): 100 kB, more where a route declares it.

  const routes = apiRoutes(db, imports);
  const api = express.Router();
  mountRoutes(api, routes);
  mountMethodNotAllowed(api, routes);
  api.use(documentationRoutes(db, openApiDocument(routes, API_VERSION)));
  api.all('/openapi.json', methodNotAllowed('GET, HEAD, OPTIONS', '/openapi.json'));
  api.use(notFoundHandler);
  app.use('/api', api);

  serveClient(app, clientDir);
  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}

/** The built client at /; while there is none (or it is being built), / says how to build it. */
function serveClient(app: Express, clientDir: string): void {
  app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
  app.get('/', (_req, res) => {
    if (existsSync(path.join(clientDir, 'index.html'))) {
      // Built since this request missed it: serve it now.
      return res.sendFile(path.join(clientDir, 'index.html'));
    }
    res.type('text/plain').send('The client is not built: run `npm run build` (npm start does it for you).');
  });
}

export interface StartingAppDependencies {
  availability: Availability;
  logger: Logger;
  clientDir: string;
  allowedHosts?: string[];
}

/**
 * What `npm start` answers before the database is ready (Neo4j starting or unreachable, the schema and
 * the seed being loaded): the page, and a 503 with the state and `Retry-After` for every API request.
 */
export function createStartingApp({
  availability,
  logger,
  clientDir,
  allowedHosts,
}: StartingAppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } }));
  app.use(securityHeaders());
  app.use(hostAllowlist(allowedHosts ?? allowedHostsSetting()));
  app.use(compression());
  app.use('/api', (req, _res, next) => {
    const current: AvailabilityState =
      availability.state.state === 'up'
        ? {
            state: 'starting',
            reason: 'the app is applying the schema and loading the seed.',
            retryAfterSeconds: 2,
          }
        : availability.state;
    next(req.path === '/health' ? new HealthUnavailable(current) : HttpProblem.neo4jAway(current));
  });
  serveClient(app, clientDir);
  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}
