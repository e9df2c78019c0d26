/**
 * Finds the Neo4j to use: the one NEO4J_URI names, else the project's own local server (already running
 * for another process of ours, or started now).
 */
import type { Logger } from 'pino';

import type { Config } from '../config.js';
import { LocalNeo4j, type RunningNeo4j } from './local-server.js';

export interface FoundNeo4j {
  neo4j: RunningNeo4j;
  /** Set when this process runs the server itself: prepared, not yet started. */
  local: LocalNeo4j | null;
}

/** Where Neo4j is, without starting it: the caller starts `local` when there is one. */
export async function findNeo4j(config: Config, projectDir: string, logger: Logger): Promise<FoundNeo4j> {
  if (config.NEO4J_URI) {
    logger.info(`Using the Neo4j at ${config.NEO4J_URI}`);
    return {
      neo4j: {
        uri: config.NEO4J_URI,
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD ?? '',
        stop: () => Promise.resolve(),
      },
      local: null,
    };
  }
  const instance = { projectDir, instance: config.NEO4J_INSTANCE };
  const running = LocalNeo4j.running(instance);
  if (running) {
    logger.info(`Using the project's Neo4j already running at ${running.uri}`);
    return { neo4j: running, local: null };
  }
  const local = await LocalNeo4j.prepare({ ...instance, heap: config.NEO4J_HEAP, logger });
  return { neo4j: local, local };
}
