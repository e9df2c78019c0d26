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

import { allowedHostsSetting } from './config.js';
import type { Database } from './db/database.js';
import { documentationRoutes, openApiDocument } from './http/openapi.js';
import { notFoundHandler, problemHandler } from './http/problem.js';
import { methodNotAllowed, mountMethodNotAllowed, mountRoutes, type ApiRoute } from './http/route.js';
import { hostAllowlist, securityHeaders } from './http/security.js';
import { agreementRoutes } from './routes/agreements.js';
import { cypherRoutes } from './routes/cypher.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { institutionRoutes } from './routes/institutions.js';
import { networkRoutes } from './routes/network.js';
import { pathRoutes } from './routes/paths.js';
import { queryRoutes } from './routes/queries.js';
import { searchRoutes } from './routes/search.js';
import { statsRoutes } from './routes/stats.js';

const API_VERSION = '0.1.0';

/** Every route of the API, in the order the documentation lists them. */
export function apiRoutes(db: Database): ApiRoute[] {
  return [
    ...healthRoutes(db),
    ...networkRoutes(db),
    ...exportRoutes(db),
    ...statsRoutes(db),
    ...searchRoutes(db),
    ...institutionRoutes(db),
    ...agreementRoutes(db),
    ...pathRoutes(db),
    ...queryRoutes(db),
    ...cypherRoutes(db),
  ];
}

export interface AppDependencies {
  db: Database;
  logger: Logger;
  /** The built client (`dist/client`); when absent the API still runs and / says how to build it. */
  clientDir: string;
  /** Host names answered for (ALLOWED_HOSTS; loopback names by default). */
  allowedHosts?: string[];
}

export function createApp({ db, logger, clientDir, allowedHosts }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } }));
  app.use(securityHeaders());
  app.use(hostAllowlist(allowedHosts ?? allowedHostsSetting()));
  // JSON of a large network compresses about fivefold (a 10,000-institution page: 1.9 MB → 0.4 MB).
  app.use(compression());
  app.use(express.json({ limit: '100kb' }));

  const routes = apiRoutes(db);
  const api = express.Router();
  mountRoutes(api, routes);
  mountMethodNotAllowed(api, routes);
  api.use(documentationRoutes(db, openApiDocument(routes, API_VERSION)));
  api.all('/openapi.json', methodNotAllowed('GET, HEAD, OPTIONS', '/openapi.json'));
  api.use(notFoundHandler);
  app.use('/api', api);

  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('The client is not built: run `npm run build` (npm start does it for you).');
    });
  }
  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}
