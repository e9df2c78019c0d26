/** GET /api/stats over HTTP, on the seed graph in the real Neo4j; expectations are computed from the seed. */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import type { NetworkGraph } from '../contract/graph.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../contract/vocabulary.js';
import type { Dataset } from '../contract/dataset.js';
import { importDataset } from '../server/import/importer.js';
import { readDatasetFile } from '../server/import/validate-dataset.js';
import type { Stats } from '../contract/stats.js';
import { resetDatabase, SEED_FILE, seedDatabase } from './support/database.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();
const seed: Dataset = readDatasetFile(SEED_FILE).dataset;

async function getStats(query = ''): Promise<Stats> {
  const response = await seeded.app.get(`/api/stats${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Stats;
}

/** How many of `items` fall under each key, for the keys listed. */
const tally = <T>(keys: readonly string[], items: T[], keysOf: (item: T) => (string | undefined)[]) =>
  Object.fromEntries(keys.map((key) => [key, items.filter((item) => keysOf(item).includes(key)).length]));

describe('GET /api/stats on the whole graph', () => {
  it('counts the nodes of every label', async () => {
    const { counts } = await getStats();
    expect(counts).toEqual({
      institutions: 26,
      agreements: 21,
      domains: 8,
      sources: 4,
      countries: 3,
      events: 2,
      people: 2,
    });
    expect(counts.institutions).toBe(seed.institutions.length);
    expect(counts.agreements).toBe(seed.agreements.length);
  });

  it('breaks agreements down by domain, status and kind, and institutions by country, as the seed says', async () => {
    const stats = await getStats();
    const domainIds = seed.domains.map((domain) => domain.id);
    expect(Object.fromEntries(stats.agreementsPerDomain.map((entry) => [entry.id, entry.count]))).toEqual(
      tally(domainIds, seed.agreements, (agreement) => agreement.domains),
    );
    const perStatus = Object.fromEntries(
      stats.agreementsPerStatus.map((entry) => [entry.status, entry.count]),
    );
    expect(perStatus).toEqual(tally(AGREEMENT_STATUSES, seed.agreements, (agreement) => [agreement.status]));
    const perKind = Object.fromEntries(stats.agreementsPerKind.map((entry) => [entry.kind, entry.count]));
    expect(perKind).toEqual(tally(AGREEMENT_KINDS, seed.agreements, (agreement) => [agreement.kind]));
    expect(Object.values(perKind).reduce((sum, n) => sum + n, 0)).toBe(21);

    const perCountry = Object.fromEntries(
      stats.institutionsPerCountry.map((entry) => [entry.code, entry.count]),
    );
    expect(perCountry).toEqual(
      tally(
        seed.countries.map((country) => country.code),
        seed.institutions,
        (institution) => [institution.country],
      ),
    );
    expect(stats.institutionsWithoutCountry).toBe(
      seed.institutions.filter((institution) => !institution.country).length,
    );
    expect(stats.agreementsPerDomain.find((entry) => entry.id === 'quantum')).toMatchObject({
      nameKo: '양자',
    });
  });

  it('lists every institution with its partners, agreements, betweenness and community', async () => {
    const stats = await getStats();
    expect(stats.truncated).toBe(false);
    expect(stats.view).toMatchObject({ filtered: false, institutions: 26, agreements: 21, truncated: false });
    expect(stats.institutions).toHaveLength(26);

    // Degree is counted over cooperation edges only, as /api/graph draws them.
    const graph = new Graph();
    graph.import((await (await seeded.app.get('/api/graph')).json()) as NetworkGraph);
    graph
      .filterEdges((_edge, attributes) => attributes.relation !== 'cooperation')
      .forEach((edge) => {
        graph.dropEdge(edge);
      });
    expect(stats.view.cooperationEdges).toBe(graph.size);

    for (const institution of stats.institutions) {
      expect(institution.degree, institution.id).toBe(graph.degree(institution.id));
      const parties = seed.agreements.filter((agreement) =>
        agreement.parties.some((party) => party.institution === institution.id),
      );
      expect(institution.agreements, institution.id).toBe(parties.length);
      expect(institution.betweenness).toBeGreaterThanOrEqual(0);
      expect(institution.betweenness).toBeLessThanOrEqual(1);
      if (institution.degree > 0) expect(institution.community, institution.id).toEqual(expect.any(Number));
      else expect(institution.community, institution.id).toBeNull();
    }
    const communities = new Set(stats.institutions.map((institution) => institution.community));
    communities.delete(null);
    expect(stats.view.communities).toBe(communities.size);
    expect([...communities].sort()).toEqual([...Array(communities.size).keys()]);
  });

  it('ranks the governments of Korea and the US first by partners and among the top brokers', async () => {
    const { institutions } = await getStats();
    const byDegree = [...institutions].sort((a, b) => b.degree - a.degree);
    expect(
      byDegree
        .slice(0, 2)
        .map((institution) => institution.id)
        .sort(),
    ).toEqual(['kr-government', 'us-government']);
    expect(byDegree[2]!.degree).toBeLessThan(byDegree[1]!.degree);
    const brokers = institutions.slice(0, 3).map((institution) => institution.id);
    expect(brokers).toEqual(expect.arrayContaining(['kr-government', 'us-government']));
    expect(institutions[0]!.betweenness).toBeGreaterThan(0);
  });

  it('sorts by betweenness, then degree, and gives the same communities on every call', async () => {
    const first = await getStats();
    const { institutions } = first;
    institutions.slice(1).forEach((next, index) => {
      const previous = institutions[index]!;
      expect(previous.betweenness).toBeGreaterThanOrEqual(next.betweenness);
      if (previous.betweenness === next.betweenness)
        expect(previous.degree).toBeGreaterThanOrEqual(next.degree);
    });
    const second = await getStats();
    expect(second.institutions).toEqual(first.institutions);
  });

  it('cuts the list at limit and says so', async () => {
    const stats = await getStats('?limit=5');
    expect(stats.institutions).toHaveLength(5);
    expect(stats.truncated).toBe(true);
    expect(stats.view.institutions).toBe(26);
  });

  it('says how long each step took in Server-Timing', async () => {
    const response = await seeded.app.get('/api/stats');
    expect(response.headers.get('server-timing')).toMatch(
      /^network;dur=[\d.]+, metrics;dur=[\d.]+, breakdown;dur=[\d.]+$/,
    );
  });
});

describe('GET /api/stats with filters', () => {
  it('describes only the quantum network for domain=quantum', async () => {
    const stats = await getStats('?domain=quantum');
    const quantum = seed.agreements.filter((agreement) => agreement.domains.includes('quantum'));
    const parties = new Set(
      quantum.flatMap((agreement) => agreement.parties.map((party) => party.institution)),
    );
    expect(new Set(stats.institutions.map((institution) => institution.id))).toEqual(parties);
    expect(stats.view).toMatchObject({
      filtered: true,
      institutions: parties.size,
      agreements: quantum.length,
    });
    expect(stats.counts.agreements).toBe(21);
    expect(stats.agreementsPerDomain.find((entry) => entry.id === 'quantum')!.count).toBe(quantum.length);
    for (const institution of stats.institutions) {
      const own = quantum.filter((agreement) =>
        agreement.parties.some((party) => party.institution === institution.id),
      );
      expect(institution.agreements, institution.id).toBe(own.length);
      expect(institution.community).not.toBeNull();
    }
  });

  it('answers an empty view, not an error, when nothing passes the filters', async () => {
    const stats = await getStats('?status=signed');
    expect(stats.institutions).toEqual([]);
    expect(stats.view).toMatchObject({ institutions: 0, agreements: 0, communities: 0, modularity: null });
    expect(stats.agreementsPerDomain.every((entry) => entry.count === 0)).toBe(true);
    expect(stats.agreementsPerDomain).toHaveLength(8);
    expect(stats.counts.institutions).toBe(26);
  });

  it('answers 400 naming the parameter for a bad filter or limit', async () => {
    for (const [query, parameter] of [
      ['?domain=no-such-domain', 'domain'],
      ['?country=korea', 'country'],
      ['?status=done', 'status'],
      ['?limit=1001', 'limit'],
    ] as const) {
      const response = await seeded.app.get(`/api/stats${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      expect(await response.json()).toMatchObject({ errors: [{ parameter }] });
    }
  });
});

