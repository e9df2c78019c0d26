/**
 * Every named query (cypher/queries/*.cypher) over HTTP on the seed graph in the real Neo4j, with the
 * answers the seed implies, and the row caps.
 */
import { describe, expect, it } from 'vitest';

import type { NamedQueryResult } from '../contract/named-queries.js';
import {
  ids,
  namedQueries,
  type Bridge,
  type Chair,
  type Decision,
  type Hub,
  type Link,
  type Listed,
  type Pair,
  type Partner,
  type Planned,
  type Quote,
} from './support/named-queries.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();
const { run } = namedQueries(seeded);

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
