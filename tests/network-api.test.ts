/** /api/graph and /api/institutions/:id over HTTP, on the seed graph in the real Neo4j. */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import type { InstitutionDetail, NetworkGraph } from '../contract/graph.js';
import { ARTICLE_ACRONYMS } from './support/database.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();

describe('GET /api/graph', () => {
  it("is a serialized graph that graphology's Graph.import reads", async () => {
    const response = await seeded.app.get('/api/graph');
    expect(response.status).toBe(200);
    const serialized = (await response.json()) as NetworkGraph;
    const graph = new Graph();
    graph.import(serialized);
    expect(graph.order).toBe(26);
    // 28 cooperation edges, plus the parent links that no shared agreement already covers.
    expect(graph.filterEdges((_e, a) => a.relation === 'cooperation')).toHaveLength(28);
    expect(graph.filterEdges((_e, a) => a.relation === 'part-of')).toHaveLength(3);
    expect(graph.getAttribute('countries')).toHaveLength(3);
    expect(graph.getAttribute('domains')).toHaveLength(8);
  });

  it('comes compressed to a client that accepts gzip, and whole to one that does not', async () => {
    const gzipped = await fetch(`${seeded.app.url}/api/graph`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${seeded.app.url}/api/graph`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await gzipped.json()).toEqual(await plain.json());
  });

  it('shows the agencies of the article linked by their agreements', async () => {
    const graph = new Graph();
    graph.import((await (await seeded.app.get('/api/graph')).json()) as NetworkGraph);
    const byAcronym = new Map(
      graph.mapNodes((key, attributes) => [attributes.acronym as string | null, key]),
    );
    for (const acronym of ARTICLE_ACRONYMS) {
      const key = byAcronym.get(acronym);
      expect(key, acronym).toBeDefined();
      expect(graph.degree(key!), `${acronym} has links`).toBeGreaterThan(0);
    }
    expect(graph.getNodeAttributes('kr-national-security-office')).toMatchObject({
      nameKo: '국가안보실',
      country: 'KR',
    });
    expect(graph.degree('kr-national-security-office')).toBeGreaterThan(0);

    const quantum = graph.getEdgeAttributes(graph.edge('kr-kriss', 'us-nist')!);
    expect(quantum).toMatchObject({
      relation: 'cooperation',
      agreementIds: [
        'kriss-nist-quantum-computer-cooperation',
        'kriss-nist-quantum-supercomputing-consultation',
        'standards-institutes-mou-basic-agreement',
      ],
      domains: ['quantum', 'standards'],
      weight: 3,
    });
    expect(graph.getEdgeAttribute(graph.edge('us-nist', 'us-doc')!, 'relation')).toBe('part-of');
  });
});

describe('GET /api/institutions/:id', () => {
  it("returns NIST's names, parent and agreements with the quotes behind them", async () => {
    const response = await seeded.app.get('/api/institutions/us-nist');
    expect(response.status).toBe(200);
    const nist = (await response.json()) as InstitutionDetail;
    expect(nist).toMatchObject({
      id: 'us-nist',
      acronym: 'NIST',
      country: 'US',
      nameKo: '국립표준기술연구소',
    });
    expect(nist.parent).toMatchObject({ id: 'us-doc', acronym: 'DOC' });
    expect(nist.agreements.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'kriss-nist-quantum-computer-cooperation',
        'kriss-nist-quantum-supercomputing-consultation',
      ]),
    );
    const supercomputing = nist.agreements.find(
      (a) => a.id === 'kriss-nist-quantum-supercomputing-consultation',
    )!;
    expect(supercomputing).toMatchObject({ status: 'in-consultation', domains: ['quantum'] });
    expect(supercomputing.parties.map((p) => p.id)).toEqual(['kr-kriss', 'us-nist']);
    expect(supercomputing.evidence[0]?.quoteKo).toContain('차세대 양자 슈퍼컴퓨팅 공동 연구');
    expect(supercomputing.evidence[0]?.source.title).toBe('제1차 한미 차세대 핵심ㆍ신흥기술 대화');
  });

  it('lists at most agreementsLimit agreements, in date order, and counts them all', async () => {
    const all = (await (await seeded.app.get('/api/institutions/us-nist')).json()) as InstitutionDetail;
    expect(all.agreementCount).toBe(all.agreements.length);
    expect(all.agreementCount).toBeGreaterThan(2);
    const first = (await (
      await seeded.app.get('/api/institutions/us-nist?agreementsLimit=2')
    ).json()) as InstitutionDetail;
    expect(first.agreementCount).toBe(all.agreementCount);
    expect(first.agreements).toEqual(all.agreements.slice(0, 2));
    const tooMany = await seeded.app.get('/api/institutions/us-nist?agreementsLimit=5000');
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({ errors: [{ parameter: 'agreementsLimit' }] });
  });

  it("lists the Department of Commerce's child", async () => {
    const doc = (await (await seeded.app.get('/api/institutions/us-doc')).json()) as InstitutionDetail;
    expect(doc.children.map((c) => c.id)).toEqual(['us-nist']);
  });

  it('answers 404 for an unknown id and 400 for a malformed one, as problem+json', async () => {
    const missing = await seeded.app.get('/api/institutions/no-such-agency');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { detail: string }).detail).toMatch(/no-such-agency/);

    const malformed = await seeded.app.get('/api/institutions/NIST%20OR%201=1');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await malformed.json()).toMatchObject({ errors: [{ parameter: 'id' }] });
  });

  it('answers 404 as problem+json for an unknown API path', async () => {
    const response = await seeded.app.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/GET \/api\/nothing-here/);
  });
});