describe('GET /api/stats after the graph changes', () => {
  it('describes the new graph, not the one it described before', async () => {
    const before = await getStats();
    // The same graph without an agreement between two institutions that share no other one.
    const partiesOf = (agreement: Dataset['agreements'][number]) =>
      agreement.parties.map((party) => party.institution);
    const dropped = seed.agreements.find(
      (agreement) =>
        agreement.parties.length === 2 &&
        !seed.agreements.some(
          (other) => other !== agreement && partiesOf(agreement).every((id) => partiesOf(other).includes(id)),
        ),
    )!;
    expect(dropped).toBeDefined();
    const smaller = { ...seed, agreements: seed.agreements.filter((agreement) => agreement !== dropped) };
    await resetDatabase(seeded.db);
    try {
      await importDataset(seeded.db, { ...readDatasetFile(SEED_FILE), dataset: smaller });
      const after = await getStats();
      expect(after.counts.agreements).toBe(before.counts.agreements - 1);
      expect(after.view.agreements).toBe(before.view.agreements - 1);
      expect(after.view.cooperationEdges).toBe(before.view.cooperationEdges - 1);
      const partners = (stats: Stats, id: string) => stats.institutions.find((i) => i.id === id)?.degree ?? 0;
      for (const id of partiesOf(dropped)) expect(partners(after, id), id).toBe(partners(before, id) - 1);
    } finally {
      await seedDatabase(seeded.db);
    }
    expect(await getStats()).toEqual(before);
  });
});

describe('GET /api/stats after an import that only corrects names', () => {
  it('serves the corrected names at once, though no count changed', async () => {
    const before = await getStats();
    const domain = seed.domains[0]!;
    const institution = seed.institutions.find((item) => before.institutions.some((i) => i.id === item.id))!;
    const corrected: Dataset = {
      ...seed,
      domains: seed.domains.map((item) =>
        item === domain ? { ...item, nameEn: `${item.nameEn} (corrected)` } : item,
      ),
      institutions: seed.institutions.map((item) =>
        item === institution ? { ...item, nameEn: `${item.nameEn} (corrected)` } : item,
      ),
    };
    try {
      await importDataset(seeded.db, { ...readDatasetFile(SEED_FILE), dataset: corrected });
      const after = await getStats();
      expect(after.counts).toEqual(before.counts);
      expect(after.agreementsPerDomain.find((item) => item.id === domain.id)?.nameEn).toBe(
        `${domain.nameEn} (corrected)`,
      );
      expect(after.institutions.find((item) => item.id === institution.id)?.nameEn).toBe(
        `${institution.nameEn} (corrected)`,
      );
    } finally {
      await seedDatabase(seeded.db);
    }
    expect(await getStats()).toEqual(before);
  });
});
