/**
 * Named queries (cypher/queries/*.cypher): their headers and the checks the registry makes at start, and
 * every query over HTTP on the seed graph in the real Neo4j, with the answers the seed implies.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../contract/vocabulary.js';
import { CypherLibrary } from '../server/db/cypher-library.js';
import type { Problem } from '../contract/problem.js';
import type { NamedQueryListing, NamedQueryResult } from '../contract/named-queries.js';
import { parseQueryHeader, QueryHeaderError } from '../server/queries/header.js';
import { QueryRegistry } from '../server/queries/registry.js';
import { CYPHER_DIR } from '../server/runtime.js';
import { useSeededApp } from './support/seeded-app.js';

const QUERIES_DIR = path.join(CYPHER_DIR, 'queries');
const queryFiles = readdirSync(QUERIES_DIR).filter((file) => file.endsWith('.cypher'));

const seeded = useSeededApp();

function post(name: string, body: string | undefined): Promise<Response> {
  return fetch(`${seeded.app.url}/api/queries/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body } : {}),
  });
}

/** A map a query returns for an institution, agreement, domain, event or person. */
interface Ref {
  id: string;
  country?: string | null;
  [key: string]: unknown;
}

/**
 * Runs a query that must succeed, and returns its rows as objects keyed by column; `Row` names the
 * columns a test reads (the assertions check the values).
 */
async function run<Row = Record<string, unknown>>(
  name: string,
  params?: Record<string, unknown>,
): Promise<{ rows: Row[]; truncated: boolean }> {
  const response = await post(name, JSON.stringify(params ? { params } : {}));
  const answer = (await response.json()) as NamedQueryResult;
  expect(response.status, JSON.stringify(answer)).toBe(200);
  expect(answer.name).toBe(name);
  const rows = answer.rows.map(
    (row) => Object.fromEntries(answer.columns.map((column, i) => [column, row[i]])) as Row,
  );
  return { rows, truncated: answer.truncated };
}

type Pair = { domain: Ref; institutionA: Ref; institutionB: Ref; agreements: Ref[]; agreementCount: number };
type Bridge = { institution: Ref; partnerCountries: string[]; foreignPartners: number; partners: Ref[] };
type Listed = { status: string; agreement: Ref; parties: Ref[]; domains: string[] };
type Hub = { institution: Ref; partners: number; agreements: number; partnerCountries: string[] };
type Decision = { event: Ref; agreement: Ref; parties: Ref[]; domains: string[] };
type Quote = { agreement: Ref; quoteKo: string; quoteEn: string; source: Ref };
type Link = { relation: string; depth: number; institution: Ref };
type Planned = { agreement: Ref; hosts: string[] };
type Chair = { event: Ref; person: Ref; posts: unknown[] };
type Partner = { partner: Ref; agreements: Ref[]; agreementCount: number };

/** Runs a request that must fail, and returns its problem. */
async function refused(name: string, body: string | undefined, status = 400): Promise<Problem> {
  const response = await post(name, body);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  return (await response.json()) as Problem;
}

const ids = (rows: { id: string }[]): string[] => rows.map((row) => row.id);

