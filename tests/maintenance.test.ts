/**
 * An import killed half-way, as an operator's SIGKILL or a lost machine leaves it, and the app's upkeep
 * (server/maintenance/) finishing its work: no agreement is left without its COOPERATES_WITH edges, the
 * edges are those of the whole graph, the layout fits the graph again and the network page answers. A
 * writer of the graph that is still alive (its heartbeat fresh) is left alone.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { syntheticDataset } from '../bench/generator/index.js';
import type { Database } from '../server/db/database.js';
import { withWriteLease } from '../server/db/write-lease.js';
import { layoutIsCurrent } from '../server/layout/index.js';
import { GraphMaintainer } from '../server/maintenance/maintainer.js';
import { PROJECT_DIR } from '../server/runtime.js';
import { startApp, type RunningApp } from './support/http.js';
import { connectTestDatabase, resetDatabase } from './support/database.js';

let db: Database;
let app: RunningApp;
const dir = mkdtempSync(path.join(os.tmpdir(), 'interrupted-import-'));
const silent = pino({ level: 'silent' });

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  app = await startApp(db);
});
afterAll(async () => {
  await app?.close();
  await resetDatabase(db);
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function count(query: string): Promise<number> {
  const { records } = await db.driver.executeQuery(query, {}, { database: db.name });
  return Number(records[0]!.get(0));
}

/** Agreements some pair of whose parties lacks the COOPERATES_WITH edge that names it. */
const underived = () =>
  count(`MATCH (a:Agreement)<-[:PARTY_TO]-(i:Institution), (a)<-[:PARTY_TO]-(j:Institution)
         WHERE i.id < j.id AND NOT EXISTS { (i)-[c:COOPERATES_WITH]->(j) WHERE a.id IN c.agreementIds }
         RETURN count(DISTINCT a)`);
const pending = () => count('MATCH (a:CooperationPending) RETURN count(a)');

/** The edges as stored, and as the whole graph's agreements say they must be: one line per pair. */
async function edgesAgainstAgreements(): Promise<{ stored: string[]; expected: string[] }> {
  const lines = async (query: string): Promise<string[]> => {
    const { records } = await db.driver.executeQuery(query, {}, { database: db.name });
    return records.map((record) => JSON.stringify(record.toObject())).sort();
  };
  return {
    stored: await lines(`MATCH (a:Institution)-[c:COOPERATES_WITH]->(b:Institution)
                         RETURN a.id AS a, b.id AS b, c.agreementIds AS ids`),
    expected: await lines(`MATCH (a:Institution)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(b:Institution)
                           WHERE a.id < b.id
                           WITH a, b, g ORDER BY g.id
                           RETURN a.id AS a, b.id AS b, collect(g.id) AS ids`),
  };
}

/** `npm run seed -- file` against the test run's Neo4j, SIGKILLed once agreements land without edges. */
async function killImportHalfWay(file: string): Promise<void> {
  const neo4j = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', file], {
    cwd: PROJECT_DIR,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const exited = once(child, 'exit');
  try {
    for (let waited = 0; (await pending()) === 0; waited += 50) {
      if (child.exitCode !== null) throw new Error(`the import ended (${child.exitCode}) before the kill`);
      if (waited > 120_000) throw new Error('no agreement was written within 2 minutes');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

describe('an import killed half-way', () => {
  it('leaves agreements without edges, which the upkeep derives by itself', async () => {
    const file = path.join(dir, 'institutions.ndjson');
    const out = createWriteStream(file);
    for (const chunk of syntheticDataset({ institutions: 3_000, seed: 'interrupted' }).chunks()) {
      if (!out.write(`${JSON.stringify(chunk)}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');

    await killImportHalfWay(file);
    // The fault is real: committed agreements whose edges were never written, a lease nobody renews.
    expect(await pending()).toBeGreaterThan(0);
    expect(await underived()).toBeGreaterThan(0);
    expect(await count("MATCH (l:WriteLease {id: 'graph'}) RETURN count(l)")).toBe(1);
    expect((await app.get('/api/graph/page')).status).toBe(503);

    const maintainer = new GraphMaintainer({ db, logger: silent });
    // While a live process holds the lease (this one, taking it over from the dead importer), the upkeep
    // waits for it.
    await withWriteLease(db, 'import', () => maintainer.beat());
    expect(await pending()).toBeGreaterThan(0);

    await maintainer.beat();
    expect(await underived()).toBe(0);
    expect(await pending()).toBe(0);
    expect(await count('MATCH (i:CooperationStale) RETURN count(i)')).toBe(0);
    const { stored, expected } = await edgesAgainstAgreements();
    expect(stored.length).toBeGreaterThan(1_000);
    expect(stored).toEqual(expected);
    expect(await count("MATCH (l:WriteLease {id: 'graph'}) RETURN count(l)")).toBe(0);
    expect(await layoutIsCurrent(db)).toBe(true);
    const page = await app.get('/api/graph/page?size=100');
    expect(page.status).toBe(200);
    expect(((await page.json()) as { total: number }).total).toBe(
      await count('MATCH (i:Institution) RETURN count(i)'),
    );
  });

  it('is healed on another machine only once its heartbeat is older than the lease allows', async () => {
    // One agreement left pending with its edges gone, under a lease of a process elsewhere.
    const [id] = (
      await db.driver.executeQuery(
        `MATCH (a:Agreement)<-[:PARTY_TO]-(i:Institution) WITH a, count(i) AS parties WHERE parties > 1
         WITH a LIMIT 1 SET a:CooperationPending
         WITH a MATCH (a)<-[:PARTY_TO]-(:Institution)-[c:COOPERATES_WITH]-(:Institution)-[:PARTY_TO]->(a)
         DELETE c RETURN DISTINCT a.id AS id`,
        {},
        { database: db.name },
      )
    ).records.map((record) => record.get('id') as string);
    expect(id).toBeDefined();
    await db.driver.executeQuery(
      `CREATE (:WriteLease {id: 'graph', owner: 'elsewhere:1:x', host: 'elsewhere', pid: 1,
                            purpose: 'import', since: timestamp(), heartbeatAt: timestamp()})`,
      {},
      { database: db.name },
    );
    // Other agreements of the same pairs lost their edges too.
    const lacking = await underived();
    expect(lacking).toBeGreaterThan(0);
    const maintainer = new GraphMaintainer({ db, logger: silent, leaseTtlMs: 60_000 });

    await maintainer.beat();
    expect(await underived()).toBe(lacking);

    await db.driver.executeQuery(
      "MATCH (l:WriteLease {id: 'graph'}) SET l.heartbeatAt = timestamp() - 120000",
      {},
      { database: db.name },
    );
    await maintainer.beat();
    expect(await underived()).toBe(0);
    const { stored, expected } = await edgesAgainstAgreements();
    expect(stored).toEqual(expected);
  });

  it('lays out again a layout its writer left half-written', async () => {
    await db.driver.executeQuery(
      "MATCH (l:Layout {id: 'cooperation'}) SET l.status = 'writing'",
      {},
      {
        database: db.name,
      },
    );
    expect((await app.get('/api/graph/page')).status).toBe(503);
    await new GraphMaintainer({ db, logger: silent }).beat();
    expect((await app.get('/api/graph/page')).status).toBe(200);
  });
});
