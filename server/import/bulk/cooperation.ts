/**
 * The derived COOPERATES_WITH edges, rebuilt in bulk only around what an import changed: the agreement
 * batches mark the institutions whose edges change (`:CooperationStale`, committed with the batch), and
 * this rebuilds the edges of the marked institutions, a batch of them per transaction, with up to
 * `concurrency` transactions at once. The seed's global rebuild (cypher/import/cooperation-edges.cypher)
 * reads every agreement in one transaction, which a large graph cannot afford.
 *
 * A batch too large for a transaction's memory (db.memory.transaction.max) is split in halves; a single
 * hub too large for one is rebuilt a range of its partners at a time.
 *
 * Marks outlive an interrupted import, so running this again (or any later import) finishes the work.
 */
import neo4j from 'neo4j-driver';

import type { Database } from '../../db/database.js';
import { addCounters, type ImportCounters } from '../importer.js';
import { TaskPool } from './pool.js';
import { MemoryLimitError, writeTransaction } from './transaction.js';

/**
 * Institutions party to more agreements than this are hubs, whose edges do not fit in one transaction's
 * memory: they are rebuilt so many partners at a time.
 */
const HUB = { agreements: 2_000, partnersPerTransaction: 2_000 };

export interface CooperationOptions {
  /** Party links (institution to agreement) the institutions of one transaction may have in all. */
  batchSize: number;
  concurrency: number;
  onBatch?: (done: number, total: number) => void;
  onRetry?: () => void;
  /** Above how many agreements an institution is rebuilt as a hub, and how many partners at a time. */
  hub?: { agreements: number; partnersPerTransaction: number };
}

export interface CooperationOutcome extends ImportCounters {
  institutions: number;
  transactions: number;
}

export async function rebuildStaleCooperation(
  db: Database,
  { batchSize, concurrency, onBatch, onRetry, hub = HUB }: CooperationOptions,
): Promise<CooperationOutcome> {
  const stale = (await db.read('import/bulk/stale-institutions')) as { id: string; agreements: number }[];
  const outcome: CooperationOutcome = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    institutions: 0,
    transactions: 0,
  };
  const count = (updates: Record<string, number>, institutions: number): void => {
    addCounters(outcome, updates);
    outcome.institutions += institutions;
    outcome.transactions += 1;
    if (institutions > 0) onBatch?.(outcome.institutions, stale.length);
  };
  const write = (statement: string, parameters: Record<string, unknown>) =>
    writeTransaction(
      db,
      async (tx) => (await tx.run(db.cypher.get(statement), parameters)).summary.counters.updates(),
      onRetry,
    );

  /** A hub too large for one transaction: its edges a range of partners at a time, then the clean-up. */
  const rebuildHub = async (id: string): Promise<void> => {
    const partners = (await db.read('import/bulk/cooperation-partners', { id })).map(
      (row) => row.id as string,
    );
    const range = async (slice: string[]): Promise<void> => {
      try {
        count(
          await write('import/bulk/cooperation-edges-range', { id, from: slice[0], to: slice.at(-1) }),
          0,
        );
      } catch (error) {
        if (!(error instanceof MemoryLimitError) || slice.length === 1) throw error;
        await range(slice.slice(0, slice.length >> 1));
        await range(slice.slice(slice.length >> 1));
      }
    };
    for (let start = 0; start < partners.length; start += hub.partnersPerTransaction) {
      await range(partners.slice(start, start + hub.partnersPerTransaction));
    }
    count(
      await write('import/bulk/cooperation-edges-finish', { id, partners: neo4j.int(partners.length) }),
      1,
    );
  };

  /** One transaction, or halves of it when it needs more memory than a transaction may take. */
  const rebuild = async (batch: string[]): Promise<void> => {
    let updates: Record<string, number>;
    try {
      updates = await write('import/bulk/cooperation-edges', { ids: batch });
    } catch (error) {
      if (!(error instanceof MemoryLimitError)) throw error;
      if (batch.length === 1) return rebuildHub(batch[0]!);
      await rebuild(batch.slice(0, batch.length >> 1));
      await rebuild(batch.slice(batch.length >> 1));
      return;
    }
    count(updates, batch.length);
  };
  // Batches of about the same work: as many institutions as make `batchSize` party links together.
  const pool = new TaskPool(concurrency);
  let batch: string[] = [];
  let links = 0;
  for (const { id, agreements } of stale) {
    if (agreements > hub.agreements) {
      await pool.run(() => rebuildHub(id));
      continue;
    }
    batch.push(id);
    links += agreements;
    if (links >= batchSize) {
      const full = batch;
      await pool.run(() => rebuild(full));
      [batch, links] = [[], 0];
    }
  }
  if (batch.length > 0) await pool.run(() => rebuild(batch));
  await pool.drain();
  return outcome;
}
