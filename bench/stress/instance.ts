/**
 * The Neo4j instance the stressed app runs (`NEO4J_INSTANCE=stress`, `.neo4j/stress/`), seen from outside
 * as an operator sees it: the JVM's pid and Bolt port in `running.json`, and whose child the JVM is.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

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
