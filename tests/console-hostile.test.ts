/**
 * POST /api/cypher against a corpus of hostile queries: writes of every kind, schema and admin commands,
 * procedures beyond the allowlist, LOAD CSV, IN TRANSACTIONS, USE, query options, casing, comment and
 * unicode evasions, enormous and deeply nested queries, cartesian explosions. Each is refused with the
 * right status and reason, and the graph is exactly the same after all of them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Database } from '../server/db/database.js';
import { connectTestDatabase, graphChecksum, seedDatabase } from './support/database.js';
import { startApp, type RunningApp } from './support/http.js';

interface Hostile {
  query: string;
  status: number;
  reason?: string;
  params?: Record<string, unknown>;
  timeoutMs?: number;
}

const W = { status: 403, reason: 'write' };
const ADMIN = { status: 403, reason: 'schema-or-admin' };
const PROCEDURE = { status: 403, reason: 'procedure-not-allowed' };
const FUNCTION = { status: 403, reason: 'function-not-allowed' };
const CSV = { status: 403, reason: 'load-csv' };
const BATCHES = { status: 403, reason: 'in-transactions' };
const USE = { status: 403, reason: 'other-database' };
const OPTION = { status: 403, reason: 'query-option' };
const UNICODE = { status: 400, reason: 'unusual-character' };

const CORPUS: Hostile[] = [
  // Writes of every kind
  { query: 'CREATE (n:Intruder) RETURN n', ...W },
  { query: 'MATCH (n) DETACH DELETE n', ...W },
  { query: 'MATCH ()-[r]->() DELETE r', ...W },
  { query: "MATCH (n:Institution) SET n.nameEn = 'pwned'", ...W },
  { query: 'MATCH (n:Institution) SET n += {pwned: true}', ...W },
  { query: 'MATCH (n:Institution) SET n:Compromised', ...W },
  { query: 'MATCH (n:Institution) REMOVE n.nameEn', ...W },
  { query: "MERGE (n:Institution {id: 'evil'}) RETURN n", ...W },
  {
    query: "MATCH (a:Institution {id: 'us-nist'}), (b:Institution {id: 'kr-keit'}) CREATE (a)-[:OWNS]->(b)",
    ...W,
  },
  { query: 'MATCH (n) FOREACH (x IN [1] | SET n.x = x)', ...W },
  { query: 'MATCH (n) CALL { WITH n DETACH DELETE n } RETURN count(*)', ...W },
  { query: 'UNWIND range(1, 10) AS i CREATE (:Spam {i: i})', ...W },
  { query: 'INSERT (n:Intruder)', ...W },
  { query: 'MATCH (n) NODETACH DELETE n', ...W },
  // Casing, comments and whitespace
  { query: 'cReAtE (n:Intruder)', ...W },
  { query: 'MATCH (n) /* harmless */ DETACH/**/DELETE n', ...W },
  { query: 'MATCH (n)\n// only reading, promise\nSET n.x = 1', ...W },
  { query: 'MATCH (n)\n\tWITH n\n\t\tLIMIT 1\r\nDELETE n', ...W },
  { query: 'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', status: 403, reason: 'multiple-statements' },
  // Unicode tricks
  { query: '\uff23\uff32\uff25\uff21\uff34\uff25 (n:Intruder)', ...UNICODE },
  { query: '\u{1d402}\u{1d411}\u{1d404}\u{1d400}\u{1d413}\u{1d404} (n:Intruder)', ...UNICODE },
  { query: '\u0421REATE (n:Intruder)', ...UNICODE },
  { query: '\u0131NSERT (n:Intruder)', ...UNICODE },
  { query: 'CRE\u200bATE (n:Intruder)', ...UNICODE },
  { query: 'MATCH (n) RETURN n /* \u202e */ ', ...UNICODE },
  { query: 'MATCH\u00a0(n) DETACH DELETE n', ...UNICODE },
  { query: 'MATCH (n)\u2028DETACH DELETE n', ...UNICODE },
  // Schema and administration
  { query: 'CREATE INDEX intruder FOR (n:Institution) ON (n.kind)', ...ADMIN },
  { query: 'CREATE CONSTRAINT intruder FOR (n:Intruder) REQUIRE n.id IS UNIQUE', ...ADMIN },
  { query: 'DROP INDEX institution_country', ...ADMIN },
  { query: 'SHOW DATABASES', ...ADMIN },
  { query: 'SHOW USERS', ...ADMIN },
  { query: 'SHOW SETTINGS YIELD name, value', ...ADMIN },
  { query: 'SHOW TRANSACTIONS', ...ADMIN },
  { query: 'SHOW PROCEDURES', ...ADMIN },
  { query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", ...ADMIN },
  { query: "CREATE USER mallory SET PASSWORD 'mallory-password'", ...ADMIN },
  { query: "ALTER USER neo4j SET PASSWORD 'another-password'", ...ADMIN },
  { query: 'CREATE DATABASE intruder', ...ADMIN },
  { query: 'STOP DATABASE neo4j', ...ADMIN },
  { query: 'START DATABASE neo4j', ...ADMIN },
  { query: 'GRANT ROLE admin TO mallory', ...ADMIN },
  // Procedures beyond the allowlist, however written
  { query: 'CALL dbms.listConfig()', ...PROCEDURE },
  { query: "CALL dbms.killConnections(['bolt-1'])", ...PROCEDURE },
  { query: 'CALL dbms.listConnections()', ...PROCEDURE },
  { query: 'CALL dbms.components()', ...PROCEDURE },
  { query: "CALL dbms.queryJmx('*:*')", ...PROCEDURE },
  { query: 'CALL db.clearQueryCaches()', ...PROCEDURE },
  { query: "CALL db.stats.collect('QUERIES')", ...PROCEDURE },
  { query: "CALL db.createLabel('Intruder')", ...PROCEDURE },
  { query: 'CALL tx.setMetaData({intruder: true})', ...PROCEDURE },
  { query: 'CALL `dbms`.`listConfig`()', ...PROCEDURE },
  { query: 'call DBMS.LISTCONFIG', ...PROCEDURE },
  { query: 'MATCH (n) WITH n LIMIT 1 CALL dbms.listConfig() YIELD name RETURN name', ...PROCEDURE },
  { query: 'CALL db.labels() YIELD label CALL dbms.info() YIELD id RETURN label, id', ...PROCEDURE },
  // Functions that are not built in
  { query: 'RETURN apoc.version()', ...FUNCTION },
  { query: "RETURN `apoc`.`text`.`join`(['a'], ',')", ...FUNCTION },
  { query: "RETURN graph.byName('system')", ...FUNCTION },
  // LOAD CSV from files and URLs
  { query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", ...CSV },
  { query: "load csv with headers from 'http://127.0.0.1:1/x.csv' as row return row", ...CSV },
  { query: "LOAD CSV FROM 'https://example.com/data.csv' AS line RETURN line", ...CSV },
  { query: "MATCH (n) WITH n LIMIT 1 LOAD\n\tCSV FROM 'file:///etc/hosts' AS l RETURN l", ...CSV },
  // Subqueries in transactions
  { query: 'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', ...BATCHES },
  { query: 'UNWIND [1] AS x CALL { WITH x RETURN x AS y } IN TRANSACTIONS OF 1 ROW RETURN y', ...BATCHES },
  { query: 'CALL { MATCH (n) RETURN n } IN 2 CONCURRENT TRANSACTIONS RETURN n', ...BATCHES },
  // Other databases
  { query: 'USE system SHOW USERS', ...USE },
  { query: 'USE system MATCH (n) RETURN n', ...USE },
  { query: 'CALL { USE system RETURN 1 AS x } RETURN x', ...USE },
  // Query options
  { query: 'EXPLAIN CREATE (n)', ...OPTION },
  { query: 'PROFILE MATCH (n) RETURN n', ...OPTION },
  { query: 'CYPHER runtime=interpreted MATCH (n) RETURN n', ...OPTION },
  // Enormous, deep or runaway
  { query: `RETURN ${'('.repeat(200)}1${')'.repeat(200)}`, status: 400, reason: 'too-deep' },
  { query: `RETURN ${'['.repeat(100)}${']'.repeat(100)}`, status: 400, reason: 'too-deep' },
  { query: `RETURN 1 ${'+ 1 '.repeat(3_000)}`, status: 400 },
  { query: 'RETURN reduce(s = 0, x IN range(1, 2000000000) | s + x)', status: 403, reason: 'too-large' },
  { query: "RETURN 'unterminated", status: 400, reason: 'syntax-error' },
  {
    query: 'MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = "x" RETURN count(*)',
    timeoutMs: 1_000,
    status: 504,
    reason: 'timeout',
  },
  { query: 'MATCH (a)-[*..12]-(b) RETURN count(*)', timeoutMs: 1_000, status: 504, reason: 'timeout' },
  {
    query:
      'UNWIND range(1, 900000) AS x WITH x ORDER BY x DESC RETURN collect(toString(x) + " padding") AS xs',
    status: 422,
    reason: 'memory',
  },
  // Parameters cannot smuggle anything: they are values, never text
  { query: 'RETURN $q AS q', params: { q: 'MATCH (n) DETACH DELETE n' }, status: 200 },
];

let db: Database;
let app: RunningApp;
let before: string;

beforeAll(async () => {
  db = connectTestDatabase();
  await seedDatabase(db);
  before = await graphChecksum(db);
  // The corpus is large; the rate limit has its own test.
  vi.stubEnv('CONSOLE_RATE_PER_MINUTE', '100000');
  vi.stubEnv('CONSOLE_RATE_BURST', '100000');
  app = await startApp(db);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await app?.close();
  await db?.close();
});

function post(body: unknown): Promise<Response> {
  return fetch(`${app.url}/api/cypher`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /api/cypher with hostile queries', () => {
  it('has a corpus of at least 40', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CORPUS.map((item) => [item.query.slice(0, 90), item] as const))(
    'answers %j as it should',
    async (_name, item) => {
      const response = await post({
        query: item.query,
        ...(item.params ? { params: item.params } : {}),
        ...(item.timeoutMs ? { timeoutMs: item.timeoutMs } : {}),
      });
      const body = (await response.json()) as { reason?: string; detail?: string; title?: string };
      expect({ status: response.status, reason: body.reason }).toEqual({
        status: item.status,
        reason: item.reason,
      });
      if (item.status >= 400) {
        expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
        expect(body.detail).toBeTruthy();
      }
    },
  );

  it('refuses malformed and oversized requests with 400 or 413, never 500', async () => {
    const cases: [unknown, number][] = [
      ['{not json', 400],
      [{ query: 42 }, 400],
      [{ query: '' }, 400],
      [{ query: 'RETURN 1', commit: true }, 400],
      [{ query: 'RETURN 1', params: [1, 2] }, 400],
      [{ query: 'RETURN 1', params: { big: 'x'.repeat(30_000) } }, 400],
      [
        { query: 'RETURN 1', params: { deep: JSON.parse(`${'['.repeat(20)}${']'.repeat(20)}`) as unknown } },
        400,
      ],
      [{ query: 'RETURN 1', timeoutMs: 0 }, 400],
      [{ query: 'RETURN 1', timeoutMs: 3_600_000 }, 400],
      [{ query: 'RETURN 1', maxRows: 1_000_000 }, 400],
      [{ query: 'x'.repeat(200_000) }, 413],
    ];
    for (const [body, status] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(status);
    }
  });

  it('leaves the graph exactly as it was', async () => {
    expect(await graphChecksum(db)).toBe(before);
  });
});
