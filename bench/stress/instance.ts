/**
 * The Neo4j instance the stressed app runs (`NEO4J_INSTANCE=stress`, `.neo4j/stress/`), seen from outside
 * as an operator sees it: the JVM's pid and Bolt port in `running.json`, the password file, and a
 * read-only driver for the checks the API cannot make (agreements without their edges, exact counts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import neo4j, { type Driver } from 'neo4j-driver';

import { PROJECT_DIR } from '../../server/runtime.js';

export const INSTANCE = 'stress';
export const INSTANCE_DIR = path.join(PROJECT_DIR, '.neo4j', INSTANCE);

export interface RunningInstance {
  boltPort: number;
  javaPid: number;
}

/** What `running.json` says (written once Neo4j answers, removed when it stops cleanly), or null. */
export function runningInstance(): RunningInstance | null {
  const file = path.join(INSTANCE_DIR, 'running.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RunningInstance;
  } catch {
    // Being rewritten by a restart.
    return null;
  }
}

/** The parent of a process, from /proc (Linux), or null when it is gone. */
function parentOf(pid: number): number | null {
  try {
    // The command name, in parentheses, may hold spaces: fields start after its closing one.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** Whether `ancestor` started `pid`, directly or through its children (the app → guard → JVM). */
export function descendsFrom(pid: number, ancestor: number): boolean {
  for (let current: number | null = pid, hops = 0; current && current > 1 && hops < 10; hops += 1) {
    current = parentOf(current);
    if (current === ancestor) return true;
  }
  return false;
}

/** A driver on the instance's current Bolt port, for read-only checks; the caller closes it. */
export function instanceDriver(): Driver {
  const running = runningInstance();
  if (!running) throw new Error(`Neo4j (${INSTANCE}) is not running: no ${INSTANCE_DIR}/running.json`);
  const password = readFileSync(path.join(INSTANCE_DIR, 'password'), 'utf8').trim();
  return neo4j.driver(`bolt://127.0.0.1:${running.boltPort}`, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 5_000,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** One read-only statement in a READ transaction; its rows as plain objects (integers as numbers). */
export async function readRows(
  driver: Driver,
  statement: string,
  parameters: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(statement, parameters), { timeout: 60_000 });
    return result.records.map((record) => {
      const row = record.toObject() as Record<string, unknown>;
      for (const [key, value] of Object.entries(row)) if (neo4j.isInt(value)) row[key] = value.toNumber();
      return row;
    });
  } finally {
    await session.close();
  }
}

/** Every node and relationship (Neo4j's count store: no scan), for "is the data all still there". */
export async function storeTotals(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await readRows(driver, 'MATCH (n) RETURN count(n) AS count');
  const [relationships] = await readRows(driver, 'MATCH ()-[r]->() RETURN count(r) AS count');
  return { nodes: Number(nodes?.count), relationships: Number(relationships?.count) };
}
