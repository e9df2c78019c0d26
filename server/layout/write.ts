/**
 * Stores a layout: the Layout node is marked as being written, the institutions are written in batched
 * UNWIND transactions (each lands whole or not at all), and the node then names the new version. Pages
 * are refused while it is marked, so no client stitches together two layouts' orders.
 */
import neo4j from 'neo4j-driver';

import type { Database } from '../db/database.js';
import type { NetworkOrder } from './order.js';
import type { LayoutNetwork } from './network-builder.js';

/** Institutions per transaction: 5,000 took more than the 32 MiB a transaction may use at 100k. */
export const WRITE_BATCH_SIZE = 1_000;

export interface StoredLayout {
  version: string;
  fingerprint: string;
  x: Float64Array;
  y: Float64Array;
}

export async function writeLayout(
  db: Database,
  network: LayoutNetwork,
  order: NetworkOrder,
  layout: StoredLayout,
  onBatch?: (done: number, total: number) => void,
): Promise<void> {
  const count = network.ids.length;
  await run(db, 'layout/begin', {});
  for (let start = 0; start < count; start += WRITE_BATCH_SIZE) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + WRITE_BATCH_SIZE); i += 1) {
      rows.push({
        id: network.ids[i],
        x: round(layout.x[i]!),
        y: round(layout.y[i]!),
        rank: order.rank[i],
        partners: order.partners[i],
        linkRanks: [...order.linkRanks[i]!],
        linkWeights: [...order.linkWeights[i]!],
        parentRanks: [...order.parentRanks[i]!],
        childRanks: [...order.childRanks[i]!],
      });
    }
    await run(db, 'layout/positions', { rows });
    onBatch?.(Math.min(count, start + WRITE_BATCH_SIZE), count);
  }
  await run(db, 'layout/finish', {
    version: layout.version,
    institutions: neo4j.int(count),
    fingerprint: layout.fingerprint,
  });
}

/** Two decimals are finer than any screen shows and keep a page's JSON short. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function run(db: Database, statement: string, parameters: Record<string, unknown>): Promise<void> {
  await db.write((tx) => tx.run(db.cypher.get(statement), parameters));
}
