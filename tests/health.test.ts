/**
 * /api/health against a Neo4j of its own, which the test stops and starts again: 503 with a reason while
 * the database is away, and 200 again without restarting the app once it is back.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../server/db/database.js';
import { LocalNeo4j } from '../server/neo4j/local-server.js';
import { PROJECT_DIR } from '../server/runtime.js';
import { connectTestDatabase, seedDatabase } from './support/database.js';
import { startApp, type RunningApp } from './support/http.js';

let neo4j: LocalNeo4j;
let db: Database;
let app: RunningApp;

beforeAll(async () => {
  neo4j = await LocalNeo4j.start({
    projectDir: PROJECT_DIR,
    instance: `test-health-${process.pid}`,
    ephemeral: true,
    logger: pino({ level: 'warn' }),
  });
  db = connectTestDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  await seedDatabase(db);
  app = await startApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  await neo4j?.dispose();
});

describe('GET /api/health', () => {
  it('answers 200 with the Neo4j version and the graph counts', async () => {
    const response = await app.get('/api/health');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'ok',
      neo4j: {
        version: expect.stringMatching(/^5\.26\./) as unknown,
        edition: 'community',
        database: 'neo4j',
      },
      counts: { institutions: 26, agreements: 21, cooperationEdges: 28 },
    });
  });

  it('answers 503 with the reason while Neo4j is down, and recovers when it is back', async () => {
    await neo4j.stop();
    const down = await app.get('/api/health');
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await down.json()) as { title: string; detail: string; status: number };
    expect(problem.status).toBe(503);
    expect(problem.title).toBe('Database unavailable');
    expect(problem.detail).toMatch(/Neo4j does not answer/);

    // The rest of the API says the same, as a problem rather than a crash.
    const graph = await app.get('/api/graph');
    expect(graph.status).toBe(503);

    // Back within seconds, without restarting the app.
    await neo4j.start();
    await expect.poll(async () => (await app.get('/api/health')).status, { timeout: 10_000 }).toBe(200);
  });
});
