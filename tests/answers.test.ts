/**
 * Every endpoint's real answer on the seed graph, read with the schema its route publishes in the OpenAPI
 * document: a field the schema lacks, a missing one, a wrong type or an undocumented status fails here.
 * Each route needs at least one request below, so a new route cannot go unchecked. Every request is made
 * twice: with the driver on a `bolt://` URI (one server) and on a `neo4j://` one (routing, as a cluster or
 * Aura needs), which the driver handles differently (a routing table, read and write servers).
 */
import http from 'node:http';

import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { z } from 'zod';

import { problemSchema } from '../contract/problem.js';
import { apiRoutes } from '../server/app.js';
import type { Database } from '../server/db/database.js';
import type { ApiRoute } from '../server/http/route.js';
import { refreshLayout } from '../server/layout/index.js';
import { connectTestDatabase, seedDatabase } from './support/database.js';
import { startApp, type RunningApp } from './support/http.js';

interface Sample {
  /** The route as declared: method and Express path. */
  route: string;
  url: string;
  /** Sent as JSON with a POST. */
  body?: unknown;
  /** A request the route's declaration does not make: another method, a body of another type, a Host. */
  request?: { method?: string; contentType?: string; text?: string; host?: string };
  /** 200 unless the sample is an error the route documents. */
  status?: number;
}

/** A draft that renames NIST and says the KRISS–NIST consultation was agreed: both kinds of conflict. */
const CONFLICTING_DRAFT = {
  dataset: {
    institutions: [
      { id: 'us-nist', nameEn: 'NIST', nameKo: '국립표준기술연구소', kind: 'institute', country: 'US' },
    ],
    agreements: [
      {
        id: 'kriss-nist-quantum-supercomputing-consultation',
        titleEn: 'KRISS–NIST joint research on next-generation quantum supercomputing',
        titleKo: '표준연–NIST 차세대 양자 슈퍼컴퓨팅 공동 연구',
        kind: 'consultation',
        status: 'agreed',
        date: '2023-12-09',
        summaryEn: 'KRISS and NIST will do joint research on next-generation quantum supercomputing.',
        summaryKo: '한국표준과학연구원과 NIST가 차세대 양자 슈퍼컴퓨팅 공동 연구를 한다.',
        domains: ['quantum'],
        parties: [
          { institution: 'kr-kriss', role: 'party' },
          { institution: 'us-nist', role: 'party' },
        ],
        evidence: [
          {
            source: 'article-2023-12-09-cet-dialogue',
            quoteKo:
              '우리 표준과학연구원과 미 상무부 산하 국립표준기술연구소(NIST)간 차세대 양자 슈퍼컴퓨팅 공동 연구를 위한 협의에도 나선다.',
            quoteEn: 'They will also consult on joint research on next-generation quantum supercomputing.',
          },
        ],
      },
    ],
  },
};

