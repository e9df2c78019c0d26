/**
 * The synthetic data set and the bulk importer against the real Neo4j: determinism, validity, exact
 * counts, idempotence, rejection of a bad record deep in the stream, and derived COOPERATES_WITH edges
 * equal to the seed importer's.
 */
import { createHash } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { syntheticDataset, type DatasetChunk } from '../bench/generator/index.js';
import type { Database } from '../server/db/database.js';
import { importChunks, rebuildStaleCooperation } from '../server/import/bulk/index.js';
import { StreamValidator } from '../server/import/bulk/validate.js';
import type { Dataset } from '../contract/dataset.js';
import { importDataset } from '../server/import/importer.js';
import { checkDataset, DatasetError } from '../server/import/validate-dataset.js';
import { graphDigest } from '../bench/graph-digest.js';
import { BOOKKEEPING, connectTestDatabase, resetDatabase } from './support/database.js';

let db: Database;

/** Empties the database for this file and the next one (in small transactions: 1k institutions are too many for one). */
const clearGraph = (): Promise<void> => resetDatabase(db);

beforeAll(async () => {
  db = connectTestDatabase();
  await clearGraph();
});
afterAll(async () => {
  await clearGraph();
  await db.close();
});

const thousand = syntheticDataset({ institutions: 1_000, seed: 'bulk-test' });

function digest(chunks: Iterable<DatasetChunk>): string {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(JSON.stringify(chunk));
  return hash.digest('hex');
}

async function counts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const query = async (text: string): Promise<Record<string, number>> => {
    const { records } = await db.driver.executeQuery(
      text,
      { bookkeeping: BOOKKEEPING },
      { database: db.name },
    );
    return Object.fromEntries(records.map((r) => [r.get('key') as string, Number(r.get('count'))]));
  };
  return {
    nodes: await query(
      'MATCH (n) UNWIND labels(n) AS key WITH key WHERE NOT key IN $bookkeeping RETURN key, count(*) AS count',
    ),
    relationships: await query('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count'),
  };
}

