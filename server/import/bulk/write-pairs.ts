/**
 * Writes the COOPERATES_WITH edges gathered from new agreements (pairs.ts), a batch of edges per
 * transaction, up to `concurrency` transactions at once. A pair with an end that had no edge before is
 * created outright; the others are merged into the edge there (a union, so a batch written twice after an
 * interruption changes nothing the second time).
 */
import type { Database } from '../../db/database.js';
import { addCounters, type ImportCounters } from '../importer.js';
import type { CooperationPair, CooperationPairs } from './pairs.js';
import { TaskPool } from './pool.js';
import { MemoryLimitError, writeTransaction } from './transaction.js';

export interface PairWriteOptions {
  /** Edges per transaction. */
  batchSize: number;
  concurrency: number;
  onBatch?: (done: number, total: number) => void;
  onRetry?: () => void;
}

export interface PairWriteOutcome extends ImportCounters {
  edges: number;
  transactions: number;
}

/** Institutions looked up per query when asking which already cooperate. */
const LOOKUP_BATCH = 10_000;

export async function writeCooperationPairs(
  db: Database,
  pairs: CooperationPairs,
  { batchSize, concurrency, onBatch, onRetry }: PairWriteOptions,
): Promise<PairWriteOutcome> {
  const outcome: PairWriteOutcome = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    edges: 0,
    transactions: 0,
  };
  if (pairs.pairs === 0) return outcome;
  const connected = await cooperating(db, pairs.institutions());
  const { count: total, batches } = pairs.edges(batchSize);

  const write = async (rows: CooperationPair[]): Promise<void> => {
    const fresh = rows.filter((row) => !connected.has(row.a) || !connected.has(row.b));
    const known = rows.filter((row) => connected.has(row.a) && connected.has(row.b));
    let updates: ImportCounters;
    try {
      updates = await writeTransaction(
        db,
        async (tx) => {
          const attempt = {
            nodesCreated: 0,
            nodesDeleted: 0,
            relationshipsCreated: 0,
            relationshipsDeleted: 0,
          };
          for (const [statement, batch] of [
            ['import/bulk/create-cooperation-edges', fresh],
            ['import/bulk/merge-cooperation-edges', known],
          ] as const) {
            if (batch.length === 0) continue;
            const result = await tx.run(db.cypher.get(statement), { rows: batch });
            addCounters(attempt, result.summary.counters.updates());
          }
          return attempt;
        },
        onRetry,
      );
    } catch (error) {
      if (!(error instanceof MemoryLimitError) || rows.length === 1) throw error;
      await write(rows.slice(0, rows.length >> 1));
      await write(rows.slice(rows.length >> 1));
      return;
    }
    addCounters(outcome, updates);
    outcome.transactions += 1;
    outcome.edges += rows.length;
    onBatch?.(outcome.edges, total);
  };

  const pool = new TaskPool(concurrency);
  for (const batch of batches) await pool.run(() => write(batch));
  await pool.drain();
  return outcome;
}

/** The institutions of `ids` that already have a COOPERATES_WITH edge. */
async function cooperating(db: Database, ids: readonly string[]): Promise<Set<string>> {
  const connected = new Set<string>();
  for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
    const rows = await db.read('import/bulk/cooperating-institutions', {
      ids: ids.slice(start, start + LOOKUP_BATCH),
    });
    for (const row of rows) connected.add(row.id as string);
  }
  return connected;
}
