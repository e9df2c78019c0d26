/**
 * The offline first load (`npm run seed -- FILE --offline`): a generated data set loaded through Neo4j's
 * importer into an empty store of the project's own Neo4j gives exactly the graph the transactional bulk
 * importer and the layout after it write (same digest of every node, relationship and property, positions
 * included), with the schema online and the layout current; a
 * store that holds a network, or an invalid input, is refused with nothing changed. It runs a Neo4j of
 * its own, since the import stops and restarts the server.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { syntheticDataset } from '../bench/generator/index.js';
import { CypherLibrary } from '../server/db/cypher-library.js';
import { Database } from '../server/db/database.js';
import { applySchema } from '../server/db/schema.js';
import { importChunks } from '../server/import/bulk/index.js';
import { importOffline, OfflineImportRefused } from '../server/import/offline/index.js';
import { layoutIsCurrent, refreshLayout } from '../server/layout/index.js';
import { DatasetError } from '../server/import/validate-dataset.js';
import { LocalNeo4j } from '../server/neo4j/local-server.js';
import { CYPHER_DIR, PROJECT_DIR } from '../server/runtime.js';
import { graphDigest } from '../bench/graph-digest.js';
import { countByLabel, resetDatabase } from './support/database.js';

// Two imports of 1,000 institutions and a restart of Neo4j each: minutes on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

const logger = pino({ level: 'warn' });
let server: LocalNeo4j;
let db: Database;

beforeAll(async () => {
  server = await LocalNeo4j.start({
    projectDir: PROJECT_DIR,
    instance: `offline-test-${process.pid}`,
    ephemeral: true,
    logger,
  });
  db = Database.connect(
    { uri: server.uri, user: 'neo4j', password: server.password, database: 'neo4j', queryTimeoutMs: 30_000 },
    CypherLibrary.load(CYPHER_DIR),
  );
  await applySchema(db);
});
afterAll(async () => {
  await db?.close();
  await server?.dispose();
});

/** Deletes everything, in small transactions (the schema stays). */
const emptyStore = (): Promise<void> => resetDatabase(db);

async function onlineIndexes(): Promise<{ name: string; state: string }[]> {
  const { records } = await db.driver.executeQuery(
    'SHOW INDEXES YIELD name, state RETURN name, state',
    {},
    {
      database: db.name,
    },
  );
  return records
    .map((r) => ({ name: r.get('name') as string, state: r.get('state') as string }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const thousand = syntheticDataset({ institutions: 1_000, seed: 'offline-test' });

describe('the offline first load', () => {
  let transactional: string;
  let indexes: { name: string; state: string }[];

  it('writes the graph the transactional importer and its layout write, 1,000 institutions', async () => {
    await importChunks(db, () => thousand.chunks(), { logger });
    const layout = await refreshLayout(db);
    transactional = await graphDigest(db);
    indexes = await onlineIndexes();
    const counts = await countByLabel(db);
    await emptyStore();

    const summary = await importOffline(server, db, () => thousand.chunks(), { logger });
    expect(await countByLabel(db)).toEqual(counts);
    // Positions, ranks and page links included: laid out beside the importer, as from the store after it.
    expect(await graphDigest(db)).toBe(transactional);
    expect(summary.layout.version).toBe(layout.version);
    // Pages may be served at once: no upkeep lays the network out again.
    expect(await layoutIsCurrent(db)).toBe(true);
    expect(summary.nodesCreated).toBe(Object.values(counts).reduce((sum, n) => sum + n, 0));
  });

  it('leaves the schema in place and online', async () => {
    const now = await onlineIndexes();
    expect(now.map((index) => index.name)).toEqual(indexes.map((index) => index.name));
    expect(now.every((index) => index.state === 'ONLINE')).toBe(true);
    // The full-text index answers from the first read.
    const { records } = await db.driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('institution_names', $q) YIELD node RETURN count(node) AS hits",
      { q: 'University' },
      { database: db.name },
    );
    expect(Number(records[0]!.get('hits'))).toBeGreaterThan(0);
  });

  it('refuses a store that holds a network, and changes nothing', async () => {
    const before = await graphDigest(db);
    const outcome = await importOffline(server, db, () => thousand.chunks(), { logger }).catch(
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(OfflineImportRefused);
    expect((outcome as Error).message).toMatch(/already holds [\d,]+ nodes.*without --offline/);
    expect(await graphDigest(db)).toBe(before);
  });

  it('lists what is wrong in an invalid input and leaves the empty store as it was', async () => {
    await emptyStore();
    const chunks = [...thousand.chunks()];
    const broken = structuredClone(chunks);
    const agreement = broken.find((chunk) => (chunk.agreements?.length ?? 0) > 0)!.agreements![0]!;
    agreement.parties = [{ institution: 'nobody-at-all', role: 'party' }];
    const outcome = await importOffline(server, db, () => broken, { logger, file: 'broken.ndjson' }).catch(
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(DatasetError);
    expect((outcome as Error).message).toContain('nobody-at-all');
    expect(await countByLabel(db)).toEqual({});
  });
});
