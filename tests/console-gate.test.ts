/**
 * The console's gate layer by layer, each on its own so that none relies on another: the lexer and
 * token rules (no database), the plan check against real EXPLAIN plans, and what Neo4j 5 Community
 * itself does and does not refuse, which is why the app's gate exists.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import neo4j, { type ResultSummary } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { KEYWORDS } from '../server/console/allowlists.js';
import { tokenize } from '../server/console/lexer.js';
import { checkPlan } from '../server/console/plan-check.js';
import { ConsoleProblem } from '../server/console/problem.js';
import { RateLimiter } from '../server/console/rate-limit.js';
import { checkQueryText } from '../server/console/text-check.js';
import type { Database } from '../server/db/database.js';
import { connectTestDatabase, seedDatabase } from './support/database.js';

const builtinFunctions = new Set([
  'count',
  'collect',
  'range',
  'toupper',
  'size',
  'shortestpath',
  'graph.byname',
]);
const check = (query: string) => checkQueryText(query, { builtinFunctions });

function refusal(action: () => unknown): ConsoleProblem {
  try {
    action();
  } catch (error) {
    if (error instanceof ConsoleProblem) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the lexer', () => {
  it('keeps strings, comments and quoted names apart from keywords', () => {
    const tokens = tokenize('RETURN \'CREATE (n)\' AS `DELETE`, "x\\"y" // SET\n/* DROP */ $p', KEYWORDS);
    expect(tokens.map((token) => [token.kind, token.value])).toEqual([
      ['word', 'RETURN'],
      ['string', "'CREATE (n)'"],
      ['word', 'AS'],
      ['quoted', 'DELETE'],
      ['symbol', ','],
      ['string', '"x\\"y"'],
      ['parameter', '$p'],
    ]);
  });

  it('refuses unterminated strings and comments, invisible characters and lookalike letters', () => {
    expect(refusal(() => check("RETURN 'open")).reason).toBe('syntax-error');
    expect(refusal(() => check('RETURN 1 /* open')).reason).toBe('syntax-error');
    for (const query of [
      'RETURN 1\u200b',
      'RETURN \u202e1',
      '\ufeffRETURN 1',
      'RETURN\u00a01',
      'МАТСН (n) RETURN n',
    ]) {
      const problem = refusal(() => check(query));
      expect(problem.status).toBe(400);
      expect(problem.reason).toBe('unusual-character');
    }
  });

  it('accepts Korean names and text', () => {
    expect(check("MATCH (기관:Institution) WHERE 기관.nameKo CONTAINS '표준' RETURN 기관").statement).toMatch(
      /^MATCH/,
    );
  });
});

describe('the token rules', () => {
  it('treats keywords used as names (properties, map keys, aliases, labels) as names', () => {
    for (const query of [
      'MATCH (n) RETURN n.set, n.create',
      'RETURN {delete: 1, show: 2} AS m',
      'MATCH (n:Create) RETURN n AS drop',
      'MATCH (n) RETURN n AS show',
      "RETURN 'LOAD CSV FROM x' AS text // CALL dbms.listConfig()",
    ]) {
      expect(() => check(query)).not.toThrow();
    }
  });

  it('refuses write, schema and admin keywords whatever their case, with their position', () => {
    const problem = refusal(() => check('MATCH (n)\n  dEtAcH DELETE n'));
    expect(problem).toMatchObject({
      status: 403,
      reason: 'write',
      options: { position: { line: 2, column: 3, offset: 12 } },
    });
    expect(refusal(() => check('create index x for (n:A) on (n.b)')).reason).toBe('schema-or-admin');
  });

  it('refuses what only its first word gives away, and several statements', () => {
    expect(refusal(() => check('STOP DATABASE neo4j')).reason).toBe('schema-or-admin');
    expect(refusal(() => check('RETURN 1; RETURN 2')).reason).toBe('multiple-statements');
    expect(check('RETURN 1 ;').statement).toBe('RETURN 1 ');
  });

  it('refuses procedures and functions outside the allowlists, however they are spelt', () => {
    expect(refusal(() => check('CALL `dbms`.listConfig')).reason).toBe('procedure-not-allowed');
    expect(refusal(() => check('RETURN apoc.coll.sum([1])')).reason).toBe('function-not-allowed');
    expect(refusal(() => check('RETURN graph.byName("system")')).reason).toBe('function-not-allowed');
    expect(() =>
      check('CALL db.labels() YIELD label RETURN count(label), COUNT { MATCH (n) }'),
    ).not.toThrow();
  });

  it('refuses huge literal ranges and deep nesting', () => {
    expect(refusal(() => check('RETURN size(range(0, 0x7fffffff))')).reason).toBe('too-large');
    expect(() => check('RETURN range(1, 1000, 10)')).not.toThrow();
    expect(refusal(() => check(`RETURN ${'['.repeat(50)}1${']'.repeat(50)}`)).reason).toBe('too-deep');
  });
});

