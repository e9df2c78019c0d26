/**
 * `npm start`: opens the database (starting the project's own Neo4j when NEO4J_URI is unset), seeds it
 * when empty, serves the API and the client, and on Ctrl-C or SIGTERM closes everything it opened.
 */
import path from 'node:path';

import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { applyServerTimeouts } from './http/server-timeouts.js';
import { seedIfEmpty } from './import/seed.js';
import { createLogger } from './logger.js';
import { CLIENT_DIR, openDatabase, PROJECT_DIR, StartError } from './runtime.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();

  const { db, close } = await openDatabase(config, logger);
  let stopping = false;
  /** Closes what was opened; the exit code tells a supervisor whether this was a failure. */
  const stop = async (reason: string, exitCode: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info(`${reason}: shutting down…`);
    server.close();
    server.closeAllConnections();
    await close();
    logger.info('Stopped.');
    process.exit(exitCode);
  };

  try {
    await seedIfEmpty(db, path.resolve(PROJECT_DIR, config.SEED_FILE), logger);
  } catch (error) {
    await close();
    throw error;
  }
  const app = createApp({ db, logger, clientDir: CLIENT_DIR });
  const server = app.listen(config.PORT, config.HOST, () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    logger.info(
      `The cooperation graph is served at http://${config.HOST}:${config.PORT} (ready in ${seconds} s)`,
    );
  });
  applyServerTimeouts(server);
  server.on('error', (error) => {
    logger.error(
      `Cannot listen on ${config.HOST}:${config.PORT}: ${error.message}. Set PORT to a free port.`,
    );
    void stop('listen error', 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal, 0));
}

main().catch((error: unknown) => {
  // Errors that name their fix are shown as they are; anything else with its stack, for a bug report.
  console.error(error instanceof ConfigError || error instanceof StartError ? error.message : error);
  process.exit(1);
});
