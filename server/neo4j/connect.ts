/**
 * Finds the Neo4j to use: the one NEO4J_URI names, else the project's own local server (already running
 * for another process of ours, or started now).
 */
import type { Logger } from 'pino';

import type { Config } from '../config.js';
import { LocalNeo4j, type RunningNeo4j } from './local-server.js';

export async function resolveNeo4j(
  config: Config,
  projectDir: string,
  logger: Logger,
): Promise<RunningNeo4j> {
  if (config.NEO4J_URI) {
    logger.info(`Using the Neo4j at ${config.NEO4J_URI}`);
    return {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD ?? '',
      stop: () => Promise.resolve(),
    };
  }
  const instance = { projectDir, instance: 'default' };
  const running = LocalNeo4j.running(instance);
  if (running) {
    logger.info(`Using the project's Neo4j already running at ${running.uri}`);
    return running;
  }
  return LocalNeo4j.start({ ...instance, heap: config.NEO4J_HEAP, logger });
}