describe('the rate limiter', () => {
  it('allows a burst, then one query per interval, and says when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 2, () => now);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('against Neo4j', () => {
  let db: Database;

  beforeAll(async () => {
    db = connectTestDatabase();
    await seedDatabase(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  /** What EXPLAIN says inside a READ transaction (which is where the console asks it). */
  async function explain(query: string): Promise<ResultSummary> {
    const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction({ timeout: 5_000 });
    try {
      return (await tx.run(`EXPLAIN ${query}`)).summary;
    } finally {
      await tx.rollback();
      await session.close();
    }
  }

  async function readOnly(query: string): Promise<unknown[]> {
    const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
    try {
      const tx = session.beginTransaction({ timeout: 5_000 });
      try {
        return (await tx.run(query)).records.map((record) => record.toObject());
      } finally {
        await tx.rollback();
      }
    } finally {
      await session.close();
    }
  }

  describe('what Neo4j 5 Community does not refuse by itself', () => {
    it('rejects writes and schema changes in a READ transaction', async () => {
      await expect(readOnly('CREATE (:Probe)')).rejects.toMatchObject({
        code: 'Neo.ClientError.Statement.AccessMode',
      });
      await expect(readOnly('CREATE INDEX probe FOR (n:Probe) ON (n.x)')).rejects.toThrow();
    });

    it('but runs built-in dbms procedures (outside its procedure allowlist) and SHOW commands', async () => {
      expect((await readOnly('CALL dbms.listConfig() YIELD name RETURN name LIMIT 1')).length).toBe(1);
      expect((await readOnly('SHOW SETTINGS YIELD name RETURN name LIMIT 1')).length).toBe(1);
      expect(
        (await readOnly('SHOW TRANSACTIONS YIELD transactionId RETURN transactionId')).length,
      ).toBeGreaterThan(0);
    });

    it('and explains writes, LOAD CSV and admin commands, typing procedure calls and admin commands "s"', async () => {
      expect((await explain('CREATE (:Probe)')).queryType).toBe('w');
      expect((await explain("LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row")).queryType).toBe(
        'r',
      );
      expect((await explain('CALL dbms.listConfig()')).queryType).toBe('s');
      expect((await explain("CREATE USER probe SET PASSWORD 'probe-password'")).queryType).toBe('s');
      expect((await explain('SHOW PROCEDURES')).queryType).toBe('r');
    });
  });

  describe('the plan check', () => {
    it.each([
      ['CREATE (:Probe)', 'write'],
      ['MATCH (n) DETACH DELETE n', 'write'],
      ["MERGE (n:Probe {id: 'x'}) RETURN n", 'write'],
      ['CALL dbms.listConfig()', 'schema-or-admin'],
      ['CALL db.clearQueryCaches()', 'schema-or-admin'],
      ["CALL db.stats.collect('QUERIES')", 'procedure-not-allowed'],
      ['SHOW SETTINGS', 'schema-or-admin'],
      ['SHOW PROCEDURES', 'schema-or-admin'],
      ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'schema-or-admin'],
      ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'load-csv'],
      ['CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', 'in-transactions'],
      ['CREATE INDEX probe FOR (n:Probe) ON (n.x)', 'schema-or-admin'],
    ])('refuses %s (%s)', async (query, reason) => {
      const summary = await explain(query);
      expect(refusal(() => checkPlan(summary, db.name)).reason).toBe(reason);
    });

    it.each([
      "MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)-[:COVERS]->(:Domain {id: 'quantum'}) RETURN i, a",
      "MATCH p = shortestPath((a:Institution {id: 'kr-keit'})-[*..6]-(b:Institution {id: 'us-nist'})) RETURN p",
      'MATCH (a:Institution) OPTIONAL MATCH (a)-[:PART_OF]->(p) RETURN a.id, p.id ORDER BY a.id SKIP 1 LIMIT 5',
      'MATCH (i:Institution) RETURN i.country, count(*), collect(DISTINCT i.kind)',
      'MATCH (i:Institution) WHERE EXISTS { (i)-[:PARTY_TO]->() } RETURN i.id, COUNT { (i)--() } AS degree',
      "CALL db.index.fulltext.queryNodes('institution_names', 'NIST') YIELD node RETURN node.id",
      'CALL db.labels() YIELD label RETURN label UNION CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS label',
      'MATCH (a:Institution), (b:Institution) WHERE a.country = b.country AND a.id < b.id RETURN a.id, b.id',
    ])('lets %s through', async (query) => {
      const summary = await explain(query);
      expect(() => checkPlan(summary, db.name)).not.toThrow();
    });
  });

  describe('the Neo4j the project starts', () => {
    let web: Server;
    let csvUrl: string;

    beforeAll(async () => {
      // A CSV on loopback: reachable from Neo4j, so only its configuration can refuse it.
      web = createServer((_req, res) => res.end('a,b\n1,2\n'));
      await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
      csvUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}/x.csv`;
    });
    afterAll(async () => {
      await new Promise((resolve) => web?.close(resolve));
    });

    it('refuses LOAD CSV from the network and from files, even where the app would let it through', async () => {
      await expect(readOnly(`LOAD CSV FROM '${csvUrl}' AS row RETURN row`)).rejects.toThrow(
        /cypher_ip_blocklist/,
      );
      await expect(readOnly("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row")).rejects.toThrow(
        /allow_csv_import_from_file_urls/,
      );
    });

    it('caps the memory of one transaction', async () => {
      await expect(
        readOnly(
          "UNWIND range(1, 2000000) AS x RETURN collect(toString(x) + 'padding padding padding') AS xs",
        ),
      ).rejects.toMatchObject({ code: expect.stringMatching(/MemoryPoolOutOfMemoryError/) as unknown });
    });
  });
});