describe('GET /api/queries', () => {
  it('lists every file of cypher/queries, at least eight, with typed parameters and columns', async () => {
    const response = await seeded.app.get('/api/queries');
    expect(response.status).toBe(200);
    const { queries } = (await response.json()) as NamedQueryListing;
    expect(queries.map((q) => q.name)).toEqual(
      queryFiles.map((file) => file.replace(/\.cypher$/, '')).sort(),
    );
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const query of queries) {
      expect(query.title, query.name).not.toBe('');
      expect(query.description, query.name).not.toBe('');
      expect(query.returns, query.name).not.toBe('');
      expect(query.columns.length, query.name).toBeGreaterThan(0);
      expect(
        query.parameters.find((p) => p.name === 'limit'),
        query.name,
      ).toMatchObject({
        required: false,
        minimum: 1,
      });
    }
    const events = queries.find((q) => q.name === 'event-decisions');
    expect(events?.parameters).toEqual([
      {
        name: 'event',
        type: 'string',
        required: false,
        default: 'cet-dialogue-2023-12-09',
        description: "The event's id",
      },
      {
        name: 'status',
        type: 'enum(agreed,planned,signed,in-consultation)',
        required: false,
        values: ['agreed', 'planned', 'signed', 'in-consultation'],
        description: 'Only agreements with this status (all when absent)',
      },
      {
        name: 'limit',
        type: 'integer(1..1000)',
        required: false,
        default: 100,
        minimum: 1,
        maximum: 1000,
        description: 'Maximum rows',
      },
    ]);
    expect(queries.find((q) => q.name === 'domain-evidence')?.parameters[0]).toMatchObject({
      name: 'domain',
      required: true,
    });
  });

  it('keeps enums of statuses and kinds in step with the vocabulary', async () => {
    const { queries } = (await (await seeded.app.get('/api/queries')).json()) as NamedQueryListing;
    for (const parameter of queries.flatMap((q) => q.parameters)) {
      if (parameter.name === 'status') expect(parameter.values).toEqual([...AGREEMENT_STATUSES]);
      if (parameter.name === 'kind') expect(parameter.values).toEqual([...AGREEMENT_KINDS]);
    }
  });

  it('documents both endpoints in the OpenAPI document', async () => {
    const document = (await (await seeded.app.get('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    expect(Object.keys(document.paths['/api/queries'] ?? {})).toEqual(['get']);
    expect(Object.keys(document.paths['/api/queries/{name}'] ?? {})).toEqual(['post']);
  });
});

describe('the query files', () => {
  // Read independently of the registry's parser: the `@param` lines, and the `$names` outside comments.
  it.each(queryFiles)('%s declares exactly the parameters its Cypher uses', (file) => {
    const text = readFileSync(path.join(QUERIES_DIR, file), 'utf8');
    const declared = [...text.matchAll(/^\/\/ @param (\w+)/gm)].map((m) => m[1]).sort();
    const code = text
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    const used = [...new Set([...code.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
    expect(used).toEqual(declared);
    expect(declared).toContain('limit');
    expect(code).toMatch(/LIMIT \$limit \+ 1/);
  });
});

describe('POST /api/queries/:name on the seed graph', () => {
  it('cross-border-links: KRISS and NIST lead quantum with two shared agreements', async () => {
    const { rows, truncated } = await run<Pair>('cross-border-links', { domain: 'quantum' });
    expect(truncated).toBe(false);
    expect(rows[0]).toEqual({
      domain: { id: 'quantum', nameEn: 'Quantum', nameKo: '양자' },
      institutionA: {
        id: 'kr-kriss',
        acronym: 'KRISS',
        nameEn: 'Korea Research Institute of Standards and Science',
        country: 'KR',
      },
      institutionB: {
        id: 'us-nist',
        acronym: 'NIST',
        nameEn: 'National Institute of Standards and Technology',
        country: 'US',
      },
      agreements: [
        {
          id: 'kriss-nist-quantum-computer-cooperation',
          titleEn: 'KRISS–NIST cooperation to advance next-generation quantum computer research',
          status: 'agreed',
        },
        {
          id: 'kriss-nist-quantum-supercomputing-consultation',
          titleEn: 'KRISS–NIST consultation on joint research on next-generation quantum supercomputing',
          status: 'in-consultation',
        },
      ],
      agreementCount: 2,
    });
    // The dialogue's overall outcome (4 parties) and the industry–university item (4 parties) add 8 pairs.
    expect(rows.map((r) => `${r.institutionA.id}–${r.institutionB.id}`)).toEqual([
      'kr-kriss–us-nist',
      'kr-government–us-government',
      'kr-government–us-national-security-council',
      'kr-industry–us-industry',
      'kr-industry–us-universities',
      'kr-national-security-office–us-government',
      'kr-national-security-office–us-national-security-council',
      'kr-universities–us-industry',
      'kr-universities–us-universities',
    ]);

    const consulting = await run<Pair>('cross-border-links', {
      domain: 'quantum',
      status: 'in-consultation',
    });
    expect(consulting.rows).toHaveLength(1);
    expect(ids(consulting.rows[0]!.agreements)).toEqual(['kriss-nist-quantum-supercomputing-consultation']);

    // India is linked only through the planned trilateral dialogue.
    const all = await run<Pair>('cross-border-links', { limit: 1000 });
    const india = all.rows.filter((r) => r.institutionA.country === 'IN' || r.institutionB.country === 'IN');
    expect(india.map((r) => [r.domain.id, r.institutionA.id, r.institutionB.id])).toEqual([
      ['critical-emerging-tech', 'in-government', 'kr-government'],
      ['critical-emerging-tech', 'in-government', 'us-government'],
    ]);
  });

  it('bridging-institutions: the three governments and the Semiconductor Technology Center', async () => {
    const { rows, truncated } = await run<Bridge>('bridging-institutions');
    expect(truncated).toBe(false);
    expect(rows.map((r) => [r.institution.id, r.partnerCountries, r.foreignPartners])).toEqual([
      ['kr-government', ['IN', 'US'], 5],
      ['us-government', ['IN', 'KR'], 4],
      ['in-government', ['KR', 'US'], 2],
      ['semiconductor-technology-center', ['KR', 'US'], 2],
    ]);
    expect(rows[3]!.institution).toMatchObject({ kind: 'research-centre', country: null });
    expect(ids(rows[0]!.partners)).toEqual([
      'in-government',
      'us-arpa-h',
      'us-government',
      'us-national-security-council',
      'us-pharma-companies',
    ]);
    expect((await run<Bridge>('bridging-institutions', { minCountries: 3 })).rows).toEqual([]);
  });

  it('agreements-by-status: the four planned items of 2024, and filters by kind and domain', async () => {
    const planned = await run<Listed>('agreements-by-status', { status: 'planned' });
    expect(planned.rows.map((r) => [r.status, r.agreement.id, r.agreement.date])).toEqual([
      ['planned', 'ai-safety-summit-2024-cooperation', '2024'],
      ['planned', 'kr-us-india-cet-dialogue-2024', '2024'],
      ['planned', 'pharma-supply-chain-track-1-5-meeting-2024', '2024'],
      ['planned', 'responsible-military-ai-meeting-2024-cooperation', '2024'],
    ]);
    expect(planned.rows[0]).toMatchObject({
      agreement: { kind: 'meeting' },
      parties: [
        { id: 'kr-government', acronym: null, role: 'host' },
        { id: 'us-government', acronym: null, role: 'supporter' },
      ],
      domains: ['ai'],
    });

    const mous = await run<Listed>('agreements-by-status', { kind: 'mou' });
    expect(mous.rows.map((r) => [r.status, r.agreement.id])).toEqual([
      ['agreed', 'keit-evsts-mou-joint-research'],
      ['agreed', 'standards-institutes-mou-basic-agreement'],
    ]);
    const quantum = await run<Listed>('agreements-by-status', {
      status: 'in-consultation',
      domain: 'quantum',
    });
    expect(quantum.rows.map((r) => r.agreement.id)).toEqual([
      'kriss-nist-quantum-supercomputing-consultation',
    ]);

    const all = await run<Listed>('agreements-by-status');
    const counts: Record<string, number> = {};
    for (const row of all.rows) counts[row.status] = (counts[row.status] ?? 0) + 1;
    expect(counts).toEqual({ agreed: 13, 'in-consultation': 4, planned: 4 });
  });

  it('top-partners: the two governments are the hubs; only the Department of Commerce has no partner', async () => {
    const { rows, truncated } = await run<Hub>('top-partners');
    expect(rows).toHaveLength(20);
    expect(truncated).toBe(true);
    expect(
      rows.slice(0, 4).map((r) => [r.institution.id, r.partners, r.agreements, r.partnerCountries]),
    ).toEqual([
      ['kr-government', 8, 9, ['IN', 'KR', 'US']],
      ['us-government', 7, 8, ['IN', 'KR', 'US']],
      ['kr-pharma-companies', 3, 2, ['KR', 'US']],
      ['us-pharma-companies', 3, 2, ['KR', 'US']],
    ]);
    const everyone = await run<Hub>('top-partners', { limit: 1000 });
    expect(everyone.rows).toHaveLength(25);
    expect(everyone.rows.map((r) => r.institution.id)).not.toContain('us-doc');

    const american = await run<Hub>('top-partners', { country: 'US', limit: 1 });
    expect(american.rows.map((r) => r.institution.id)).toEqual(['us-government']);
    expect(american.truncated).toBe(true);
  });

  it('event-decisions: what the dialogue of 9 December 2023 decided, KRISS–NIST quantum items included', async () => {
    const { rows, truncated } = await run<Decision>('event-decisions');
    expect(truncated).toBe(false);
    // 21 agreements in the seed: the ARPA-H item has no event, and the launch was agreed at the summit.
    expect(rows).toHaveLength(19);
    expect(rows[0]!.event).toEqual({
      id: 'cet-dialogue-2023-12-09',
      nameEn: '1st Korea–US Next Generation Critical and Emerging Technology Dialogue',
      date: '2023-12-09',
      place: 'Office of the President, Yongsan, Seoul',
    });
    const agreementIds = rows.map((r) => r.agreement.id);
    expect(agreementIds).toEqual([...agreementIds].sort());
    expect(agreementIds).toEqual(
      expect.arrayContaining([
        'kriss-nist-quantum-computer-cooperation',
        'kriss-nist-quantum-supercomputing-consultation',
        'msit-nsf-bioeconomy-funding',
        'kr-us-india-cet-dialogue-2024',
      ]),
    );
    expect(agreementIds).not.toContain('kr-arpa-h-cooperation');
    expect(agreementIds).not.toContain('cet-dialogue-launch-2023');
    const quantum = rows.find((r) => r.agreement.id === 'kriss-nist-quantum-computer-cooperation')!;
    expect(quantum).toMatchObject({
      agreement: { kind: 'joint-research', status: 'agreed', date: '2023-12-09', amountUsd: null },
      parties: [
        { id: 'kr-kriss', acronym: 'KRISS', role: 'party' },
        { id: 'us-nist', acronym: 'NIST', role: 'party' },
      ],
      domains: ['quantum'],
    });

    const summit = await run<Decision>('event-decisions', { event: 'korea-us-summit-2023-04-26' });
    expect(summit.rows.map((r) => r.agreement.id)).toEqual(['cet-dialogue-launch-2023']);
    const inConsultation = await run<Decision>('event-decisions', { status: 'in-consultation' });
    expect(inConsultation.rows.map((r) => r.agreement.id)).toEqual([
      'ess-joint-research-consultation',
      'kriss-nist-quantum-supercomputing-consultation',
      'semiconductor-technology-center-cooperation',
    ]);
  });

  it('funding-pledges: the MSIT–NSF bio-economy pledge of US$10 million', async () => {
    const { rows, truncated } = await run('funding-pledges');
    expect(truncated).toBe(false);
    expect(rows).toEqual([
      {
        agreement: {
          id: 'msit-nsf-bioeconomy-funding',
          titleEn: 'At least US$10 million for MSIT–NSF bio-economy research cooperation',
          kind: 'funding',
          status: 'agreed',
          date: '2023-12-09',
        },
        amountUsd: 10000000,
        parties: [
          { id: 'kr-msit', acronym: 'MSIT', role: 'party' },
          { id: 'us-nsf', acronym: 'NSF', role: 'party' },
        ],
        domains: ['bio'],
        totalUsd: 10000000,
        pledgeCount: 1,
      },
    ]);
    expect((await run('funding-pledges', { domain: 'quantum' })).rows).toEqual([]);
  });

  it('domain-evidence: every quantum agreement with the sentences behind it', async () => {
    const { rows } = await run<Quote>('domain-evidence', { domain: 'quantum' });
    expect(rows.map((r) => r.agreement.id)).toEqual([
      'kr-us-advanced-tech-cooperation',
      'kr-us-advanced-tech-cooperation',
      'kriss-nist-quantum-computer-cooperation',
      'kriss-nist-quantum-supercomputing-consultation',
      'quantum-industry-university-cooperation',
    ]);
    const computer = rows[2]!;
    expect(computer.quoteKo).toBe(
      '양자(퀀텀) 분야에서는 한국표준과학연구원과 미 국립표준기술연구소(NIST) 간 차세대 양자컴퓨터 연구 증진을 위한 협력을 강화하고',
    );
    expect(computer.quoteEn).toMatch(/^In quantum, \[the plan is\] to strengthen cooperation/);
    expect(computer.source).toEqual({
      id: 'article-2023-12-09-cet-dialogue',
      kind: 'article',
      title: '제1차 한미 차세대 핵심ㆍ신흥기술 대화',
      publisher: null,
      published: '2023-12-09',
      url: null,
    });
    expect((await run<Quote>('domain-evidence', { domain: 'no-such-domain' })).rows).toEqual([]);
  });

  it("institution-hierarchy: NIST's parent, the Department of Commerce's child, and their evidence", async () => {
    const nist = await run<Link>('institution-hierarchy', { institution: 'us-nist' });
    expect(nist.rows).toEqual([
      {
        relation: 'ancestor',
        depth: 1,
        institution: {
          id: 'us-doc',
          acronym: 'DOC',
          nameEn: 'U.S. Department of Commerce',
          kind: 'ministry',
          country: 'US',
        },
        child: 'us-nist',
        parent: 'us-doc',
        evidence: {
          quoteKo: '미 상무부 산하 국립표준기술연구소',
          note: 'The article itself places NIST under the U.S. Department of Commerce.',
          source: {
            id: 'article-2023-12-09-cet-dialogue',
            kind: 'article',
            title: '제1차 한미 차세대 핵심ㆍ신흥기술 대화',
            url: null,
          },
        },
      },
    ]);
    const doc = await run<Link>('institution-hierarchy', { institution: 'us-doc' });
    expect(doc.rows.map((r) => [r.relation, r.depth, r.institution.id])).toEqual([
      ['descendant', 1, 'us-nist'],
    ]);

    const office = await run<Link>('institution-hierarchy', { institution: 'kr-national-security-office' });
    expect(office.rows).toHaveLength(1);
    expect(office.rows[0]).toMatchObject({
      relation: 'ancestor',
      institution: { id: 'kr-presidential-office' },
      evidence: {
        quoteKo: null,
        source: { id: 'background-kr-government-organization-act', kind: 'background' },
      },
    });
  });

  it('planned-activities: the meetings and the trilateral dialogue planned for 2024, with their hosts', async () => {
    const { rows } = await run<Planned>('planned-activities');
    expect(rows.map((r) => [r.agreement.id, r.hosts])).toEqual([
      ['ai-safety-summit-2024-cooperation', ['kr-government']],
      ['kr-us-india-cet-dialogue-2024', []],
      ['pharma-supply-chain-track-1-5-meeting-2024', ['us-government']],
      ['responsible-military-ai-meeting-2024-cooperation', ['kr-government']],
    ]);
    expect(rows[1]).toMatchObject({
      agreement: { kind: 'dialogue', date: '2024' },
      parties: [{ id: 'in-government' }, { id: 'kr-government' }, { id: 'us-government' }],
      domains: ['critical-emerging-tech'],
      decidedAt: { id: 'cet-dialogue-2023-12-09', date: '2023-12-09' },
    });
    // A month of 2024 overlaps the items dated only 2024; 2023 holds nothing planned.
    const meetings = await run<Planned>('planned-activities', { period: '2024-05', kind: 'meeting' });
    expect(meetings.rows).toHaveLength(3);
    expect((await run<Planned>('planned-activities', { period: '2023' })).rows).toEqual([]);
  });

  it('event-chairs: Cho Tae-yong and Jake Sullivan chaired the dialogue, with their posts', async () => {
    const { rows } = await run<Chair>('event-chairs', { event: 'cet-dialogue-2023-12-09' });
    expect(rows.map((r) => [r.event.id, r.person, r.posts])).toEqual([
      [
        'cet-dialogue-2023-12-09',
        { id: 'cho-tae-yong', nameEn: 'Cho Tae-yong', nameKo: '조태용' },
        [
          {
            institution: 'kr-national-security-office',
            acronym: null,
            country: 'KR',
            titleEn: 'Director of National Security',
            titleKo: '국가안보실장',
          },
        ],
      ],
      [
        'cet-dialogue-2023-12-09',
        { id: 'jake-sullivan', nameEn: 'Jake Sullivan', nameKo: '제이크 설리번' },
        [
          {
            institution: 'us-national-security-council',
            acronym: 'NSC',
            country: 'US',
            titleEn: 'National Security Advisor',
            titleKo: '국가안보보좌관',
          },
        ],
      ],
    ]);
    expect((await run<Chair>('event-chairs')).rows).toHaveLength(2);
    expect((await run<Chair>('event-chairs', { event: 'korea-us-summit-2023-04-26' })).rows).toEqual([]);
  });

  it('partners-of: NIST works with KRISS on three agreements in quantum and standards', async () => {
    const { rows } = await run<Partner>('partners-of', { institution: 'us-nist' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      partner: { id: 'kr-kriss', acronym: 'KRISS', kind: 'institute', country: 'KR' },
      agreementCount: 3,
      domains: ['quantum', 'standards'],
    });
    expect(ids(rows[0]!.agreements)).toEqual([
      'kriss-nist-quantum-computer-cooperation',
      'kriss-nist-quantum-supercomputing-consultation',
      'standards-institutes-mou-basic-agreement',
    ]);
    const standards = await run<Partner>('partners-of', { institution: 'us-nist', domain: 'standards' });
    expect(standards.rows.map((r) => [r.partner.id, r.agreementCount])).toEqual([['kr-kriss', 1]]);
  });
});

describe('POST /api/queries/:name row caps', () => {
  it('sets truncated when the limit cuts rows, and not when it does not', async () => {
    const one = await run<Pair>('cross-border-links', { domain: 'quantum', limit: 1 });
    expect(one.rows).toHaveLength(1);
    expect(one.truncated).toBe(true);
    expect((await run<Pair>('cross-border-links', { domain: 'quantum', limit: 8 })).truncated).toBe(true);
    const exact = await run<Pair>('cross-border-links', { domain: 'quantum', limit: 9 });
    expect(exact.rows).toHaveLength(9);
    expect(exact.truncated).toBe(false);
  });

  it('runs with the defaults when the body is empty or absent', async () => {
    const response = await fetch(`${seeded.app.url}/api/queries/funding-pledges`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as NamedQueryResult).rows).toHaveLength(1);
    expect((await run<Chair>('event-chairs', { event: null })).rows).toHaveLength(2);
  });

  it('passes values as parameters only: Cypher in a value matches nothing', async () => {
    const { rows } = await run<Pair>('cross-border-links', { domain: "quantum' OR 1=1 //" });
    expect(rows).toEqual([]);
  });
});

describe('POST /api/queries/:name refuses bad input with a problem naming the parameter', () => {
  it('404 for an unknown query, 400 for a malformed name', async () => {
    expect((await refused('no-such-query', '{}', 404)).detail).toMatch(/no-such-query/);
    expect((await refused('Bad%20Name', '{}')).errors).toMatchObject([{ parameter: 'name' }]);
  });

  it('400 for a limit of the wrong type, above the maximum, or not whole', async () => {
    const expected = 'must be a whole number from 1 to 1000';
    expect((await refused('top-partners', '{"params":{"limit":"ten"}}')).errors).toEqual([
      { parameter: 'params.limit', message: expected },
    ]);
    expect((await refused('top-partners', '{"params":{"limit":1001}}')).errors).toEqual([
      { parameter: 'params.limit', message: expected },
    ]);
    expect((await refused('top-partners', '{"params":{"limit":2.5}}')).errors).toEqual([
      { parameter: 'params.limit', message: expected },
    ]);
    expect((await refused('top-partners', '{"params":{"limit":0}}')).errors).toMatchObject([
      { parameter: 'params.limit' },
    ]);
  });

  it('400 for an unknown enum value, naming the allowed ones', async () => {
    const problem = await refused('agreements-by-status', '{"params":{"status":"approved"}}');
    expect(problem.errors).toEqual([
      { parameter: 'params.status', message: 'must be one of agreed, planned, signed, in-consultation' },
    ]);
    expect(problem.detail).toMatch(/params\.status/);
  });

  it('400 for an unknown parameter, listing those the query takes', async () => {
    const problem = await refused('funding-pledges', '{"params":{"domain":"bio","amount":5}}');
    expect(problem.errors).toEqual([
      {
        parameter: 'params.amount',
        message: 'is not a parameter of funding-pledges, which takes: domain, limit',
      },
    ]);
  });

  it('400 for a missing required parameter, a bad date, a wrong type, or null where a value is needed', async () => {
    expect((await refused('domain-evidence', '{}')).errors).toEqual([
      {
        parameter: 'params.domain',
        message: 'is required and must be a non-empty text of at most 500 characters',
      },
    ]);
    expect((await refused('planned-activities', '{"params":{"period":"2024/05"}}')).errors).toEqual([
      { parameter: 'params.period', message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
    expect((await refused('cross-border-links', '{"params":{"domain":5}}')).errors).toMatchObject([
      { parameter: 'params.domain' },
    ]);
    expect((await refused('domain-evidence', '{"params":{"domain":null}}')).errors).toMatchObject([
      { parameter: 'params.domain' },
    ]);
  });

  it('400 for a body that is not {"params": {...}}', async () => {
    const misplaced = await refused('top-partners', '{"limit":5}');
    expect(misplaced.errors).toEqual([
      { parameter: 'body', message: 'unexpected "limit": send parameters as {"params": {...}}' },
    ]);
    expect((await refused('top-partners', '{"params":[1]}')).errors).toEqual([
      { parameter: 'params', message: 'must be an object of parameter values' },
    ]);
  });

  it('400 for malformed JSON', async () => {
    const problem = await refused('top-partners', '{"params": {"limit": ');
    expect(problem.title).toBe('Invalid request');
  });
});

describe('query headers', () => {
  const header = (...lines: string[]) => lines.join('\n');
  const valid = [
    '// @title T',
    '// @description D',
    '// @param limit integer(1..100)=10 Maximum rows',
    '// @column x The x',
    '// @returns rows',
    '',
    'UNWIND range(1, 5) AS x RETURN x LIMIT $limit + 1',
  ];

  it('reads titles, continued descriptions, typed parameters with defaults, and columns', () => {
    const parsed = parseQueryHeader(
      'q.cypher',
      header(
        '// @title Agreements',
        '// @description First line',
        '// and its continuation.',
        '// @param status enum(agreed,planned)? Only this status',
        '// @param since date=2023 From this date',
        '// @param tags string[] Tags',
        '// @param ratio number(0..1)=0.5 A ratio',
        '// @param exact boolean=false Whether',
        '// @column a The agreement',
        '// @returns agreements',
        'MATCH (a) RETURN a',
      ),
    );
    expect(parsed).toMatchObject({
      title: 'Agreements',
      description: 'First line and its continuation.',
      returns: 'agreements',
      columns: [{ name: 'a', description: 'The agreement', line: 9 }],
      length: 10,
    });
    expect(parsed.parameters.map((p) => [p.name, p.typeText, p.required, p.default, p.line])).toEqual([
      ['status', 'enum(agreed,planned)', false, undefined, 4],
      ['since', 'date', false, '2023', 5],
      ['tags', 'string[]', true, undefined, 6],
      ['ratio', 'number(0..1)', false, 0.5, 7],
      ['exact', 'boolean', false, false, 8],
    ]);
  });

  it.each([
    [header('MATCH (n) RETURN n'), 1, /must start with its header/],
    [header('// Some text', '// @title T'), 1, /must start with its header/],
    [header('// @title T', '// @descriptoin D'), 2, /unknown tag @descriptoin/],
    [header('// @title T', '// @description D', '// @param x strng A'), 3, /unknown type "strng"/],
    [header('// @title T', '// @description D', '// @param x string'), 3, /@param x needs a description/],
    [header('// @title T', '// @param n integer=ten N'), 2, /default "ten" must be a whole number/],
    [header('// @title T', '// @param n integer(1..500)=501 N'), 2, /must be a whole number from 1 to 500/],
    [header('// @title T', '// @param s enum(a,b c) S'), 2, /"enum\(a,b" is not a type/],
    [header('// @title T', '// @param n integer(5..1) N'), 2, /empty range/],
    [
      header('// @title T', '// @param s string? S', '// @param s string S'),
      3,
      /parameter s is declared twice/,
    ],
    [header('// @title T', '// @title U'), 2, /@title appears twice/],
    [header('// @title T', '// @description D', '// @returns r', 'RETURN 1 AS x'), 3, /names no @column/],
    [header('// @title T', '// @description D', '// @column x X', 'RETURN 1 AS x'), 3, /has no @returns/],
    [header(...valid.slice(0, 5), '', '// @param extra string E', 'RETURN 1'), 7, /@param below the header/],
  ])('refuses a malformed header, naming the file and line (%#)', (text, line, reason) => {
    let error: unknown;
    try {
      parseQueryHeader('cypher/queries/bad.cypher', text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QueryHeaderError);
    expect((error as QueryHeaderError).message).toMatch(new RegExp(`^cypher/queries/bad\\.cypher:${line}: `));
    expect((error as QueryHeaderError).reason).toMatch(reason);
  });
});

describe('the registry, at start', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A Cypher library holding one named query with the given text. */
  function load(text: string, name = 'q'): QueryRegistry {
    const dir = mkdtempSync(path.join(tmpdir(), 'named-queries-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'queries'));
    writeFileSync(path.join(dir, 'queries', `${name}.cypher`), text);
    return QueryRegistry.load(CypherLibrary.load(dir));
  }
  const head = [
    '// @title T',
    '// @description D',
    '// @param limit integer(1..100)=10 Maximum rows',
    '// @column x The x',
    '// @returns rows',
    '',
  ];

  it('accepts a header that matches its statement, ignoring $ in strings and comments', () => {
    const registry = load(
      [
        ...head,
        "// Shows 'US$10' and $notAParameter in a comment",
        'UNWIND [\'US$10\', "$x"] AS x',
        'RETURN x /* $neither */ LIMIT $limit + 1',
      ].join('\n'),
    );
    expect(registry.list().map((q) => q.name)).toEqual(['q']);
  });

  it.each([
    [[...head, 'UNWIND $items AS x', 'RETURN x LIMIT $limit + 1'], 7, /\$items is used but not declared/],
    [
      [head[0]!, head[1]!, '// @param unused string? U', ...head.slice(2), 'RETURN 1 AS x LIMIT $limit + 1'],
      3,
      /@param unused is declared but the statement never uses \$unused/,
    ],
    [[...head, 'RETURN 1 AS x LIMIT $limit'], 7, /LIMIT \$limit \+ 1/],
    [
      [
        head[0]!,
        head[1]!,
        '// @param limit integer(1..5000)=10 Rows',
        ...head.slice(3),
        'RETURN 1 AS x LIMIT $limit + 1',
      ],
      3,
      /at most 1000/,
    ],
    [
      [head[0]!, head[1]!, '// @param n integer=1 N', ...head.slice(3), 'RETURN $n AS x'],
      5,
      /every named query takes a row cap/,
    ],
  ])('refuses a query whose parameters do not match its statement (%#)', (lines, line, reason) => {
    expect(() => load(lines.join('\n'))).toThrow(QueryHeaderError);
    try {
      load(lines.join('\n'));
    } catch (error) {
      expect((error as QueryHeaderError).message).toMatch(new RegExp(`^cypher/queries/q\\.cypher:${line}: `));
      expect((error as QueryHeaderError).reason).toMatch(reason);
    }
  });

  it('refuses a file name that cannot be a URL segment', () => {
    expect(() => load(head.join('\n') + 'RETURN 1 AS x LIMIT $limit + 1', 'Bad_Name')).toThrow(
      /cypher\/queries\/Bad_Name\.cypher:1: .*lower-case/,
    );
  });
});
