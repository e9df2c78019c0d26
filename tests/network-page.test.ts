/**
 * GET /api/graph/page over HTTP on the seed graph, laid out by server/layout/ in the real Neo4j: pages
 * that add up to the whole network once, edges only after both their ends, the order and its positions,
 * a stable layout across re-imports, and refusals.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import type { NetworkPage } from '../contract/network-page.js';
import { importDataset } from '../server/import/importer.js';
import { readDatasetFile } from '../server/import/validate-dataset.js';
import { refreshLayout } from '../server/layout/index.js';
import { SEED_FILE } from './support/database.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();

beforeAll(async () => {
  await refreshLayout(seeded.db);
});

async function page(query: string): Promise<NetworkPage> {
  const response = await seeded.app.get(`/api/graph/page?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as NetworkPage;
}

/** Every page from offset 0, following `next`. */
async function allPages(size: number, edgesPerNode: number): Promise<NetworkPage[]> {
  const pages: NetworkPage[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const next: NetworkPage = await page(`offset=${offset}&size=${size}&edgesPerNode=${edgesPerNode}`);
    pages.push(next);
    offset = next.next;
  }
  return pages;
}

async function cypher<T>(query: string): Promise<T[]> {
  const { records } = await seeded.db.driver.executeQuery(query, {}, { database: seeded.db.name });
  return records.map((record) => record.toObject() as T);
}

describe('GET /api/graph/page', () => {
  it('delivers every institution exactly once across the pages, in one layout', async () => {
    const pages = await allPages(7, 5);
    expect(pages.map((p) => p.offset)).toEqual([0, 7, 14, 21]);
    const ids = pages.flatMap((p) => p.institutions.id);
    const stored = await cypher<{ id: string }>('MATCH (i:Institution) RETURN i.id AS id');
    expect(ids).toHaveLength(stored.length);
    expect([...ids].sort()).toEqual(stored.map(({ id }) => id).sort());
    expect(new Set(pages.map((p) => p.layout)).size).toBe(1);
    expect(pages.every((p) => p.total === stored.length)).toBe(true);
    expect(pages.at(-1)!.next).toBeNull();
  });

  it('orders institutions by partners, most first, ties by id, with finite positions', async () => {
    const [whole] = await allPages(50_000, 5);
    const { id, partners, x, y } = whole!.institutions;
    const degrees = await cypher<{ id: string; partners: number }>(
      'MATCH (i:Institution) RETURN i.id AS id, toFloat(COUNT { (i)-[:COOPERATES_WITH]-() }) AS partners',
    );
    const expected = degrees
      .sort((a, b) => b.partners - a.partners || (a.id < b.id ? -1 : 1))
      .map((entry) => [entry.id, entry.partners]);
    expect(id.map((key, i) => [key, partners[i]])).toEqual(expected);
    expect([...x, ...y].every(Number.isFinite)).toBe(true);
    // Not all on one spot: the layout spread them.
    expect(new Set(x.map((value, i) => `${value},${y[i]}`)).size).toBe(id.length);
  });

  it('sends each edge once, on the page of its later end, after both ends', async () => {
    const pages = await allPages(5, 50);
    let delivered = 0;
    const pairs = new Set<string>();
    for (const p of pages) {
      const end = p.offset + p.institutions.id.length;
      p.edges.source.forEach((source, k) => {
        const target = p.edges.target[k]!;
        expect(source).toBeLessThan(target);
        expect(target).toBeGreaterThanOrEqual(p.offset);
        expect(target).toBeLessThan(end);
        pairs.add(`${source}-${target}`);
      });
      p.partOf.source.forEach((child, k) => {
        const later = Math.max(child, p.partOf.target[k]!);
        expect(later).toBeGreaterThanOrEqual(p.offset);
        expect(later).toBeLessThan(end);
      });
      delivered += p.edges.source.length;
    }
    // The seed's institutions have fewer than 50 partners each: every edge comes, once.
    const [counts] = await cypher<{ cooperation: number; partOf: number }>(
      'RETURN toFloat(COUNT { ()-[:COOPERATES_WITH]->() }) AS cooperation, toFloat(COUNT { ()-[:PART_OF]->() }) AS partOf',
    );
    const { cooperation, partOf } = counts!;
    expect(delivered).toBe(cooperation);
    expect(pairs.size).toBe(cooperation);
    expect(pages.reduce((sum, p) => sum + p.partOf.source.length, 0)).toBe(partOf);
  });

  it('brings at most edgesPerNode edges per institution, the strongest', async () => {
    const [one] = await allPages(50_000, 1);
    const perTarget = new Map<number, number>();
    for (const target of one!.edges.target) perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
    expect(Math.max(...perTarget.values())).toBe(1);
    const [all] = await allPages(50_000, 50);
    for (const [target, count] of perTarget) {
      const weights = all!.edges.weight.filter((_w, k) => all!.edges.target[k] === target);
      const kept = one!.edges.weight[one!.edges.target.indexOf(target)]!;
      expect(count).toBe(1);
      expect(kept).toBe(Math.max(...weights));
    }
    const [none] = await allPages(50_000, 0);
    expect(none!.edges.source).toEqual([]);
  });

  it('answers an empty last page for an offset past the end', async () => {
    const past = await page('offset=1000&size=10');
    expect(past.institutions.id).toEqual([]);
    expect(past.edges.source).toEqual([]);
    expect(past.next).toBeNull();
    expect(past.total).toBe(26);
  });

  it('keeps the layout exactly across a re-import of the same data', async () => {
    const before = await page('size=50000');
    await importDataset(seeded.db, readDatasetFile(SEED_FILE));
    const summary = await refreshLayout(seeded.db);
    expect(summary.outcome).toBe('unchanged');
    const after = await page('size=50000');
    expect(after.layout).toBe(before.layout);
    expect(after.institutions).toEqual(before.institutions);
    expect(after.edges).toEqual(before.edges);
  });

  it.each([
    ['size=0', 'size'],
    ['size=50001', 'size'],
    ['size=ten', 'size'],
    ['offset=-1', 'offset'],
    ['offset=1.5', 'offset'],
    ['edgesPerNode=51', 'edgesPerNode'],
    ['edgesPerNode=-1', 'edgesPerNode'],
  ])('refuses %s with a problem naming %s', async (query, parameter) => {
    const response = await seeded.app.get(`/api/graph/page?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as { errors: { parameter: string }[] };
    expect(problem.errors.map((error) => error.parameter)).toEqual([parameter]);
  });

  it('refuses pages while an institution has no place in the layout, until the layout runs again', async () => {
    await cypher(
      "CREATE (:Institution {id: 'xx-newcomer', nameEn: 'Newcomer', nameKo: '신규', kind: 'agency'})",
    );
    try {
      const refused = await seeded.app.get('/api/graph/page');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(((await refused.json()) as { detail: string }).detail).toMatch(/1 have no position/);

      const summary = await refreshLayout(seeded.db);
      expect(summary).toMatchObject({ outcome: 'computed', fromStored: true, institutions: 27 });
      const pages = await allPages(10, 5);
      const ids = pages.flatMap((p) => p.institutions.id);
      expect(ids).toHaveLength(27);
      // No partners: last in the order.
      expect(ids.at(-1)).toBe('xx-newcomer');
    } finally {
      await cypher("MATCH (i:Institution {id: 'xx-newcomer'}) DELETE i");
    }
  });
});
