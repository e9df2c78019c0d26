/**
 * API overhead: each endpoint called over HTTP (the real app from `createApp`, on a loopback port) and
 * the same Cypher statements run directly through neo4j-driver, in the same sequence the service runs
 * them, one read transaction each. The two sides alternate call by call, in random order, on the same
 * inputs, so that drift (JIT, caches, other load on the machine) falls on both alike.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import neo4j, { type Transaction } from 'neo4j-driver';
import { pino } from 'pino';

import { createApp } from '../server/app.js';
import { IMPORTS_CLOSED } from '../server/services/import/index.js';
import type { Database } from '../server/db/database.js';
import { CLIENT_DIR } from '../server/runtime.js';
import { luceneQuery } from '../server/services/search/lucene-query.js';
import { Random } from './generator/random.js';
import { FIELDS, PLACES } from './generator/words.js';
import { distribution, round, since, type Distribution } from './stats.js';

export const ENDPOINTS = ['search', 'institution', 'neighbourhood', 'paths'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export interface EndpointResult {
  endpoint: Endpoint;
  example: string;
  http: Distribution;
  driver: Distribution;
  /** HTTP over driver, at the median and at the 95th percentile. */
  ratioP50: number;
  ratioP95: number;
  /** Calls that failed (HTTP status other than 200; a driver error), left out of the latencies. */
  errors: { http: number; driver: number };
}

export interface PathResult {
  pairs: number;
  /** The statement the endpoint runs (cypher/api/shortest-paths.cypher, shortestPath()), through the driver. */
  statement: Distribution;
  /** The whole GET /api/paths over HTTP. */
  http: Distribution;
  /** The SHORTEST 1 path selector (cypher/api/paths.cypher), which the endpoint keeps for domain filters. */
  selector: Distribution;
  /** Pairs the statement linked within 8 hops, and their mean length. */
  found: number;
  meanLength: number;
  /** Pairs whose search failed (a memory or time limit), left out of the latencies. */
  failures: { statement: number; http: number; selector: number };
}

export interface ApiBenchResult {
  iterations: number;
  institutions: number;
  endpoints: EndpointResult[];
  paths: PathResult;
}

/** Relationship types of the default `via` (agreement, parent, event, person), as the service builds it. */
const ALL_LINK_TYPES = ['PARTY_TO', 'PART_OF', 'AGREED_AT', 'HOLDS', 'CHAIRS'];
const NEIGHBOURHOOD = { depth: 2, limit: 200 };
const SEARCH_LIMIT = 10;
/** The search service asks Neo4j for this many candidates per result it returns. */
const SEARCH_CANDIDATES = 3;

type Driven = (tx: Transaction) => Promise<unknown>;

/**
 * A keep-alive HTTP/1.1 client, as a browser holds one. Node's fetch (undici) spends ~0.3 ms more per
 * call on its own side, which would be charged to the API.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** GETs `url` and parses the JSON answer; resolves to the status. */
function getJson(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          JSON.parse(Buffer.concat(chunks).toString('utf8'));
          resolve(response.statusCode ?? 0);
        });
      })
      .on('error', reject);
  });
}

