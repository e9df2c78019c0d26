/**
 * Writes the COOPERATES_WITH edges gathered from new agreements (pairs.ts), a batch of edges per
 * transaction, up to `concurrency` transactions at once. A pair with an end that had no edge before is
 * created outright; the others are merged into the edge there (a union, so a batch written twice after an
 * interruption changes nothing the second time).
 *
 * The ends are found by element id, looked up once per institution: an index seek per end and edge (two
 * per edge, each with its lock) was a third of Neo4j's time here. Each batch goes as columns, naming each
 * end once: the driver spent more time packing a map per edge than Neo4j spent writing it. An element id
 * may be reused once its node is deleted, so each end's id is checked too, and a batch that misses an end
 * fails whole.
 */
import type { Database } from '../../db/database.js';
import { addCounters, type ImportCounters } from '../importer.js';
import type { CooperationPair, CooperationPairs } from './pairs.js';
import { TaskPool } from './pool.js';
import { Positions } from './positions.js';
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

/** Institutions looked up per query. */
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
  const ends = await lookUp(db, pairs.institutions());
  const { count: total, batches } = pairs.edges(batchSize);

  const write = async (pairRows: CooperationPair[]): Promise<void> => {
    // A pair whose ends both had edges before may have one already; any other pair cannot.
    const known: CooperationPair[] = [];
    const fresh: CooperationPair[] = [];
    for (const row of pairRows) {
      (ends.get(row.a)?.cooperating && ends.get(row.b)?.cooperating ? known : fresh).push(row);
    }
    const statements = (
      [
        ['import/bulk/create-cooperation-edges', fresh],
        ['import/bulk/merge-cooperation-edges', known],
      ] as const
    )
      .filter(([, rows]) => rows.length > 0)
      .map(([statement, rows]) => [statement, columns(rows, ends)] as const);
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
          for (const [statement, batch] of statements) {
            const result = await tx.run(db.cypher.get(statement), batch);
            const found = Number(result.records[0]?.get('found') ?? 0);
            if (found !== batch.refs.length) {
              throw new Error(
                `${batch.refs.length - found} institutions of COOPERATES_WITH edges were deleted or replaced while importing; import again`,
              );
            }
            addCounters(attempt, result.summary.counters.updates());
          }
          return attempt;
        },
        onRetry,
      );
    } catch (error) {
      if (!(error instanceof MemoryLimitError) || pairRows.length === 1) throw error;
      await write(pairRows.slice(0, pairRows.length >> 1));
      await write(pairRows.slice(pairRows.length >> 1));
      return;
    }
    addCounters(outcome, updates);
    outcome.transactions += 1;
    outcome.edges += pairRows.length;
    onBatch?.(outcome.edges, total);
  };

  const pool = new TaskPool(concurrency);
  for (const batch of batches) await pool.run(() => write(batch));
  await pool.drain();
  return outcome;
}

/** The parameters of create- and merge-cooperation-edges.cypher: the batch's edges as columns. */
interface EdgeColumns {
  refs: string[];
  ids: string[];
  first: number[];
  second: number[];
  agreementIds: string[][];
  domainSet: number[];
  domainSets: string[][];
}

function columns(pairRows: CooperationPair[], ends: Map<string, End>): EdgeColumns {
  const institutions = new Positions();
  const domainSets = new Positions();
  const edges = {
    first: [] as number[],
    second: [] as number[],
    agreementIds: [] as string[][],
    domainSet: [] as number[],
  };
  for (const row of pairRows) {
    edges.first.push(institutions.of(row.a));
    edges.second.push(institutions.of(row.b));
    edges.agreementIds.push(row.agreementIds);
    edges.domainSet.push(domainSets.of(row.domains.join('\u0000')));
  }
  return {
    // An institution the lookup did not find gets no element id, so the statement finds too few ends.
    refs: institutions.values.map((id) => ends.get(id)?.ref ?? ''),
    ids: institutions.values,
    ...edges,
    domainSets: domainSets.values.map((key) => key.split('\u0000')),
  };
}

interface End {
  ref: string;
  cooperating: boolean;
}

/** Each institution of `ids`: its element id, and whether it already has a COOPERATES_WITH edge. */
async function lookUp(db: Database, ids: readonly string[]): Promise<Map<string, End>> {
  const ends = new Map<string, End>();
  for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
    const rows = await db.read('import/bulk/cooperating-institutions', {
      ids: ids.slice(start, start + LOOKUP_BATCH),
    });
    for (const row of rows) {
      ends.set(row.id as string, { ref: row.ref as string, cooperating: row.cooperating as boolean });
    }
  }
  return ends;
}
