/**
 * Every process `npm run stress` starts, so that all of them are stopped at the end: after each scenario,
 * after one that failed, and on Ctrl-C. Each child runs in a process group of its own, so a Ctrl-C in the
 * terminal reaches this script alone and the scenarios decide what each child gets and when (the app its
 * SIGTERM, the import its SIGKILL). A group holds what the child started too — `npm run seed` is npm → sh →
 * tsx → node, and the app's Neo4j guard and JVM stay in the app's group — so the last resort, a SIGKILL
 * to the group, leaves nothing behind. JVMs seen are also remembered by pid: one that outlives its app
 * is ended by that pid, and no other process is ever signalled.
 */
import type { ChildProcess } from 'node:child_process';

import { isProcessAlive } from '../../server/process-alive.js';
import { sleep } from './log.js';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Tracked {
  child: ChildProcess;
  name: string;
  /** SIGTERM to the whole group (npm run seed: npm alone may not pass it on) or to the child alone. */
  group: boolean;
}

/** How long a child may take to stop after SIGTERM (the app drains 10 s, then stops Neo4j). */
const STOP_GRACE_MS = 45_000;
/** How long a JVM may outlive its app: its guard stops it when the app's pipe closes. */
const JVM_GRACE_MS = 30_000;

export class Processes {
  private readonly tracked = new Set<Tracked>();
  private readonly jvms = new Set<number>();

  /**
   * Remembers `child` (spawned with `detached: true`) until it exits. The app is stopped as a user stops
   * it, by a SIGTERM to its pid: it stops its Neo4j itself after draining, which a SIGTERM to its group
   * (the guard stops the JVM at once) would spoil.
   */
  track(child: ChildProcess, name: string, group = false): void {
    const entry = { child, name, group };
    this.tracked.add(entry);
    child.once('exit', () => this.tracked.delete(entry));
  }

  /** A Neo4j JVM one of our children started (checked by its ancestry before it is passed here). */
  trackJvm(pid: number): void {
    this.jvms.add(pid);
  }

  /** SIGTERM, then SIGKILL to its whole group after `graceMs`; resolves with how it exited. */
  async stop(child: ChildProcess, graceMs = STOP_GRACE_MS): Promise<Exit> {
    const exit = exitOf(child);
    const group = [...this.tracked].some((entry) => entry.child === child && entry.group);
    if (!exited(child) && child.pid !== undefined) signal(group ? -child.pid : child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child), graceMs);
    const result = await exit;
    clearTimeout(timer);
    return result;
  }

  /** Stops every child still running and every JVM still alive; says what it had to do. */
  async stopAll(log: (message: string) => void): Promise<void> {
    await Promise.all(
      [...this.tracked].map(async ({ child, name }) => {
        log(`stopping ${name} (pid ${child.pid})…`);
        const exit = await this.stop(child);
        log(`  ${name} exited (${describeExit(exit)})`);
      }),
    );
    for (const pid of this.jvms) {
      if (!isProcessAlive(pid)) continue;
      log(`Neo4j JVM ${pid} outlived its app; waiting for it…`);
      if (await waitUntilGone(pid, JVM_GRACE_MS)) continue;
      log(`  killing Neo4j JVM ${pid}`);
      signal(pid, 'SIGKILL');
      await waitUntilGone(pid, 5_000);
    }
  }

  /** At exit, when nothing can be awaited any more: SIGKILL to whatever is left. */
  killAllNow(): void {
    for (const { child } of this.tracked) killGroup(child);
    for (const pid of this.jvms) signal(pid, 'SIGKILL');
  }
}

/** Resolves when `child` has exited (at once when it already has). */
export function exitOf(child: ChildProcess): Promise<Exit> {
  if (exited(child)) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, sig) => resolve({ code, signal: sig })));
}

export function describeExit(exit: Exit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** SIGKILL to the child's process group (its pid is the group's id: it was spawned detached). */
export function killGroup(child: ChildProcess): void {
  if (child.pid !== undefined) signal(-child.pid, 'SIGKILL');
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signal(pid: number | undefined, name: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}
