/**
 * The benchmark's own Neo4j: a fresh, ephemeral instance of the project's local server per data set
 * (`bench-<pid>-<label>`), so that each import starts from an empty store, as a first import does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { pino } from 'pino';

import { CypherLibrary } from '../server/db/cypher-library.js';
import { Database } from '../server/db/database.js';
import { applySchema } from '../server/db/schema.js';
import { LocalNeo4j } from '../server/neo4j/local-server.js';
import { CYPHER_DIR, PROJECT_DIR } from '../server/runtime.js';

export interface BenchDatabase {
  db: Database;
  server: LocalNeo4j;
  /** CPU time (user + system) the Neo4j JVM has used so far, in milliseconds. */
  cpuMs(): number;
  dispose(): Promise<void>;
}

export async function startBenchDatabase(
  label: string,
  memory: { heap: string; pageCache: string },
): Promise<BenchDatabase> {
  const instance = `bench-${process.pid}-${label}`;
  const server = await LocalNeo4j.start({
    projectDir: PROJECT_DIR,
    instance,
    ephemeral: true,
    heap: memory.heap,
    pageCache: memory.pageCache,
    logger: pino({ level: 'warn' }),
  });
  const db = Database.connect(
    {
      uri: server.uri,
      user: server.user,
      password: server.password,
      database: 'neo4j',
      queryTimeoutMs: 30_000,
    },
    CypherLibrary.load(CYPHER_DIR),
  );
  await applySchema(db);
  const { javaPid } = JSON.parse(
    readFileSync(path.join(PROJECT_DIR, '.neo4j', instance, 'running.json'), 'utf8'),
  ) as { javaPid: number };
  return {
    db,
    server,
    cpuMs: () => processCpuMs(javaPid),
    dispose: async () => {
      await db.close();
      await server.dispose();
    },
  };
}

/** utime + stime of a process, from /proc (Linux); NaN elsewhere. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticksPerSecond = 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

/** CPU time of this Node process, in milliseconds. */
export function nodeCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