const SAMPLES: Sample[] = [
  { route: 'GET /health', url: '/api/health' },
  // DNS rebinding: a page of another site whose name resolves to this server.
  { route: 'GET /health', url: '/api/health', request: { host: 'rebound.example' }, status: 421 },
  { route: 'GET /graph', url: '/api/graph' },
  { route: 'GET /graph', url: '/api/graph?domain=quantum&status=agreed' },
  { route: 'GET /graph', url: '/api/graph?domain=no-such-domain', status: 400 },
  { route: 'GET /graph', url: '/api/graph', request: { method: 'DELETE' }, status: 405 },
  { route: 'GET /graph/page', url: '/api/graph/page?size=10&edgesPerNode=3' },
  { route: 'GET /graph/page', url: '/api/graph/page?size=0', status: 400 },
  { route: 'GET /export', url: '/api/export?format=gexf' },
  { route: 'GET /export', url: '/api/export?format=csv&lang=ko&domain=quantum' },
  { route: 'GET /export', url: '/api/export?format=json&country=KR' },
  { route: 'GET /export', url: '/api/export?format=xlsx', status: 400 },
  { route: 'GET /stats', url: '/api/stats' },
  { route: 'GET /stats', url: '/api/stats?country=KR&limit=5' },
  { route: 'GET /search', url: `/api/search?q=${encodeURIComponent('표준')}` },
  { route: 'GET /search', url: '/api/search?q=NIST&type=institution' },
  { route: 'GET /search', url: '/api/search?q=', status: 400 },
  { route: 'GET /institutions/:id', url: '/api/institutions/us-nist' },
  { route: 'GET /institutions/:id', url: '/api/institutions/us-national-security-council' },
  { route: 'GET /institutions/:id', url: '/api/institutions/no-such-institution', status: 404 },
  { route: 'GET /institutions/:id/neighbourhood', url: '/api/institutions/kr-msit/neighbourhood?depth=2' },
  { route: 'GET /agreements', url: '/api/agreements?domain=quantum&party=us-nist' },
  { route: 'GET /agreements', url: '/api/agreements?limit=3&offset=2' },
  { route: 'GET /agreements', url: '/api/agreements?sort=amount&order=asc&lang=ko&limit=5' },
  { route: 'GET /agreements', url: `/api/agreements?q=${encodeURIComponent('양자')}&sort=parties` },
  { route: 'GET /agreements', url: '/api/agreements?sort=rank', status: 400 },
  { route: 'GET /agreements/:id', url: '/api/agreements/msit-nsf-bioeconomy-funding' },
  { route: 'GET /agreements/:id', url: '/api/agreements/no-such-agreement', status: 404 },
  { route: 'GET /sources/:id', url: '/api/sources/article-2023-12-09-cet-dialogue' },
  { route: 'GET /sources/:id', url: '/api/sources/background-white-house-nsc' },
  { route: 'GET /sources/:id', url: '/api/sources/no-such-source', status: 404 },
  { route: 'GET /sources/:id', url: '/api/sources/Not_An_Id', status: 400 },
  { route: 'GET /paths', url: '/api/paths?from=KEIT&to=NIST' },
  { route: 'GET /paths', url: '/api/paths?from=KEIT&to=NIST&mode=all-shortest' },
  { route: 'GET /paths', url: '/api/paths?from=KEIT&to=NIST&mode=k&k=3&via=agreement,event' },
  { route: 'GET /paths', url: '/api/paths?from=KEIT&to=NIST&maxHops=1' },
  { route: 'GET /paths', url: '/api/paths?from=KEIT&to=NoSuchAgency', status: 404 },
  { route: 'GET /queries', url: '/api/queries' },
  { route: 'POST /queries/:name', url: '/api/queries/funding-pledges', body: {} },
  {
    route: 'POST /queries/:name',
    url: '/api/queries/partners-of',
    body: { params: { institution: 'us-nist' } },
  },
  {
    route: 'POST /queries/:name',
    url: '/api/queries/partners-of',
    body: { params: { institution: 'no-such-institution' } },
  },
  { route: 'POST /queries/:name', url: '/api/queries/partners-of', body: {}, status: 400 },
  {
    route: 'POST /cypher',
    url: '/api/cypher',
    body: {
      query:
        "MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)-[:COVERS]->(:Domain {id:'quantum'}) RETURN i, a",
    },
  },
  {
    route: 'POST /cypher',
    url: '/api/cypher',
    body: {
      query: 'MATCH p = (:Institution {id: $id})-[:PARTY_TO]->() RETURN p, length(p)',
      params: { id: 'us-nist' },
    },
  },
  { route: 'POST /cypher', url: '/api/cypher', body: { query: 'CREATE (n:Institution)' }, status: 403 },
  { route: 'POST /cypher', url: '/api/cypher', body: { query: 'MATCH (n RETURN n' }, status: 400 },
  {
    route: 'POST /cypher',
    url: '/api/cypher',
    request: { method: 'POST', contentType: 'text/plain', text: 'MATCH (n) RETURN n' },
    status: 415,
  },
  { route: 'POST /cypher', url: '/api/cypher', request: { method: 'GET' }, status: 405 },
  { route: 'POST /import', url: '/api/import?dryRun=true', body: CONFLICTING_DRAFT },
  { route: 'POST /import', url: '/api/import?dryRun=false', body: CONFLICTING_DRAFT, status: 409 },
  {
    route: 'POST /import',
    url: '/api/import?dryRun=false',
    body: { dataset: { domains: [{ id: 'quantum', nameEn: 'Quantum', nameKo: '양자' }] } },
  },
  {
    route: 'POST /import',
    url: '/api/import?dryRun=true',
    body: { dataset: { domains: [{ id: 'Quantum', nameEn: 'Quantum' }] } },
    status: 400,
  },
  { route: 'GET /graph', url: '/api/graph?shape=agreements&include=events,domains&asOf=2024-01-31' },
  { route: 'GET /graph', url: '/api/graph?asOf=2023-12-08' },
  { route: 'GET /graph', url: '/api/graph?asOf=2024-02-30', status: 400 },
  { route: 'GET /timeline', url: '/api/timeline' },
  { route: 'GET /timeline', url: '/api/timeline?domain=quantum&limit=2' },
  { route: 'GET /timeline', url: '/api/timeline?limit=0', status: 400 },
  { route: 'GET /export', url: '/api/export?format=agreements-csv&asOf=2024-01-31' },
  { route: 'GET /search', url: '/api/search?q=KAIST&type=reference' },
  {
    route: 'POST /extract',
    url: '/api/extract',
    body: {
      text: '한국표준과학연구원(KRISS)은 미국 국립표준기술연구소(NIST)와 양자 공동연구 협약을 체결했다고 밝혔다.',
      published: '2024-05-02',
    },
  },
  { route: 'POST /extract', url: '/api/extract', body: { text: 'KRISS', language: 'fr' }, status: 400 },
  { route: 'POST /extract', url: '/api/extract', body: { text: 'ㄱ'.repeat(100_001) }, status: 413 },
];

