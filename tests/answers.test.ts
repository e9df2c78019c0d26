/**
 * Every endpoint's real answer on the seed graph, read with the schema its route publishes in the OpenAPI
 * document: a field the schema lacks, a missing one, a wrong type or an undocumented status fails here.
 * Each route needs at least one request below, so a new route cannot go unchecked.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  body?: unknown;
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
  { route: 'GET /graph', url: '/api/graph' },
  { route: 'GET /graph', url: '/api/graph?domain=quantum&status=agreed' },
  { route: 'GET /graph', url: '/api/graph?domain=no-such-domain', status: 400 },
  { route: 'GET /graph/page', url: '/api/graph/page?size=10&edgesPerNode=3' },
  { route: 'GET /graph/page', url: '/api/graph/page?size=0', status: 400 },
  { route: 'GET /export', url: '/api/export?format=gexf' },
  { route: 'GET /export', url: '/api/export?format=csv&lang=ko&domain=quantum' },
  { route: 'GET /export', url: '/api/export?format=xlsx', status: 400 },
  { route: 'GET /stats', url: '/api/stats' },
  { route: 'GET /stats', url: '/api/stats?country=KR&limit=5' },
  { route: 'GET /search', url: `/api/search?q=${encodeURIComponent('표준')}` },
  { route: 'GET /search', url: '/api/search?q=NIST&type=institution' },
  { route: 'GET /search', url: '/api/search?q=', status: 400 },
  { route: 'GET /institutions/:id', url: '/api/institutions/us-nist' },
  { route: 'GET /institutions/:id', url: '/api/institutions/no-such-institution', status: 404 },
  { route: 'GET /institutions/:id/neighbourhood', url: '/api/institutions/kr-msit/neighbourhood?depth=2' },
  { route: 'GET /agreements', url: '/api/agreements?domain=quantum&party=us-nist' },
  { route: 'GET /agreements', url: '/api/agreements?limit=3&offset=2' },
  { route: 'GET /agreements/:id', url: '/api/agreements/msit-nsf-bioeconomy-funding' },
  { route: 'GET /agreements/:id', url: '/api/agreements/no-such-agreement', status: 404 },
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
  { route: 'POST /queries/:name', url: '/api/queries/no-such-query', body: {}, status: 404 },
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
];

interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}

let db: Database;
let app: RunningApp;
let routes: Map<string, ApiRoute>;
let operations: Record<string, Record<string, Operation>>;

beforeAll(async () => {
  db = connectTestDatabase();
  await seedDatabase(db);
  await refreshLayout(db, { logger: pino({ level: 'silent' }) });
  app = await startApp(db);
  routes = new Map(apiRoutes(db).map((route) => [`${route.method.toUpperCase()} ${route.path}`, route]));
  const document = (await (await app.get('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = document.paths;
});
afterAll(async () => {
  await app.close();
  await db.close();
});

/** What a client reads: unknown members are an error too (zod would drop them silently). */
function expectExactly(schema: z.ZodType, body: unknown, what: string): void {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? [], what).toEqual([]);
  expect(parsed.data, `${what}: members the schema does not publish`).toEqual(body);
}

describe('every answer matches the schema its route publishes', () => {
  it('has a request here for every route the app serves', () => {
    const sampled = new Set(SAMPLES.map((sample) => sample.route));
    expect([...routes.keys()].filter((route) => !sampled.has(route))).toEqual([]);
  });

  for (const sample of SAMPLES) {
    const status = sample.status ?? 200;
    it(`${sample.route}: ${sample.url.slice(4)} answers ${status} as documented`, async () => {
      const route = routes.get(sample.route);
      expect(route, sample.route).toBeDefined();
      const response =
        sample.body === undefined
          ? await app.get(sample.url)
          : await fetch(app.url + sample.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(sample.body),
            });
      expect(response.status).toBe(status);

      const [method, path] = sample.route.split(' ') as [string, string];
      const operation = operations[`/api${path.replace(/:(\w+)/g, '{$1}')}`]?.[method.toLowerCase()];
      const documented = operation?.responses[String(status)];
      expect(documented, `status ${status} is in the OpenAPI document`).toBeDefined();
      const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!;
      expect(Object.keys(documented?.content ?? {})).toContain(mediaType);

      if (status !== 200) {
        expectExactly(route!.problemSchema ?? problemSchema, await response.json(), sample.url);
      } else if (!('mediaTypes' in route!.response)) {
        expectExactly(route!.response, await response.json(), sample.url);
      } else {
        expect((await response.text()).length).toBeGreaterThan(0);
      }
    });
  }
});
