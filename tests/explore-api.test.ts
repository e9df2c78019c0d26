/** Agreements, neighbourhoods and the filtered network over HTTP, on the seed graph. */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import type { AgreementList } from '../contract/explore.js';
import type { AgreementSummary, NetworkGraph } from '../contract/graph.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();

async function json<T>(path: string, status = 200): Promise<T> {
  const response = await seeded.app.get(path);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(status);
  return (await response.json()) as T;
}

const problemParameter = async (path: string) =>
  (await json<{ errors: { parameter: string }[] }>(path, 400)).errors[0]?.parameter;

describe('GET /api/agreements/:id', () => {
  it('returns the MSIT–NSF bio-economy pledge of US$10 million with its parties, event and quote', async () => {
    const pledge = await json<AgreementSummary>('/api/agreements/msit-nsf-bioeconomy-funding');
    expect(pledge).toMatchObject({
      kind: 'funding',
      status: 'agreed',
      amountUsd: 10_000_000,
      amount: { value: 10_000_000, currency: 'USD', per: null, stated: '최소 1000만 달러' },
      domains: ['bio'],
    });
    expect(pledge.parties.map((p) => p.acronym).sort()).toEqual(['MSIT', 'NSF']);
    expect(pledge.agreedAt).toMatchObject({ id: 'cet-dialogue-2023-12-09', date: '2023-12-09' });
    expect(pledge.evidence[0]?.quoteKo).toContain('최소 1000만 달러');
  });

  it('answers 404 for an unknown agreement', async () => {
    const problem = await json<{ detail: string }>('/api/agreements/no-such-pledge', 404);
    expect(problem.detail).toMatch(/no-such-pledge/);
  });
});

describe('GET /api/agreements', () => {
  it('lists the KRISS–NIST quantum agreements', async () => {
    const list = await json<AgreementList>('/api/agreements?domain=quantum&party=us-nist');
    expect(list.agreements.map((a) => a.id).sort()).toEqual([
      'kriss-nist-quantum-computer-cooperation',
      'kriss-nist-quantum-supercomputing-consultation',
    ]);
    expect(list.total).toBe(2);
  });

  it('filters by status, kind, country and date range, and pages', async () => {
    const planned = await json<AgreementList>('/api/agreements?status=planned');
    expect(planned.agreements.every((a) => a.status === 'planned')).toBe(true);
    expect(planned.total).toBe(4);
    const meetings2024 = await json<AgreementList>('/api/agreements?kind=meeting&from=2024&to=2024');
    expect(meetings2024.total).toBe(3);
    const india = await json<AgreementList>('/api/agreements?country=IN');
    expect(india.agreements.map((a) => a.id)).toEqual(['kr-us-india-cet-dialogue-2024']);
    const december = await json<AgreementList>('/api/agreements?from=2023-12&to=2023-12');
    // All but the four planned for 2024 and the April summit's.
    expect(december.total).toBe(16);
    const page = await json<AgreementList>('/api/agreements?limit=5&offset=5');
    expect(page).toMatchObject({ total: 21, offset: 5, truncated: true });
    expect(page.agreements).toHaveLength(5);
  });

  it('sorts by any column, both ways, with what has no value last', async () => {
    const ids = async (query: string) =>
      (await json<AgreementList>(`/api/agreements?limit=200&${query}`)).agreements;
    const newest = await ids('');
    const dates = newest.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await ids('sort=date&order=asc')).map((a) => a.date)).toEqual([...dates].sort());
    // The seed states one amount: the ten-million-dollar bioeconomy pledge, first in both directions.
    for (const sort of ['amount', 'currency']) {
      for (const order of ['asc', 'desc']) {
        const byAmount = await ids(`sort=${sort}&order=${order}`);
        expect(byAmount[0]).toMatchObject({
          id: 'msit-nsf-bioeconomy-funding',
          amount: { value: 10_000_000, currency: 'USD' },
        });
        expect(byAmount.slice(1).every((a) => a.amount === null && a.amountUsd === null)).toBe(true);
      }
    }
    const kinds = (await ids('sort=kind&order=asc')).map((a) => a.kind);
    // English labels: Consultation, Dialogue, Funding, Joint research, Meeting / conference, MOU, …
    expect(kinds.indexOf('consultation')).toBeLessThan(kinds.indexOf('mou'));
    expect(kinds.indexOf('mou')).toBeLessThan(kinds.indexOf('working-group'));
    const titlesKo = (await ids('sort=title&order=asc&lang=ko')).map((a) => a.titleKo);
    expect(titlesKo).toEqual([...titlesKo].sort());
  });

  it('pages through a sorted list without losing or repeating an agreement', async () => {
    const whole = await json<AgreementList>('/api/agreements?limit=200&sort=parties&order=desc');
    const pages: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 5) {
      const page = await json<AgreementList>(
        `/api/agreements?limit=5&offset=${offset}&sort=parties&order=desc`,
      );
      expect(page).toMatchObject({ total: whole.total, offset, truncated: offset + 5 < whole.total });
      pages.push(...page.agreements.map((a) => a.id));
    }
    expect(pages).toEqual(whole.agreements.map((a) => a.id));
    expect((await json<AgreementList>('/api/agreements?offset=500')).agreements).toEqual([]);
  });

  it('keeps the agreements whose words contain the query, in either language', async () => {
    const matching = async (q: string) =>
      (await json<AgreementList>(`/api/agreements?limit=200&q=${encodeURIComponent(q)}`)).agreements
        .map((a) => a.id)
        .sort();
    const quantum = (await json<AgreementList>('/api/agreements?domain=quantum')).agreements.map((a) => a.id);
    // "quantum" is in the domain's name, so at least its four agreements; "양자" (its Korean name) finds them too.
    expect(await matching('Quantum')).toEqual(expect.arrayContaining(quantum));
    expect(await matching('양자')).toEqual(expect.arrayContaining(quantum));
    expect(await matching('KRISS')).toEqual(
      (await json<AgreementList>('/api/agreements?party=kr-kriss&limit=200')).agreements
        .map((a) => a.id)
        .sort(),
    );
    // Kinds by their labels: "양해각서" is an MOU.
    expect(await matching('양해각서')).toEqual(
      (await json<AgreementList>('/api/agreements?kind=mou')).agreements.map((a) => a.id).sort(),
    );
    expect(await matching('no agreement says this')).toEqual([]);
  });

  it('takes a date of a year only as the whole year, at either bound', async () => {
    const yearOnly = [
      'ai-safety-summit-2024-cooperation',
      'kr-us-india-cet-dialogue-2024',
      'pharma-supply-chain-track-1-5-meeting-2024',
      'responsible-military-ai-meeting-2024-cooperation',
    ];
    for (const range of ['from=2024-06', 'from=2024-01&to=2024-01', 'from=2024-11-30&to=2024-12']) {
      const list = await json<AgreementList>(`/api/agreements?${range}`);
      expect(list.agreements.map((a) => a.id).sort(), range).toEqual(yearOnly);
    }
    // The network reads the bounds the same way.
    const network = await json<NetworkGraph>('/api/graph?from=2024-06');
    expect([...new Set(network.edges.flatMap((e) => e.attributes.agreementIds))].sort()).toEqual(yearOnly);
  });

  it('names the parameter of an unknown filter value', async () => {
    expect(await problemParameter('/api/agreements?domain=astrology')).toBe('domain');
    expect(await problemParameter('/api/agreements?status=rumoured')).toBe('status');
    expect(await problemParameter('/api/agreements?country=XX')).toBe('country');
    expect(await problemParameter('/api/agreements?party=nobody')).toBe('party');
    expect(await problemParameter('/api/agreements?from=last-year')).toBe('from');
    expect(await problemParameter('/api/agreements?limit=1000')).toBe('limit');
    expect(await problemParameter('/api/agreements?sort=a.id')).toBe('sort');
  });
});

