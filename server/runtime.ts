/**
 * What the app and the command-line tools share: the project's folders, and opening the database
 * (finding or starting Neo4j, connecting, applying the schema) with one way to close it all again.
 */
import path from 'node:path';

import type { Logger } from 'pino';

import { poolOptions, type Config } from './config.js';
import type { Availability } from './db/availability.js';
import { CypherLibrary } from './db/cypher-library.js';
import { Database } from './db/database.js';
import { applySchema } from './db/schema.js';
import { findNeo4j } from './neo4j/connect.js';
import type { LocalNeo4j, RunningNeo4j } from './neo4j/local-server.js';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..');
export const CYPHER_DIR = path.join(PROJECT_DIR, 'cypher');
export const CLIENT_DIR = path.join(PROJECT_DIR, 'dist', 'client');

/** The database cannot be opened for a reason the user can fix; the message says how. */
export class StartError extends Error {
  override name = 'StartError';
}

export interface OpenDatabase {
  db: Database;
  close: () => Promise<void>;
  /** The project's own Neo4j when this process runs it: not another process's, nor NEO4J_URI's. */
  local: LocalNeo4j | null;
}

/** The query layer over a Neo4j that has been found (not yet known to answer). */
export function connectDatabase(config: Config, neo4j: RunningNeo4j, availability?: Availability): Database {
  return Database.connect(
    {
      uri: neo4j.uri,
      user: neo4j.user,
      password: neo4j.password,
      database: config.NEO4J_DATABASE,
      queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      pool: poolOptions(config),
    },
    CypherLibrary.load(CYPHER_DIR),
    availability,
  );
}

/** For the command-line tools: Neo4j found or started, connected, with the schema applied. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const { neo4j, local } = await findNeo4j(config, PROJECT_DIR, logger);
  await local?.start();
  const db = connectDatabase(config, neo4j);
  const close = async (): Promise<void> => {
    await db.close();
    await neo4j.stop();
  };
  try {
    await waitForConnectivity(db, neo4j.uri, config.NEO4J_CONNECT_TIMEOUT_MS, logger);
    await applySchema(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, close, local };
}

/**
 * A Neo4j started beside us (docker compose) may still be booting: wait for it, saying so (and, for the
 * app, telling `availability`, which health reports). Gives up after `timeoutMs` (0: one try).
 */
export async function waitForConnectivity(
  db: Database,
  uri: string,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await db.driver.verifyConnectivity({ database: db.name });
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Security')) {
        throw new StartError(`Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.`);
      }
      if (Date.now() - started >= timeoutMs) {
        throw new StartError(
          `Neo4j at ${uri} did not answer within ${timeoutMs / 1000} s (${(error as Error).message}): ` +
            "start it, correct NEO4J_URI, or unset NEO4J_URI to use the project's own Neo4j.",
        );
      }
      if (attempt === 0) logger.warn({ err: error }, `Neo4j at ${uri} does not answer yet.`);
      logger.info(`Waiting for Neo4j at ${uri}…`);
      db.availability.set({
        state: 'unreachable',
        reason: `it does not answer yet; the app keeps trying for ${Math.round(timeoutMs / 1000)} s after its start.`,
        retryAfterSeconds: 2,
      });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}