export async function benchApi(
  db: Database,
  options: { iterations: number; seed: string },
  log: (message: string) => void,
): Promise<ApiBenchResult> {
  const random = new Random(`${options.seed}-api`);
  const { records } = await db.driver.executeQuery(
    'MATCH (i:Institution) RETURN i.id AS id, i.acronym AS acronym ORDER BY id',
    {},
    { database: db.name, routing: 'READ' },
  );
  const institutions = records.map((r) => ({
    id: r.get('id') as string,
    acronym: r.get('acronym') as string | null,
  }));
  const anyInstitution = () => random.pick(institutions);

  const app = createApp({
    db,
    logger: pino({ level: 'silent' }),
    clientDir: CLIENT_DIR,
    imports: IMPORTS_CLOSED,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  // One read transaction, one attempt: `executeRead` would retry a transient error (Neo4j classes running
  // out of a transaction's memory as one) for seconds, which is the app's choice, not the driver's cost.
  const read = async (work: Driven): Promise<void> => {
    const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction();
    try {
      await work(tx);
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  };
  const run = async (
    tx: Transaction,
    name: string,
    parameters: Record<string, unknown>,
    slots?: Record<string, string>,
  ) => (await tx.run(db.cypher.get(name, slots), parameters)).records.map((r) => r.toObject());

  const calls: Record<Endpoint, () => { path: string; driver: Driven }> = {
    search: () => {
      const term = searchTerm(random, anyInstitution().acronym);
      return {
        path: `/search?q=${encodeURIComponent(term)}&limit=${SEARCH_LIMIT}`,
        driver: (tx) =>
          run(tx, 'api/search', {
            lucene: luceneQuery(term),
            limit: neo4j.int(SEARCH_LIMIT * SEARCH_CANDIDATES),
            types: null,
          }),
      };
    },
    institution: () => {
      const { id } = anyInstitution();
      return {
        path: `/institutions/${id}`,
        driver: async (tx) => {
          const [row] = await run(tx, 'api/institution', { id, agreementsLimit: neo4j.int(200) });
          const roles = (row?.institution as { roles: { id: string }[] }).roles;
          if (roles.length > 0) await run(tx, 'api/agreement-details', { ids: roles.map((r) => r.id) });
        },
      };
    },
    neighbourhood: () => {
      const { id } = anyInstitution();
      return {
        path: `/institutions/${id}/neighbourhood?depth=${NEIGHBOURHOOD.depth}&limit=${NEIGHBOURHOOD.limit}`,
        driver: (tx) => neighbourhoodSequence(tx, run, id),
      };
    },
    paths: () => {
      const [from, to] = [anyInstitution().id, anyInstitution().id];
      return {
        path: `/paths?from=${from}&to=${to}`,
        driver: (tx) => pathSequence(tx, run, from, to),
      };
    },
  };

  try {
    const warmup = Math.max(5, Math.round(options.iterations / 10));
    const endpoints: EndpointResult[] = [];
    for (const endpoint of ENDPOINTS) {
      const http: number[] = [];
      const direct: number[] = [];
      let httpErrors = 0;
      let driverErrors = 0;
      let example = '';
      for (let i = 0; i < warmup + options.iterations; i += 1) {
        const call = calls[endpoint]();
        example ||= call.path;
        const timeHttp = async (): Promise<number | null> => {
          const started = performance.now();
          const status = await getJson(base + call.path);
          return status === 200 ? since(started) : null;
        };
        const timeDriver = async (): Promise<number | null> => {
          const started = performance.now();
          return (await attempt(() => read(call.driver))) ? since(started) : null;
        };
        let h: number | null;
        let d: number | null;
        if (random.chance(0.5)) {
          h = await timeHttp();
          d = await timeDriver();
        } else {
          d = await timeDriver();
          h = await timeHttp();
        }
        if (i < warmup) continue;
        if (h === null) httpErrors += 1;
        if (d === null) driverErrors += 1;
        // Only calls both sides answered are compared.
        if (h !== null && d !== null) {
          http.push(h);
          direct.push(d);
        }
      }
      const result = summarise(endpoint, example, http, direct, { http: httpErrors, driver: driverErrors });
      endpoints.push(result);
      log(
        `  ${endpoint}: HTTP p50 ${result.http.p50} ms / p95 ${result.http.p95} ms, driver p50 ${result.driver.p50} ms / ` +
          `p95 ${result.driver.p95} ms, ratio p50 ${result.ratioP50}` +
          (httpErrors + driverErrors
            ? `; failed: ${httpErrors} over HTTP, ${driverErrors} through the driver`
            : ''),
      );
    }

    // Shortest paths between random pairs: the endpoint's statement alone, the endpoint over HTTP, and
    // the SHORTEST selector it replaced when no domain restricts the way.
    const samples = { statement: [] as number[], http: [] as number[], selector: [] as number[] };
    const failures = { statement: 0, http: 0, selector: 0 };
    let found = 0;
    let lengths = 0;
    const timed = async (key: keyof typeof samples, measured: boolean, work: () => Promise<boolean>) => {
      const started = performance.now();
      const ok = await work();
      if (!measured) return;
      if (ok) samples[key].push(since(started));
      else failures[key] += 1;
    };
    for (let i = 0; i < warmup + options.iterations; i += 1) {
      const [from, to] = [anyInstitution().id, anyInstitution().id];
      const measured = i >= warmup;
      let rows: Record<string, unknown>[] = [];
      await timed('statement', measured, () =>
        attempt(() =>
          read(async (tx) => {
            rows = await run(tx, 'api/shortest-paths', SHORTEST_PARAMETERS(from, to), SHORTEST_SLOTS);
          }),
        ),
      );
      if (measured && rows.length > 0) {
        found += 1;
        lengths += (rows[0]!.relationships as unknown[]).length;
      }
      await timed(
        'http',
        measured,
        async () => (await getJson(`${base}/paths?from=${from}&to=${to}`)) === 200,
      );
      await timed('selector', measured, () =>
        attempt(() => read((tx) => run(tx, 'api/paths', selectorParameters(from, to), SHORTEST_1))),
      );
    }
    const paths: PathResult = {
      pairs: options.iterations,
      statement: rounded(distribution(samples.statement)),
      http: rounded(distribution(samples.http)),
      selector: rounded(distribution(samples.selector)),
      found,
      meanLength: round(lengths / Math.max(1, found), 2),
      failures,
    };
    log(
      `  shortest path: statement p50 ${paths.statement.p50} ms / p95 ${paths.statement.p95} ms, ` +
        `HTTP p50 ${paths.http.p50} ms / p95 ${paths.http.p95} ms; found ${found}/${options.iterations}, ` +
        `mean length ${paths.meanLength}; SHORTEST selector p95 ${paths.selector.p95} ms ` +
        `(${failures.selector} failed)`,
    );
    return { iterations: options.iterations, institutions: institutions.length, endpoints, paths };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Runs `work`; false when Neo4j refused it (a memory or time limit), which the caller counts. */
async function attempt(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('Neo.')) return false;
    throw error;
  }
}

type Run = (
  tx: Transaction,
  name: string,
  parameters: Record<string, unknown>,
  slots?: Record<string, string>,
) => Promise<Record<string, unknown>[]>;

/** What services/neighbourhood.ts runs: the start's existence, one step per depth, the subgraph. */
async function neighbourhoodSequence(tx: Transaction, run: Run, id: string): Promise<void> {
  await run(tx, 'api/institution-exists', { id });
  const seen = [id];
  let frontier = [id];
  let truncated = false;
  for (let step = 0; step < NEIGHBOURHOOD.depth && frontier.length > 0 && !truncated; step += 1) {
    const room = NEIGHBOURHOOD.limit - seen.length;
    const [row] = await run(tx, 'api/neighbours', { frontier, seen, domain: null, limit: neo4j.int(room) });
    const reached = row?.ids as string[];
    truncated = reached.length > room;
    frontier = reached.slice(0, room);
    seen.push(...frontier);
  }
  await run(tx, 'api/subgraph', { ids: seen, domain: null });
}

/** What services/paths.ts runs by default: both ends resolved, the shortest path, its agreements. */
async function pathSequence(tx: Transaction, run: Run, from: string, to: string): Promise<void> {
  await run(tx, 'api/resolve-institution', { term: from });
  await run(tx, 'api/resolve-institution', { term: to });
  if (from === to) return;
  const rows = await run(tx, 'api/shortest-paths', SHORTEST_PARAMETERS(from, to), SHORTEST_SLOTS);
  const ids = rows.flatMap((row) =>
    (row.nodes as { id: string; label: string }[]).filter((n) => n.label === 'Agreement').map((n) => n.id),
  );
  if (ids.length > 0) await run(tx, 'api/agreement-details', { ids: [...new Set(ids)] });
}

/** The endpoint's defaults: every kind of link, 8 hops, one path (and one more to tell truncation). */
const SHORTEST_SLOTS = { function: 'shortestPath', types: ALL_LINK_TYPES.join('|'), maxHops: '8' };
const SHORTEST_PARAMETERS = (from: string, to: string) => ({ from, to, limit: neo4j.int(2) });
const SHORTEST_1 = { selector: 'SHORTEST 1' };

function selectorParameters(from: string, to: string): Record<string, unknown> {
  return { from, to, types: ALL_LINK_TYPES, domain: null, maxHops: neo4j.int(8), limit: neo4j.int(2) };
}

/** What people type: an acronym, an English field or place, or a Korean one. */
function searchTerm(random: Random, acronym: string | null): string {
  const draw = random.next();
  if (draw < 0.35 && acronym) return acronym;
  if (draw < 0.6) return random.pick(FIELDS).en.split(' ')[0]!;
  if (draw < 0.8) return random.pick(FIELDS).ko;
  return random.chance(0.5) ? random.pick(PLACES).en : random.pick(PLACES).ko;
}

function summarise(
  endpoint: Endpoint,
  example: string,
  http: number[],
  direct: number[],
  errors: EndpointResult['errors'],
): EndpointResult {
  const h = rounded(distribution(http));
  const d = rounded(distribution(direct));
  return {
    endpoint,
    example,
    http: h,
    driver: d,
    ratioP50: round(h.p50 / d.p50, 2),
    ratioP95: round(h.p95 / d.p95, 2),
    errors,
  };
}

function rounded(d: Distribution): Distribution {
  return {
    count: d.count,
    p50: round(d.p50, 2),
    p95: round(d.p95, 2),
    min: round(d.min, 2),
    max: round(d.max, 2),
  };
}