describe('GET /api/institutions/:id/neighbourhood', () => {
  it("returns NIST's partners at depth 1 and their partners at depth 2", async () => {
    const one = new Graph();
    one.import(await json<NetworkGraph>('/api/institutions/us-nist/neighbourhood'));
    expect(one.nodes().sort()).toEqual(['kr-kriss', 'us-nist']);
    // ARPA-H's only partner is the Korean government; at depth 2 come the government's partners.
    const two = new Graph();
    two.import(await json<NetworkGraph>('/api/institutions/us-arpa-h/neighbourhood?depth=2'));
    expect(two.hasNode('kr-government')).toBe(true);
    expect(two.hasNode('us-government')).toBe(true);
    expect(two.hasNode('kr-national-security-office')).toBe(true);
    expect(two.hasNode('kr-keit')).toBe(false);
    const one2 = await json<NetworkGraph>('/api/institutions/us-arpa-h/neighbourhood?depth=1');
    expect(one2.nodes.map((n) => n.key).sort()).toEqual(['kr-government', 'us-arpa-h']);
  });

  it('says when the limit cut the walk short', async () => {
    const graph = await json<NetworkGraph>('/api/institutions/kr-government/neighbourhood?depth=3&limit=5');
    expect(graph.nodes).toHaveLength(5);
    expect(graph.attributes.truncated).toBe(true);
    const whole = await json<NetworkGraph>('/api/institutions/kr-government/neighbourhood?depth=3');
    expect(whole.attributes.truncated).toBe(false);
  });

  it('follows only links of a domain when asked', async () => {
    const graph = await json<NetworkGraph>('/api/institutions/kr-government/neighbourhood?depth=3&domain=ai');
    expect(graph.nodes.map((n) => n.key)).toContain('us-government');
    expect(graph.nodes.map((n) => n.key)).not.toContain('kr-pharma-companies');
    expect(graph.edges.every((e) => e.attributes.domains.includes('ai'))).toBe(true);
  });

  it('rejects an unknown institution and an out-of-range depth', async () => {
    await json('/api/institutions/nobody/neighbourhood', 404);
    expect(await problemParameter('/api/institutions/us-nist/neighbourhood?depth=4')).toBe('depth');
  });
});

