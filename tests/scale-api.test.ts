/**
 * The API on a generated network far larger than the seed — hubs party to hundreds of agreements, many
 * small actors — bulk-imported and laid out as `npm run seed -- file.ndjson` does: every route a user of a
 * large graph calls answers, within the transaction memory cap, with what the graph holds.
 */
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { syntheticDataset } from '../bench/generator/index.js';
import type { PathsAnswer } from '../contract/explore.js';
import type { InstitutionDetail, NetworkGraph } from '../contract/graph.js';
import type { Database } from '../server/db/database.js';
import { importChunks } from '../server/import/bulk/index.js';
import { refreshLayout } from '../server/layout/index.js';
import type { Stats } from '../contract/stats.js';
import { connectTestDatabase, resetDatabase } from './support/database.js';
import { startApp, type RunningApp } from './support/http.js';

const INSTITUTIONS = 2_500;

let db: Database;
let app: RunningApp;
/** Institution ids, most agreements first. */
let hubs: { id: string; agreements: number }[];

async function json<T>(path: string): Promise<T> {
  const response = await app.get(path);
  expect(response.status, `${path}: ${response.status === 200 ? '' : await response.clone().text()}`).toBe(
    200,
  );
  return (await response.json()) as T;
}

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
  const dataset = syntheticDataset({ institutions: INSTITUTIONS, seed: 'scale-api' });
  await importChunks(db, () => dataset.chunks());
  await refreshLayout(db);
  app = await startApp(db);
  const { records } = await db.driver.executeQuery(
    `MATCH (i:Institution)
     RETURN i.id AS id, COUNT { (i)-[:PARTY_TO]->() } AS agreements
     ORDER BY agreements DESC, id LIMIT 5`,
    {},
    { database: db.name },
  );
  hubs = records.map((r) => ({ id: r.get('id') as string, agreements: Number(r.get('agreements')) }));
}, 300_000);

afterAll(async () => {
  await app?.close();
  // The next files seed their own data; leave the store empty rather than large.
  if (db !== undefined) await resetDatabase(db);
  await db?.close();
});

describe(`the API on ${INSTITUTIONS.toLocaleString('en')} generated institutions`, () => {
  it('draws the network, cut at the limit and saying so', async () => {
    const body = await json<NetworkGraph>('/api/graph?limit=1000');
    const graph = new Graph({ multi: true });
    graph.import(body);
    expect(graph.order).toBe(1000);
    expect(body.attributes.truncated).toBe(true);
    // The most connected institutions are the ones kept.
    expect(graph.hasNode(hubs[0]!.id)).toBe(true);
    graph.forEachEdge((_edge, attributes) => expect(attributes.weight).toBeGreaterThanOrEqual(1));
  });

  it('computes the statistics of the whole network', async () => {
    const stats = await json<Stats>('/api/stats?limit=10');
    expect(stats.counts.institutions).toBe(INSTITUTIONS);
    expect(stats.view.institutions).toBeGreaterThan(INSTITUTIONS / 2);
    expect(stats.view.communities).toBeGreaterThan(1);
    expect(stats.view.betweennessSources).not.toBeNull();
    expect(stats.institutions).toHaveLength(10);
    // The best brokers are among the best connected.
    const partners = stats.institutions.map((institution) => institution.degree);
    expect(Math.max(...partners)).toBeGreaterThan(50);
  });

  it("answers a hub's details with the first agreements and the count of all", async () => {
    const [hub] = hubs;
    expect(hub!.agreements).toBeGreaterThan(200);
    const detail = await json<InstitutionDetail>(`/api/institutions/${hub!.id}`);
    expect(detail.agreementCount).toBe(hub!.agreements);
    expect(detail.agreements).toHaveLength(200);
  });

  it('links two hubs by a shortest path, every hop explained', async () => {
    const answer = await json<PathsAnswer>(`/api/paths?from=${hubs[0]!.id}&to=${hubs[1]!.id}`);
    expect(answer.paths).toHaveLength(1);
    const [path] = answer.paths;
    expect(path!.nodes[0]!.id).toBe(hubs[0]!.id);
    expect(path!.nodes.at(-1)!.id).toBe(hubs[1]!.id);
    expect(path!.hops).toHaveLength(path!.length);
  });

  it("walks a hub's neighbourhood up to the limit", async () => {
    const body = await json<NetworkGraph>(`/api/institutions/${hubs[0]!.id}/neighbourhood?depth=2&limit=300`);
    expect(body.nodes.length).toBeLessThanOrEqual(300);
    expect(body.attributes.truncated).toBe(true);
  });
});
