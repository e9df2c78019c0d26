/** Test access to the real Neo4j of the run: the app's own query layer, plus a few checks of the graph. */
import path from 'node:path';

import { inject } from 'vitest';

import { BOOKKEEPING_LABELS } from '../../bench/graph-digest.js';
import { CypherLibrary } from '../../server/db/cypher-library.js';
import { Database } from '../../server/db/database.js';
import { applySchema } from '../../server/db/schema.js';
import { importDataset } from '../../server/import/importer.js';
import { readDatasetFile } from '../../server/import/validate-dataset.js';
import { CYPHER_DIR, PROJECT_DIR } from '../../server/runtime.js';

/** Agencies the article names by acronym: the network must show each of them. */
export const ARTICLE_ACRONYMS = [
  'MSIT',
  'NSF',
  'KRISS',
  'NIST',
  'NIH',
  'ARPA-H',
  'KEIT',
  'EVSTS',
  'MOHW',
  'DOC',
  'NSC',
];

export const SEED_FILE = path.join(PROJECT_DIR, 'seed', 'korea-us-cet-dialogue-2023.yaml');

export function connectTestDatabase(connection = inject('neo4j')): Database {
  return Database.connect(
    { ...connection, database: 'neo4j', queryTimeoutMs: 10_000 },
    CypherLibrary.load(CYPHER_DIR),
  );
}

/**
 * An empty database with the schema applied. Deleted in batches (an auto-commit transaction each): a
 * generated graph of thousands of institutions in one transaction would pass the transaction memory cap.
 */
export async function resetDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
}

export async function seedDatabase(db: Database): Promise<void> {
  await resetDatabase(db);
  await importDataset(db, readDatasetFile(SEED_FILE));
}

/**
 * Nodes the app keeps about the graph rather than in it: the graph's version (moved on by every write, an
 * identical re-import too), the stored layout's state and the write lease.
 */
export const BOOKKEEPING = BOOKKEEPING_LABELS;

/** Everything in the graph, as sorted text: equal checksums mean an identical graph. */
export async function graphChecksum(db: Database): Promise<string> {
  const { records } = await db.driver.executeQuery(
    `MATCH (n) WHERE none(label IN labels(n) WHERE label IN $bookkeeping)
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY elementId(n), type(r), elementId(m)
     RETURN collect([labels(n), properties(n), type(r), properties(r), labels(m), m.id, m.code]) AS rows`,
    { bookkeeping: BOOKKEEPING },
    { database: db.name },
  );
  const rows = (records[0]?.get('rows') as unknown[]).map((row) => JSON.stringify(row));
  return rows.sort().join('\n');
}

export async function countByLabel(db: Database): Promise<Record<string, number>> {
  const { records } = await db.driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label IN $bookkeeping RETURN label, count(*) AS count',
    { bookkeeping: BOOKKEEPING },
    { database: db.name },
  );
  return Object.fromEntries(
    records.map((r) => [r.get('label') as string, (r.get('count') as { toNumber(): number }).toNumber()]),
  );
}