describe('GET /api/graph with filters', () => {
  it('keeps only the links of a domain', async () => {
    const graph = new Graph();
    graph.import(await json<NetworkGraph>('/api/graph?domain=quantum'));
    // KRISS, NIST, the four quantum industry and university actors, and the four parties to the umbrella
    // agreement, which covers quantum among other domains.
    expect(graph.order).toBe(10);
    expect(
      graph.edges().every((e) => (graph.getEdgeAttribute(e, 'domains') as string[]).includes('quantum')),
    ).toBe(true);
    expect(graph.getEdgeAttribute(graph.edge('kr-kriss', 'us-nist')!, 'weight')).toBe(2);
  });

  it('combines status, kind, country and date filters', async () => {
    const planned = await json<NetworkGraph>('/api/graph?status=planned&country=IN');
    expect(planned.nodes.map((n) => n.key).sort()).toEqual([
      'in-government',
      'kr-government',
      'us-government',
    ]);
    const april = await json<NetworkGraph>('/api/graph?from=2023-04&to=2023-04');
    expect(april.edges.map((e) => e.key)).toEqual(['cooperation:kr-presidential-office:us-white-house']);
  });

  it('country: any party there by default, institutions of that country only with countryScope=only', async () => {
    const cooperation = (graph: NetworkGraph) =>
      graph.edges.filter((e) => e.attributes.relation === 'cooperation');
    const links = (graph: NetworkGraph) =>
      cooperation(graph)
        .map((e) => `${e.source} ${e.target}`)
        .sort();
    const countryOf = (graph: NetworkGraph) =>
      new Map(graph.nodes.map((n) => [n.key, n.attributes.country ?? null]));
    // The map keeps each link that touches a Korean institution, and only those.
    const anyParty = await json<NetworkGraph>('/api/graph?country=KR');
    const countries = countryOf(anyParty);
    expect(
      cooperation(anyParty).every((e) => [e.source, e.target].some((end) => countries.get(end) === 'KR')),
    ).toBe(true);
    expect(links(anyParty)).toContain('kr-keit us-evsts');
    expect(anyParty).toEqual(await json<NetworkGraph>('/api/graph?country=KR&countryScope=any'));
    // Korean institutions among themselves: three links, from three agreements that also have US parties.
    const only = await json<NetworkGraph>('/api/graph?country=KR&countryScope=only');
    expect(links(only)).toEqual([
      'kr-government kr-national-security-office',
      'kr-government kr-pharma-companies',
      'kr-industry kr-universities',
    ]);
    expect(only.nodes.every((n) => n.attributes.country === 'KR')).toBe(true);
    // The agreements, the timeline and the agreements view keep the agreements that make those links.
    const agreements = await json<AgreementList>('/api/agreements?country=KR&countryScope=only');
    expect(agreements.agreements.map((a) => a.id).sort()).toEqual(
      [...new Set(cooperation(only).flatMap((e) => e.attributes.agreementIds))].sort(),
    );
    const timeline = await json<{ entries: { agreementId: string }[] }>(
      '/api/timeline?country=KR&countryScope=only',
    );
    expect([...new Set(timeline.entries.map((e) => e.agreementId))].sort()).toEqual(
      agreements.agreements.map((a) => a.id).sort(),
    );
    const view = await json<{ nodes: { key: string; attributes: { type: string } }[] }>(
      '/api/graph?shape=agreements&country=KR&countryScope=only',
    );
    expect(view.nodes.filter((n) => n.attributes.type === 'agreement')).toHaveLength(agreements.total);
    // India's only agreement has one Indian party: nothing is India's alone.
    expect((await json<NetworkGraph>('/api/graph?country=IN&countryScope=only')).nodes).toEqual([]);
    expect(await problemParameter('/api/graph?country=KR&countryScope=all')).toBe('countryScope');
  });

  it('bounds the answer and says when it is cut', async () => {
    const graph = await json<NetworkGraph>('/api/graph?limit=3');
    expect(graph.nodes).toHaveLength(3);
    expect(graph.attributes.truncated).toBe(true);
  });

  it('names the parameter of a bad filter', async () => {
    expect(await problemParameter('/api/graph?domain=astrology')).toBe('domain');
    expect(await problemParameter('/api/graph?kind=treaty')).toBe('kind');
    expect(await problemParameter('/api/graph?country=korea')).toBe('country');
    expect(await problemParameter('/api/graph?to=2024-13')).toBe('to');
  });
});
