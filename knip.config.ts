// The unused-code finder run by `npm run lint`: files nothing reaches, exports nobody imports, and
// dependencies the code does not use (or uses without declaring).
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  // npm scripts are entries too (server/main.ts, the seed and fetch commands, bench/run.ts).
  entry: [
    // Started as worker threads by path (metrics-thread.ts, forceatlas2-job.ts), not imported.
    'server/services/metrics/metrics-worker.ts',
    'server/layout/forceatlas2-worker.ts',
    'client/index.html',
    'bench/client-cli.ts',
    'bench/client/bare.html',
    'bench/client/bare.ts',
  ],
  project: ['contract/**/*.ts', 'server/**/*.ts', 'client/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
  // Types are the contract's documentation of each answer: exported for clients even where the server
  // only needs the schema.
  ignoreExportsUsedInFile: true,
  // Maven resolves Neo4j's jars (server/neo4j/jars.ts); .ci/run installs it from Debian.
  ignoreBinaries: ['mvn'],
  // The logger's development transport, loaded by name (server/logger.ts).
  ignoreDependencies: ['pino-pretty'],
};

export default config;
