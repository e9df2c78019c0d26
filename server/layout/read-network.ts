/**
 * Reads the cooperation network out of Neo4j into typed arrays: institutions sorted by id (so the same
 * network always gives the same indexes), their stored positions, COOPERATES_WITH edges and parent links
 * as index pairs. 100k institutions and 1.7M edges take about 30 MB this way, where a graphology graph of
 * the same edges would take well over a gigabyte.
 */
import neo4j from 'neo4j-driver';

import type { Database } from '../db/database.js';
import { NetworkBuilder, type LayoutNetwork } from './network-builder.js';

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
      const network = new NetworkBuilder(expectedEdges);
      for await (const record of run('layout/institutions')) {
        const { id, country, x, y } = record.toObject() as unknown as InstitutionRecord;
        network.addInstitution(id, country, x, y);
      }
      for await (const record of run('layout/cooperation')) {
        network.addEdge(record.get('a') as string, record.get('b') as string, record.get('weight') as number);
        if (network.edgeCount % 100_000 === 0) onEdges?.(network.edgeCount, expectedEdges);
      }
      onEdges?.(network.edgeCount, expectedEdges);
      for await (const record of run('layout/part-of')) {
        network.addPartOf(record.get('child') as string, record.get('parent') as string);
      }
      return network.build();
    }, READ_TIMEOUT);
  } finally {
    await session.close();
  }
}
