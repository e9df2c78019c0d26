/** `npm run neo4j:fetch`: downloads the local Neo4j's jars ahead of time (CI, or before going offline). */
import path from 'node:path';

import { createLogger } from '../logger.js';
import { PROJECT_DIR } from '../runtime.js';
import { ensureNeo4jJars } from './jars.js';
import { checkJava } from './toolchain.js';

try {
  checkJava();
  await ensureNeo4jJars(
    path.join(PROJECT_DIR, 'neo4j', 'pom.xml'),
    path.join(PROJECT_DIR, '.neo4j'),
    createLogger('info'),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
