/**
 * The graph's write lease: whoever writes what the graph derives from its records (a bulk import's
 * edges, the stored layout, healing either after an interruption) holds it, so the app's upkeep
 * (server/maintenance/) never heals an import that is still running, and two writers of the layout never
 * overlap. It lives in the database, so it covers every process and machine that writes there.
 *
 * The holder renews it every few seconds. A holder that stops renewing for `ttlMs` is taken to be dead
 * (SIGKILLed, its machine lost); one on this machine whose process is gone is dead at once.
 *
 * A process holds the lease once however deeply its work nests (the import tool holds it for an import
 * and the layout after it; the bulk importer takes it too when called alone). Work that runs beside it in
 * the same process (an import over HTTP while the app's upkeep lays the network out) does not share it:
 * the database sees one owner per process, so that exclusion is kept here, per async flow.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

import neo4j from 'neo4j-driver';
import type { Logger } from 'pino';

import { recordToRow, type Database } from './database.js';
import { isProcessAlive } from '../process-alive.js';

/** What the graph is being written for, in the holder's own word. */
export type LeasePurpose = 'import' | 'layout' | 'healing' | 'seed';

export interface LeaseHolder {
  owner: string;
  host: string;
  pid: number;
  purpose: LeasePurpose;
  heldMs: number;
}

export interface LeaseOptions {
  logger?: Logger;
  /** Wait for a live holder to finish (the import tool), or throw `LeaseHeldError` at once (the app). */
  wait?: boolean;
  /** How long without a heartbeat makes a holder dead. */
  ttlMs?: number;
}

export const LEASE_TTL_MS = 30_000;
const HEARTBEAT_MS = 5_000;
const WAIT_POLL_MS = 2_000;

/** This process, as the lease names it. */
const SELF = { owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, host: hostname() };

export class LeaseHeldError extends Error {
  override name = 'LeaseHeldError';

  constructor(readonly holder: LeaseHolder) {
    super(`${describeHolder(holder)} is writing the graph`);
  }
}

export function describeHolder(holder: LeaseHolder): string {
  const minutes = Math.round(holder.heldMs / 60_000);
  return `the ${holder.purpose} of process ${holder.pid} on ${holder.host} (for ${minutes} min)`;
}

/** Whether a holder on this machine has exited, which its heartbeat would show only after `ttlMs`. */
export function isDeadHere(holder: Pick<LeaseHolder, 'host' | 'pid'>): boolean {
  return holder.host === SELF.host && holder.pid !== process.pid && !isProcessAlive(holder.pid);
}

/** The databases whose lease the current async flow holds: its nested calls hold it already. */
const holding = new AsyncLocalStorage<ReadonlySet<Database>>();

/** The flow of this process that holds each database's lease, and when it gives it back. */
const localHolder = new WeakMap<Database, { purpose: LeasePurpose; since: number; done: Promise<void> }>();

/** Runs `work` holding the lease, renewing it meanwhile, and gives it back afterwards. */
export async function withWriteLease<T>(
  db: Database,
  purpose: LeasePurpose,
  work: () => Promise<T>,
  options: LeaseOptions = {},
): Promise<T> {
  const held = holding.getStore();
  if (held?.has(db)) return work();
  const giveBack = await takeLocally(db, purpose, options);
  try {
    await acquire(db, purpose, options);
    const heartbeat = setInterval(() => void renew(db, options.logger), HEARTBEAT_MS);
    heartbeat.unref();
    try {
      return await holding.run(new Set([...(held ?? []), db]), work);
    } finally {
      clearInterval(heartbeat);
      await release(db, options.logger);
    }
  } finally {
    giveBack();
  }
}

/** Waits for (or, without `wait`, refuses) another flow of this process that holds the lease. */
async function takeLocally(db: Database, purpose: LeasePurpose, options: LeaseOptions): Promise<() => void> {
  for (let other = localHolder.get(db); other; other = localHolder.get(db)) {
    if (!options.wait) {
      throw new LeaseHeldError({
        ...SELF,
        pid: process.pid,
        purpose: other.purpose,
        heldMs: Date.now() - other.since,
      });
    }
    await other.done;
  }
  let giveBack = (): void => {};
  const done = new Promise<void>((resolve) => (giveBack = resolve));
  localHolder.set(db, { purpose, since: Date.now(), done });
  return () => {
    localHolder.delete(db);
    giveBack();
  };
}

async function acquire(db: Database, purpose: LeasePurpose, options: LeaseOptions): Promise<void> {
  let deadOwner: string | null = null;
  let waited = false;
  for (;;) {
    const holder = await tryAcquire(db, purpose, options.ttlMs ?? LEASE_TTL_MS, deadOwner);
    if (holder === null) {
      if (waited) options.logger?.info('The graph is free: going on.');
      return;
    }
    if (isDeadHere(holder)) {
      options.logger?.warn(`${describeHolder(holder)} ended without finishing: taking over.`);
      deadOwner = holder.owner;
      continue;
    }
    if (!options.wait) throw new LeaseHeldError(holder);
    if (!waited) options.logger?.info(`Waiting: ${describeHolder(holder)} is writing the graph…`);
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
  }
}

/** null when taken, else who holds it. */
async function tryAcquire(
  db: Database,
  purpose: LeasePurpose,
  ttlMs: number,
  deadOwner: string | null,
): Promise<LeaseHolder | null> {
  const row = await db.write(async (tx) => {
    const result = await tx.run(db.cypher.get('lease/acquire'), {
      owner: SELF.owner,
      host: SELF.host,
      pid: neo4j.int(process.pid),
      purpose,
      ttlMs: neo4j.int(ttlMs),
      deadOwner,
    });
    return recordToRow(result.records[0]!);
  });
  if (row.taken) return null;
  return {
    owner: row.owner as string,
    host: row.host as string,
    pid: row.pid as number,
    purpose: row.purpose as LeasePurpose,
    heldMs: row.heldMs as number,
  };
}

/** A lease not given back (Neo4j is away) is only in the way until its heartbeat is `ttlMs` old. */
async function release(db: Database, logger: Logger | undefined): Promise<void> {
  try {
    await db.write((tx) => tx.run(db.cypher.get('lease/release'), { owner: SELF.owner }));
  } catch (error) {
    logger?.warn({ err: error }, 'Could not give the graph write lease back; it expires by itself.');
  }
}

async function renew(db: Database, logger: Logger | undefined): Promise<void> {
  try {
    const renewed = await db.write(
      async (tx) => (await tx.run(db.cypher.get('lease/renew'), { owner: SELF.owner })).records,
    );
    if (renewed.length === 0) {
      logger?.error('The graph write lease was taken over: this process was judged dead.');
    }
  } catch (error) {
    // A missed heartbeat is harmless until `ttlMs`; the work itself reports a lost database.
    logger?.warn({ err: error }, 'Could not renew the graph write lease.');
  }
}
