/**
 * Starts one real Neo4j for the test run, with an empty database, and stops it at the end — also when
 * tests fail. Test files reach it through `inject('neo4j')`.
 */
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';

import { LocalNeo4j } from '../../server/neo4j/local-server.js';
import { PROJECT_DIR } from '../../server/runtime.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function startNeo4j(project: TestProject): Promise<() => Promise<void>> {
  const logger = pino({ level: 'info' }, pino.destination(2));
  const server = await LocalNeo4j.start({
    projectDir: PROJECT_DIR,
    instance: `test-${process.pid}`,
    ephemeral: true,
    logger,
  });
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password });
  return () => server.dispose();
}
