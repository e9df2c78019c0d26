/**
 * The stored layout (server/layout/) on a generated network of 1,000 institutions imported by the bulk
 * importer into the real Neo4j: every institution placed and ranked once, the same picture from the same
 * data, and a later layout that starts from the stored positions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { syntheticDataset } from '../bench/generator/index.js';
import type { Database } from '../server/db/database.js';
import { importChunks } from '../server/import/bulk/index.js';
import { refreshLayout, type LayoutProgress } from '../server/layout/index.js';
import { connectTestDatabase, resetDatabase } from './support/database.js';

let db: Database;

/** Empties the database (in small transactions: the generated graph is too large for one). */
const clearGraph = (): Promise<void> => resetDatabase(db);

interface Placed {
  id: string;
  x: number;
  y: number;
  rank: number;
  partners: number;
}

async function placed(): Promise<Placed[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (i:Institution)
     RETURN i.id AS id, i.x AS x, i.y AS y, toFloat(i.rank) AS rank, toFloat(i.partners) AS partners
     ORDER BY i.rank`,
    {},
    { database: db.name },
  );
  return records.map((record) => record.toObject() as Placed);
}

beforeAll(async () => {
  db = connectTestDatabase();
  await clearGraph();
  await importChunks(db, () => syntheticDataset({ institutions: 1_000, seed: 'layout-test' }).chunks());
});
afterAll(async () => {
  await clearGraph();
  await db.close();
});

describe('refreshLayout on 1,000 generated institutions', () => {
  it('places and ranks every institution once, most partners first, reporting its progress', async () => {
    const progress: LayoutProgress[] = [];
    const summary = await refreshLayout(db, { onProgress: (step) => progress.push(step) });
    expect(summary).toMatchObject({ outcome: 'computed', institutions: 1_000, fromStored: false });
    expect(summary.iterations).toBe(summary.planned);
    expect(new Set(progress.map((step) => step.phase))).toEqual(new Set(['read', 'layout', 'write']));

    const rows = await placed();
    expect(rows.map((row) => row.rank)).toEqual([...Array(1_000).keys()]);
    expect(rows.every((row) => Number.isFinite(row.x) && Number.isFinite(row.y))).toBe(true);
    for (let i = 1; i < rows.length; i += 1) {
      const [before, after] = [rows[i - 1]!, rows[i]!];
      expect(
        before.partners > after.partners || (before.partners === after.partners && before.id < after.id),
      ).toBe(true);
    }
    // Spread out, not piled on a few points.
    expect(new Set(rows.map((row) => `${Math.round(row.x)},${Math.round(row.y)}`)).size).toBeGreaterThan(900);
  });

  it('draws the same picture from the same data', async () => {
    const first = await placed();
    const again = await refreshLayout(db, { fromScratch: true });
    const second = await placed();
    expect(again.outcome).toBe('computed');
    expect(second).toEqual(first);
  });

  it('is left alone when nothing changed, and moves little from the stored positions when forced', async () => {
    const before = await placed();
    expect((await refreshLayout(db)).outcome).toBe('unchanged');
    const forced = await refreshLayout(db, { force: true });
    expect(forced).toMatchObject({ outcome: 'computed', fromStored: true });
    const after = await placed();
    const width = Math.max(...before.map((row) => row.x)) - Math.min(...before.map((row) => row.x));
    const moved = after.map((row, i) => Math.hypot(row.x - before[i]!.x, row.y - before[i]!.y));
    moved.sort((a, b) => a - b);
    // The median institution moves by less than a tenth of the drawing's width.
    expect(moved[500]!).toBeLessThan(width / 10);
  });
});