interface Operation {
  responses: Record<
    string,
    { content?: Record<string, unknown>; headers?: Record<string, { required?: boolean }> }
  >;
}

const SCHEMES = ['bolt', 'neo4j'] as const;
type Scheme = (typeof SCHEMES)[number];

const connected = {} as Record<Scheme, { db: Database; app: RunningApp }>;
let routes: Map<string, ApiRoute>;
let operations: Record<string, Record<string, Operation>>;

beforeAll(async () => {
  const neo4j = inject('neo4j');
  for (const scheme of SCHEMES) {
    const db = connectTestDatabase({ ...neo4j, uri: neo4j.uri.replace(/^bolt:/, `${scheme}:`) });
    connected[scheme] = { db, app: await startApp(db) };
  }
  const { db, app } = connected.bolt;
  await seedDatabase(db);
  await refreshLayout(db, { logger: pino({ level: 'silent' }) });
  routes = new Map(apiRoutes(db).map((route) => [`${route.method.toUpperCase()} ${route.path}`, route]));
  const document = (await (await app.get('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = document.paths;
});
afterAll(async () => {
  for (const { db, app } of Object.values(connected)) {
    await app.close();
    await db.close();
  }
});

/**
 * The sample's request, through node:http rather than fetch, which does not let a request choose its
 * Host. Without Accept-Encoding, so answers come uncompressed.
 */
function send(app: RunningApp, sample: Sample): Promise<Response> {
  const { method, contentType, text, host } = sample.request ?? {};
  const body = text ?? (sample.body === undefined ? undefined : JSON.stringify(sample.body));
  const headers: Record<string, string> = host ? { host } : {};
  if (body !== undefined) {
    headers['content-type'] = contentType ?? 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    const request = http.request(
      app.url + sample.url,
      { method: method ?? (sample.body === undefined ? 'GET' : 'POST'), headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', reject);
        answer.on('end', () => {
          const received = new Headers();
          for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined) received.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          resolve(new Response(Buffer.concat(chunks), { status: answer.statusCode, headers: received }));
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** What a client reads: unknown members are an error too (zod would drop them silently). */
function expectExactly(schema: z.ZodType, body: unknown, what: string): void {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? [], what).toEqual([]);
  expect(parsed.data, `${what}: members the schema does not publish`).toEqual(body);
}

it('has a request here for every route the app serves', () => {
  const sampled = new Set(SAMPLES.map((sample) => sample.route));
  expect([...routes.keys()].filter((route) => !sampled.has(route))).toEqual([]);
});

describe.each(SCHEMES)('every answer over %s:// matches the schema its route publishes', (scheme) => {
  for (const sample of SAMPLES) {
    const status = sample.status ?? 200;
    it(`${sample.route}: ${sample.url.slice(4)} answers ${status} as documented`, async () => {
      const route = routes.get(sample.route);
      expect(route, sample.route).toBeDefined();
      const response = await send(connected[scheme].app, sample);
      expect(response.status).toBe(status);

      const [method, path] = sample.route.split(' ') as [string, string];
      // A template with concrete paths (the named queries) is documented at each of them.
      const documentedPath = route!.variants
        ? sample.url.split('?')[0]!
        : `/api${path.replace(/:(\w+)/g, '{$1}')}`;
      const operation = operations[documentedPath]?.[method.toLowerCase()];
      const documented = operation?.responses[String(status)];
      expect(documented, `status ${status} is in the OpenAPI document`).toBeDefined();
      const mediaType = response.headers.get('content-type')?.split(';')[0] ?? '';
      expect(Object.keys(documented?.content ?? {})).toContain(mediaType);
      for (const [header, { required }] of Object.entries(documented?.headers ?? {})) {
        if (required) expect(response.headers.get(header), `header ${header}`).toBeTruthy();
      }

      if (status !== 200) {
        expectExactly(route!.problemSchema ?? problemSchema, await response.json(), sample.url);
      } else if (!('mediaTypes' in route!.response)) {
        expectExactly(route!.response, await response.json(), sample.url);
      } else {
        const schema = route!.response.mediaTypes[mediaType];
        const body: unknown =
          mediaType === 'application/json' ? await response.json() : await response.text();
        expect(schema, `${mediaType} has a schema`).toBeDefined();
        expectExactly(schema!, body, sample.url);
        expect(body, 'a file with content').toBeTruthy();
      }
    });
  }
});
