/**
 * Reads the cooperation network out of Neo4j into typed arrays: institutions sorted by id (so the same
 * network always gives the same indexes), their stored positions, COOPERATES_WITH edges and parent links
 * as index pairs. 100k institutions and 1.7M edges take about 30 MB this way, where a graphology graph of
 * the same edges would take well over a gigabyte.
 */
import neo4j from 'neo4j-driver';

import type { Database } from '../db/database.js';

export interface LayoutNetwork {
  /** Institution ids, sorted: an institution's index everywhere below is its place here. */
  ids: string[];
  countries: (string | null)[];
  /** Stored positions (NaN where an institution has none yet). */
  x: Float64Array;
  y: Float64Array;
  /** Cooperation edges, one per pair, sorted by (source, target). */
  source: Int32Array;
  target: Int32Array;
  weight: Float32Array;
  /** Parent links (child → parent), sorted by child. */
  child: Int32Array;
  parent: Int32Array;
}

/** Longer than the server's default transaction timeout: 1.7M edges stream for several seconds. */
const READ_TIMEOUT = { timeout: 600_000 };

interface InstitutionRecord {
  id: string;
  country: string | null;
  x: number | null;
  y: number | null;
}

/**
 * `onEdges` hears how many edges were read so far, of `total` (the count store's figure). The reads share
 * one read transaction, so they see one state of the graph even while an import writes.
 */
export async function readNetwork(
  db: Database,
  onEdges?: (done: number, total: number) => void,
): Promise<LayoutNetwork> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const run = (name: string) => tx.run(db.cypher.get(name));
      const [sizes] = (await run('layout/sizes')).records;
      const expectedEdges = Number(sizes?.get('cooperation') ?? 0);

      const institutions: InstitutionRecord[] = [];
      for await (const record of run('layout/institutions')) {
        institutions.push(record.toObject() as unknown as InstitutionRecord);
      }
      institutions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const index = new Map(institutions.map(({ id }, i) => [id, i]));

      const edges = new EdgeBuffer(expectedEdges);
      for await (const record of run('layout/cooperation')) {
        edges.push(
          index.get(record.get('a') as string)!,
          index.get(record.get('b') as string)!,
          record.get('weight') as number,
        );
        if (edges.length % 100_000 === 0) onEdges?.(edges.length, expectedEdges);
      }
      onEdges?.(edges.length, expectedEdges);

      const links: [number, number][] = [];
      for await (const record of run('layout/part-of')) {
        links.push([index.get(record.get('child') as string)!, index.get(record.get('parent') as string)!]);
      }
      links.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

      const sorted = edges.sorted();
      return {
        ids: institutions.map(({ id }) => id),
        countries: institutions.map(({ country }) => country),
        x: Float64Array.from(institutions, ({ x }) => x ?? Number.NaN),
        y: Float64Array.from(institutions, ({ y }) => y ?? Number.NaN),
        ...sorted,
        child: Int32Array.from(links, ([child]) => child),
        parent: Int32Array.from(links, ([, parent]) => parent),
      };
    }, READ_TIMEOUT);
  } finally {
    await session.close();
  }
}

/** Edges as three growing typed arrays, sized from the count store (grown if an import adds some). */
class EdgeBuffer {
  length = 0;
  private source: Int32Array;
  private target: Int32Array;
  private weight: Float32Array;

  constructor(capacity: number) {
    this.source = new Int32Array(Math.max(capacity, 16));
    this.target = new Int32Array(this.source.length);
    this.weight = new Float32Array(this.source.length);
  }

  push(a: number, b: number, weight: number): void {
    if (this.length === this.source.length) this.grow();
    // Smaller index first, so an edge reads the same whichever way Neo4j stored it.
    this.source[this.length] = Math.min(a, b);
    this.target[this.length] = Math.max(a, b);
    this.weight[this.length] = weight;
    this.length += 1;
  }

  /** Sorted by (source, target): the store's order differs between databases, the layout must not. */
  sorted(): Pick<LayoutNetwork, 'source' | 'target' | 'weight'> {
    const order = new Uint32Array(this.length);
    for (let i = 0; i < order.length; i += 1) order[i] = i;
    order.sort((p, q) => this.source[p]! - this.source[q]! || this.target[p]! - this.target[q]!);
    return {
      source: Int32Array.from(order, (i) => this.source[i]!),
      target: Int32Array.from(order, (i) => this.target[i]!),
      weight: Float32Array.from(order, (i) => this.weight[i]!),
    };
  }

  private grow(): void {
    const capacity = this.source.length * 2;
    const source = new Int32Array(capacity);
    const target = new Int32Array(capacity);
    const weight = new Float32Array(capacity);
    source.set(this.source);
    target.set(this.target);
    weight.set(this.weight);
    Object.assign(this, { source, target, weight });
  }
}