/** Every COOPERATES_WITH edge as comparable text, sorted. */
async function cooperation(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (a)-[c:COOPERATES_WITH]->(b)
     RETURN a.id AS a, b.id AS b, c.agreementIds AS ids, c.domains AS domains, c.weight AS weight`,
    {},
    { database: db.name },
  );
  return records.map((r) => JSON.stringify({ ...r.toObject(), weight: Number(r.get('weight')) })).sort();
}

/** The chunks of a generated data set merged into one dataset, as the seed importer takes them. */
function merged(chunks: Iterable<DatasetChunk>): Dataset {
  const whole: Record<string, unknown[]> = {};
  for (const chunk of chunks) {
    for (const [key, items] of Object.entries(chunk))
      whole[key] = [...(whole[key] ?? []), ...(items as unknown[])];
  }
  return checkDataset(whole).dataset;
}

describe('the synthetic data set', () => {
  it('is the same for the same seed, and differs for another', () => {
    const again = syntheticDataset({ institutions: 1_000, seed: 'bulk-test' });
    const other = syntheticDataset({ institutions: 1_000, seed: 'other' });
    expect(digest(again.chunks())).toBe(digest(thousand.chunks()));
    expect(digest(other.chunks())).not.toBe(digest(thousand.chunks()));
  });

  it('validates chunk by chunk, with every reference defined before use', () => {
    const validator = new StreamValidator();
    for (const chunk of thousand.chunks())
      expect(validator.check(JSON.parse(JSON.stringify(chunk)))).not.toBeNull();
    const { external, records } = validator.finish();
    expect(Object.values(external).every((ids) => ids.size === 0)).toBe(true);
    const { nodes } = thousand.counts();
    expect(records).toBe(Object.values(nodes).reduce((sum, n) => sum + n, 0));
    expect(nodes).toMatchObject({ Institution: 1_000, Agreement: 5_000 });
  });

  it('is skewed: a few hubs, many small actors', () => {
    const { degree } = thousand.counts();
    expect(degree.max).toBeGreaterThan(20 * degree.median);
  });
});

describe('COOPERATES_WITH derived in bulk', () => {
  // Small enough for the seed importer's single transaction.
  const small = syntheticDataset({ institutions: 40, seed: 'derive', chunkSize: 50 });

  it('is the graph the seed importer makes from the same data, edges included', async () => {
    await clearGraph();
    await importDataset(db, {
      dataset: merged(small.chunks()),
      external: emptyExternal(),
      externalQuotes: [],
    });
    const seedEdges = await cooperation();
    const seedGraph = await graphDigest(db);

    await clearGraph();
    await importChunks(db, () => small.chunks(), { batchSizes: { agreements: 60, cooperation: 40 } });
    expect(await cooperation()).toEqual(seedEdges);
    expect(await graphDigest(db)).toBe(seedGraph);
  });

  it('is the same when hubs are rebuilt a range of partners at a time', async () => {
    const before = await cooperation();
    await db.driver.executeQuery(
      'MATCH (i:Institution) SET i:CooperationStale WITH i WHERE i.id < $half MATCH (i)-[c:COOPERATES_WITH]->() DELETE c',
      { half: 'm' },
      { database: db.name },
    );
    const outcome = await rebuildStaleCooperation(db, {
      batchSize: 30,
      concurrency: 2,
      hub: { agreements: 20, partnersPerTransaction: 3 },
    });
    expect(outcome.institutions).toBe(40);
    expect(outcome.transactions).toBeGreaterThan(40);
    expect(await cooperation()).toEqual(before);
  });

  it('is finished by the next import when an import stopped before deriving all edges', async () => {
    await clearGraph();
    const first = await importChunks(db, () => small.chunks(), { batchSizes: { edges: 25 } });
    expect(first.derived).toBe((await cooperation()).length);
    const complete = await graphDigest(db);

    // As if the import had stopped while deriving: some edges never written, others written by an
    // earlier batch only partly (an agreement missing from their lists).
    await db.driver.executeQuery(
      `MATCH (a:Institution)-[c:COOPERATES_WITH]->() WHERE a.id < $half DELETE c`,
      { half: 'm' },
      { database: db.name },
    );
    await db.driver.executeQuery(
      `MATCH ()-[c:COOPERATES_WITH]->() WHERE c.weight > 1
       SET c.agreementIds = c.agreementIds[1..], c.weight = c.weight - 1`,
      {},
      { database: db.name },
    );
    expect(await graphDigest(db)).not.toBe(complete);

    const again = await importChunks(db, () => small.chunks(), { batchSizes: { edges: 25 } });
    expect(again).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0, rederived: 0 });
    expect(again.derived).toBeGreaterThan(0);
    expect(await graphDigest(db)).toBe(complete);
    // Writing the same edges once more changes nothing: they are unions, not appends.
    const third = await importChunks(db, () => small.chunks());
    expect(third).toMatchObject({ derived: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await graphDigest(db)).toBe(complete);
  });

  it('follows a corrected import: parties and domains changed, edges re-derived around them only', async () => {
    // Move agreements to other parties and domains, then import only the changed chunk again.
    const chunks = [...small.chunks()];
    const last = chunks.length - 1;
    const agreements = chunks[last]!.agreements!;
    const institutions = chunks.flatMap((chunk) => chunk.institutions ?? []).map((i) => i.id);
    agreements[0]!.parties = [
      { institution: institutions[1]!, role: 'party' },
      { institution: institutions[2]!, role: 'lead' },
    ];
    agreements[1]!.domains = ['quantum', 'ai'];
    agreements[2]!.parties = agreements[2]!.parties.slice(0, 2);
    const summary = await importChunks(db, () => [chunks[last]!]);
    expect(summary.rederived).toBeGreaterThan(0);
    expect(summary.rederived).toBeLessThan(15);
    const bulkEdges = await cooperation();

    await clearGraph();
    await importDataset(db, { dataset: merged(chunks), external: emptyExternal(), externalQuotes: [] });
    expect(bulkEdges).toEqual(await cooperation());
  });
});

describe('bulk import', () => {
  it('creates exactly the graph the generator describes', async () => {
    await clearGraph();
    const summary = await importChunks(db, () => thousand.chunks());
    const expected = thousand.counts();
    expect(await counts()).toEqual({ nodes: expected.nodes, relationships: expected.relationships });
    expect(summary.relationshipsCreated).toBe(
      Object.values(expected.relationships).reduce((a, b) => a + b, 0),
    );
    expect(summary.transactions).toBeGreaterThan(10);
  });

  it('changes nothing when the same data is imported again', async () => {
    const before = await graphDigest(db);
    const summary = await importChunks(db, () => thousand.chunks());
    expect(summary).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      rederived: 0,
    });
    expect(await graphDigest(db)).toBe(before);
  });

  it('rejects a bad record in a later chunk, with its path, before writing anything', async () => {
    const before = await graphDigest(db);
    const chunks = [...syntheticDataset({ institutions: 100, seed: 'bad', chunkSize: 100 }).chunks()];
    const last = chunks.length - 1;
    const agreements = (chunk: number) => chunks[chunk]!.agreements!;
    (agreements(last)[3] as { status: string }).status = 'maybe';
    agreements(last - 1)[9]!.id = agreements(last - 2)[0]!.id;

    const error = await importChunks(db, () => chunks).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetError);
    const issues = (error as DatasetError).issues;
    expect(issues.map((issue) => issue.path)).toEqual([
      `chunks[${last - 1}].agreements[9]`,
      `chunks[${last}].agreements[3].status`,
    ]);
    expect(issues[0]?.message).toMatch(/repeats the id "agreement-\d+" of an earlier chunk/);
    expect(issues[1]?.message).toMatch(/expected one of/);

    // Ids no chunk defines are looked up in the database, and reported with their place when missing.
    agreements(last - 1)[9]!.id = 'agreement-fixed';
    agreements(last)[3]!.status = 'agreed';
    agreements(last)[7]!.parties[1]!.institution = 'no-such-institution';
    const unresolved = await importChunks(db, () => chunks).catch((caught: unknown) => caught);
    expect((unresolved as DatasetError).issues).toEqual([
      {
        path: `chunks[${last}].agreements[7].parties[1].institution`,
        message:
          'refers to institutions "no-such-institution", which neither this file nor the database defines',
      },
    ]);
    expect(await graphDigest(db)).toBe(before);
  });
});

function emptyExternal(): ReturnType<typeof checkDataset>['external'] {
  return {
    institutions: new Map(),
    countries: new Map(),
    domains: new Map(),
    sources: new Map(),
    events: new Map(),
  };
}
