/**
 * `npm start`: one process that npm signals directly. It listens at once (the page, and 503s with the
 * reason while the database is not ready), builds the client when it is stale, finds or starts Neo4j,
 * applies the schema, seeds an empty database, then serves the API. The Neo4j it started is supervised
 * (server/neo4j/supervisor.ts): restarted when it crashes, with requests failing fast meanwhile. What the
 * graph derives is kept up to date (server/maintenance/): an interrupted import is healed, a layout that
 * does not fit the graph is computed again.
 *
 * On SIGTERM or Ctrl-C it drains: requests in flight get SHUTDOWN_GRACE_MS to finish, new ones a 503 with
 * `Connection: close`; then the driver closes and the Neo4j it started stops. Exit 0 after a clean stop,
 * 1 after a failed start (a taken port, a Neo4j that never answered within NEO4J_CONNECT_TIMEOUT_MS).
 *
 * `--no-build` (`npm run serve`) serves `dist/client` as it is, without checking whether it is stale.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { createApp, createStartingApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { Availability, Neo4jUnavailableError } from './db/availability.js';
import type { Database } from './db/database.js';
import { isUnavailable } from './http/problem.js';
import { HttpLifecycle } from './http/lifecycle.js';
import { applyServerTimeouts } from './http/server-timeouts.js';
import { refreshReference, seedIfEmpty } from './import/seed.js';
import { createLogger } from './logger.js';
import { applySchema } from './db/schema.js';
import { findNeo4j } from './neo4j/connect.js';
import type { RunningNeo4j } from './neo4j/local-server.js';
import { GraphMaintainer } from './maintenance/maintainer.js';
import { Neo4jSupervisor } from './neo4j/supervisor.js';
import { CLIENT_DIR, connectDatabase, PROJECT_DIR, StartError, waitForConnectivity } from './runtime.js';
import { describeImportAccess, importAccess } from './services/import/index.js';
import { buildClientIfStale } from './tools/build-client.js';

/** What has been opened so far, so a stop at any moment closes exactly that. */
interface Opened {
  neo4j: RunningNeo4j | null;
  db: Database | null;
  supervisor: Neo4jSupervisor | null;
  maintainer: GraphMaintainer | null;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const availability = new Availability({
    state: 'starting',
    reason: 'the app is starting it.',
    retryAfterSeconds: 5,
  });
  const opened: Opened = { neo4j: null, db: null, supervisor: null, maintainer: null };
  const http = new HttpLifecycle(createStartingApp({ availability, logger, clientDir: CLIENT_DIR }));

  let stopping = false;
  /** Closes what was opened; the exit code tells a supervisor whether this was a failure. */
  const stop = async (reason: string, exitCode: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info(`${reason}: shutting down…`);
    let code = exitCode;
    try {
      const cut = await http.drain(config.SHUTDOWN_GRACE_MS);
      if (cut > 0) {
        logger.warn(`${cut} request(s) still running after SHUTDOWN_GRACE_MS were cut off.`);
      }
      opened.maintainer?.stop();
      opened.supervisor?.stop();
      await opened.db?.close();
      await opened.neo4j?.stop();
      logger.info('Stopped.');
    } catch (error) {
      logger.error({ err: error }, 'Could not stop cleanly.');
      code = code || 1;
    }
    process.exit(code);
  };
  const fail = (error: unknown): void => {
    if (stopping) return;
    // Errors that name their fix are shown as they are; anything else with its stack, for a bug report.
    console.error(error instanceof StartError ? error.message : error);
    void stop('start failed', 1);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn(`${signal} again: exiting without waiting.`);
        process.exit(1);
      }
      void stop(signal, 0);
    });
  }

  applyServerTimeouts(http.server);
  http.server.on('error', (error) => {
    logger.error(
      `Cannot listen on ${config.HOST}:${config.PORT}: ${error.message}. Set PORT to a free port.`,
    );
    void stop('listen error', 1);
  });
  http.server.listen(config.PORT, config.HOST, () => {
    const { port } = http.server.address() as AddressInfo;
    logger.info(`Listening on http://${config.HOST}:${port}; the API answers 503 until Neo4j is ready.`);
  });

  const building = process.argv.includes('--no-build')
    ? Promise.resolve()
    : buildClientIfStale((message) => logger.info(message));
  building.catch(fail);

  try {
    const db = await openDatabase(config, logger, availability, opened, () => stopping);
    if (!db) return;
    await building;
    if (stopping) return;
    const imports = importAccess(config);
    http.use(createApp({ db, logger, clientDir: CLIENT_DIR, imports }));
    logger.info(describeImportAccess(imports, config.HOST));
    opened.maintainer = new GraphMaintainer({ db, logger });
    opened.maintainer.start();
    const address = http.server.address() as AddressInfo | null;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    logger.info(
      `The cooperation graph is served at http://${config.HOST}:${address?.port ?? config.PORT} (ready in ${seconds} s)`,
    );
  } catch (error) {
    fail(error);
  }
}

/**
 * Finds or starts Neo4j and waits for its first answer, then applies the schema and seeds it; a Neo4j
 * lost meanwhile is waited for and the work done again. Returns null when the app stops first.
 */
async function openDatabase(
  config: Config,
  logger: ReturnType<typeof createLogger>,
  availability: Availability,
  opened: Opened,
  stopping: () => boolean,
): Promise<Database | null> {
  const { neo4j, local } = await findNeo4j(config, PROJECT_DIR, logger);
  opened.neo4j = neo4j;
  if (stopping()) return null;
  const db = connectDatabase(config, neo4j, availability);
  opened.db = db;
  if (local) {
    availability.set({ state: 'starting', reason: 'it is starting.', retryAfterSeconds: 5 });
    await local.start();
  } else {
    await waitForConnectivity(db, neo4j.uri, config.NEO4J_CONNECT_TIMEOUT_MS, logger);
  }
  if (stopping()) return null;
  availability.up();
  const supervisor = new Neo4jSupervisor({ db, logger, local });
  opened.supervisor = supervisor;
  supervisor.start();
  for (;;) {
    try {
      await applySchema(db);
      const seedFile = path.resolve(PROJECT_DIR, config.SEED_FILE);
      await seedIfEmpty(db, seedFile, logger);
      await refreshReference(db, path.resolve(PROJECT_DIR, config.REFERENCE_DIR), seedFile, logger);
      return db;
    } catch (error) {
      if (stopping()) return null;
      if (!isUnavailable(error) && !(error instanceof Neo4jUnavailableError)) throw error;
      logger.warn({ err: error }, 'Neo4j went away while the app was starting; waiting for it.');
      await availability.whenUp();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof StartError ? error.message : error);
  process.exit(1);
});
