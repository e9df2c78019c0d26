/**
 * POST /api/cypher answers useful reads of every shape: nodes, relationships and paths (in rows and as
 * a graph), aggregations, OPTIONAL MATCH, list comprehensions, subqueries, parameters, temporal values,
 * full-text search and the schema procedures, with Neo4j values turned into plain JSON.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { ConsoleResult } from '../contract/console.js';
import type { Database } from '../server/db/database.js';
import { connectTestDatabase, seedDatabase } from './support/database.js';
import { startApp, type RunningApp } from './support/http.js';

let db: Database;
let app: RunningApp;

beforeAll(async () => {
  db = connectTestDatabase();
  await seedDatabase(db);
  vi.stubEnv('CONSOLE_RATE_PER_MINUTE', '100000');
  vi.stubEnv('CONSOLE_RATE_BURST', '100000');
  app = await startApp(db);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await app?.close();
  await db?.close();
});

async function run(query: string, extra: Record<string, unknown> = {}): Promise<ConsoleResult> {
  const response = await fetch(`${app.url}/api/cypher`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, ...extra }),
  });
  const body = (await response.json()) as ConsoleResult & { detail?: string };
  expect(response.status, body.detail).toBe(200);
  return body;
}

type NodeJson = { elementId: string; labels: string[]; properties: Record<string, unknown> };

describe('POST /api/cypher with useful reads', () => {
  it("answers the design's example: institutions and agreements in quantum, as rows and as a graph", async () => {
    const result = await run(
      "MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)-[:COVERS]->(:Domain {id:'quantum'}) RETURN i, a",
    );
    expect(result.columns).toEqual(['i', 'a']);
    const institutions = result.rows.map((row) => (row[0] as NodeJson).properties.id);
    expect(institutions).toContain('us-nist');
    expect(result.rows[0]?.[0]).toMatchObject({
      labels: ['Institution'],
      elementId: expect.any(String) as unknown,
    });
    expect(result.summary).toMatchObject({ queryType: 'r', truncated: false, rowCount: result.rows.length });
    expect(result.summary.resultAvailableAfterMs).toBeGreaterThanOrEqual(0);
    const keys = new Set(result.graph.nodes.map((node) => node.key));
    expect(keys.size).toBe(new Set(result.rows.flat().map((node) => (node as NodeJson).elementId)).size);
    expect(result.graph.edges).toEqual([]);
  });

  it('returns relationships with their end nodes in the graph, even when the query did not return them', async () => {
    const result = await run("MATCH (:Institution {id: 'us-nist'})-[r:PARTY_TO]->() RETURN r LIMIT 2");
    expect(result.rows[0]?.[0]).toMatchObject({
      type: 'PARTY_TO',
      properties: { role: expect.any(String) as unknown },
    });
    expect(result.graph.edges).toHaveLength(2);
    const keys = new Set(result.graph.nodes.map((node) => node.key));
    for (const edge of result.graph.edges) {
      expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
    }
    const nist = result.graph.nodes.find((node) => node.attributes.properties.id === 'us-nist');
    expect(nist?.attributes.labels).toEqual(['Institution']);
  });

  it('returns paths: shortestPath, quantified path patterns and SHORTEST', async () => {
    for (const query of [
      "MATCH p = shortestPath((:Institution {id:'kr-keit'})-[*..6]-(:Institution {id:'us-nist'})) RETURN p",
      "MATCH p = SHORTEST 1 (:Institution {id:'kr-keit'})-[]-+(:Institution {id:'us-nist'}) RETURN p",
      "MATCH p = (:Institution {id:'kr-keit'})(()-[]-()){1,4}(:Institution {id:'us-nist'}) RETURN p LIMIT 1",
    ]) {
      const result = await run(query);
      const path = result.rows[0]?.[0] as { segments: { start: NodeJson; end: NodeJson }[] };
      expect(path.segments.length).toBeGreaterThan(0);
      expect(path.segments[0]?.start.properties.id).toBe('kr-keit');
      expect(path.segments.at(-1)?.end.properties.id).toBe('us-nist');
      expect(result.graph.edges).toHaveLength(path.segments.length);
      expect(result.graph.nodes).toHaveLength(path.segments.length + 1);
    }
  });

  it('aggregates, sorts and pages', async () => {
    const result = await run(
      'MATCH (a:Agreement) RETURN a.status AS status, count(*) AS n, collect(a.id)[..2] AS sample ORDER BY n DESC, status',
    );
    expect(result.columns).toEqual(['status', 'n', 'sample']);
    const total = result.rows.reduce((sum, row) => sum + (row[1] as number), 0);
    expect(total).toBe(21);
    expect(typeof result.rows[0]?.[1]).toBe('number');
  });

  it('keeps the rows OPTIONAL MATCH finds nothing for, with nulls', async () => {
    const result = await run(
      'MATCH (i:Institution) OPTIONAL MATCH (i)-[:PART_OF]->(p:Institution) RETURN i.id, p.id ORDER BY i.id',
    );
    expect(result.rows).toHaveLength(26);
    expect(result.rows).toContainEqual(['us-nist', 'us-doc']);
    expect(result.rows.some((row) => row[1] === null)).toBe(true);
  });

  it('evaluates list comprehensions, pattern comprehensions, reduce, CASE and subqueries', async () => {
    const result = await run(`
      MATCH (i:Institution {id: 'us-nist'})
      RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * 10] AS odd,
             reduce(total = 0, x IN range(1, 10) | total + x) AS sum,
             [(i)-[:PARTY_TO]->(a) | a.id][..1] AS firstAgreement,
             CASE WHEN i.country = 'US' THEN 'american' ELSE 'other' END AS side,
             COUNT { (i)-[:PARTY_TO]->() } AS agreements,
             EXISTS { (i)-[:PART_OF]->(:Institution {id: 'us-doc'}) } AS inCommerce`);
    expect(result.rows[0]).toEqual([
      [10, 30, 50],
      55,
      [expect.any(String)],
      'american',
      expect.any(Number),
      true,
    ]);
  });

  it('takes parameters of every JSON type, whole numbers as integers', async () => {
    const result = await run(
      'MATCH (i:Institution) WHERE i.id IN $ids RETURN i.id AS id, $n + 1 AS next, $ratio * 2 AS double, $flag AS flag, $map.k AS k ORDER BY id LIMIT $n',
      { params: { ids: ['us-nist', 'kr-keit', 'kr-kriss'], n: 2, ratio: 0.25, flag: true, map: { k: 'v' } } },
    );
    expect(result.rows).toEqual([
      ['kr-keit', 3, 0.5, true, 'v'],
      ['kr-kriss', 3, 0.5, true, 'v'],
    ]);
  });

  it('answers temporal values as ISO strings and big integers as strings', async () => {
    const result = await run(
      "RETURN date('2023-12-09') AS d, datetime('2023-12-09T10:00:00+09:00') AS dt, localtime('10:30') AS t, duration('P1DT2H') AS du, 9007199254740993 AS big, 3.5 AS f",
    );
    expect(result.rows[0]).toEqual([
      '2023-12-09',
      '2023-12-09T10:00:00+09:00',
      '10:30:00',
      'P1DT2H',
      '9007199254740993',
      3.5,
    ]);
  });

  it('searches the full-text index and lists the schema through the allowlisted procedures', async () => {
    const search = await run(
      "CALL db.index.fulltext.queryNodes('institution_names', '표준') YIELD node RETURN node.id AS id",
    );
    expect(search.rows.map((row) => row[0])).toContain('kr-kriss');
    const labels = await run('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.rows.map((row) => row[0])).toEqual(
      expect.arrayContaining(['Agreement', 'Institution', 'Domain']),
    );
    const schema = await run('CALL db.schema.visualization()');
    expect(schema.columns).toEqual(['nodes', 'relationships']);
  });

  it('lets keywords stand as names and in strings, and drops a trailing semicolon', async () => {
    const result = await run(
      "MATCH (n:Institution {id: 'us-nist'}) RETURN n {.id, create: 1, `set`: 2} AS m, 'DETACH DELETE n' AS text // SET n.x = 1\n;",
    );
    expect(result.rows[0]).toEqual([{ id: 'us-nist', create: 1, set: 2 }, 'DETACH DELETE n']);
  });

  it('cuts the rows at maxRows and says so', async () => {
    const result = await run('UNWIND range(1, 5000) AS x RETURN x', { maxRows: 100 });
    expect(result.rows).toHaveLength(100);
    expect(result.summary).toMatchObject({
      truncated: true,
      truncatedBy: 'rows',
      rowCount: 100,
      maxRows: 100,
    });
  });

  it("answers a Cypher syntax error with 400, Neo4j's message and its position in the query", async () => {
    const response = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n)\nRETRUN n' }),
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { reason: string; detail: string; position: unknown };
    expect(problem.reason).toBe('syntax-error');
    expect(problem.detail).toMatch(/Invalid input 'RETRUN'/);
    expect(problem.position).toEqual({ line: 2, column: 1, offset: 10 });
  });
});
