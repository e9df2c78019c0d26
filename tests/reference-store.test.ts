/**
 * The reference gazetteer in Neo4j: its institutions are found by search, marked as not in the network,
 * kept out of the network until an import links one, refreshed from its files, and refused whole when a
 * file is wrong.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

import type { Dataset } from '../contract/dataset.js';
import type { SearchAnswer } from '../contract/explore.js';
import { refreshReference } from '../server/import/seed.js';
import { DatasetError } from '../server/import/validate-dataset.js';
import { PROJECT_DIR } from '../server/runtime.js';
import { graphChecksum, SEED_FILE } from './support/database.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();
const logger = pino({ level: 'silent' });
let folder: string;

const background = {
  id: 'background-mext-organisation',
  kind: 'background' as const,
  title: 'Organisation of the Ministry of Education, Culture, Sports, Science and Technology',
  publisher: 'MEXT',
  url: 'https://www.mext.go.jp/en/',
  language: 'en',
};
const japan: Partial<Dataset> = {
  sources: [background],
  countries: [{ code: 'JP', nameEn: 'Japan', nameKo: '일본' }],
  institutions: [
    {
      id: 'jp-mext',
      nameEn: 'Ministry of Education, Culture, Sports, Science and Technology',
      nameKo: '문부과학성',
      acronym: 'MEXT',
      aliases: ['일본 문부과학성'],
      kind: 'ministry',
      country: 'JP',
      source: background.id,
    },
    {
      id: 'jp-jst',
      nameEn: 'Japan Science and Technology Agency',
      nameKo: '과학기술진흥기구',
      acronym: 'JST',
      aliases: ['일본 과학기술진흥기구'],
      kind: 'agency',
      country: 'JP',
      source: background.id,
      partOf: { institution: 'jp-mext', evidence: { source: background.id, note: 'JST is under MEXT.' } },
    },
  ],
};
const ukri = {
  id: 'gb-ukri',
  nameEn: 'UK Research and Innovation',
  nameKo: '영국연구혁신기구',
  acronym: 'UKRI',
  aliases: [],
  kind: 'agency' as const,
  country: 'GB',
  source: 'background-ukri',
};
const britain = (institutions: unknown[]): Partial<Dataset> => ({
  sources: [
    {
      ...background,
      id: 'background-ukri',
      title: 'About UKRI',
      publisher: 'UKRI',
      url: 'https://www.ukri.org/',
    },
  ],
  countries: [{ code: 'GB', nameEn: 'United Kingdom', nameKo: '영국' }],
  institutions: institutions as Dataset['institutions'],
});

function writeFolder(files: Record<string, Partial<Dataset>>): void {
  rmSync(folder, { recursive: true, force: true });
  folder = mkdtempSync(path.join(tmpdir(), 'reference-'));
  for (const [name, dataset] of Object.entries(files))
    writeFileSync(path.join(folder, name), stringify(dataset));
}

async function search(query: string, type?: string): Promise<SearchAnswer['results']> {
  const parameters = new URLSearchParams({ q: query, ...(type ? { type } : {}) });
  const response = await seeded.app.get(`/api/search?${parameters.toString()}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as SearchAnswer).results;
}

async function institutionCount(): Promise<number> {
  const health = (await (await seeded.app.get('/api/health')).json()) as { counts: { institutions: number } };
  return health.counts.institutions;
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'reference-'));
  writeFolder({ 'jp.yaml': japan, 'gb.yaml': britain([ukri]) });
  await refreshReference(seeded.db, folder, SEED_FILE, logger);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the reference gazetteer', () => {
  it('is found by search in either language, marked as not in the network', async () => {
    expect((await search('JST'))[0]).toMatchObject({
      type: 'reference',
      id: 'jp-jst',
      matchedField: 'acronym',
    });
    expect((await search('과학기술진흥기구'))[0]).toMatchObject({ type: 'reference', id: 'jp-jst' });
    expect((await search('UK Research', 'reference')).map((result) => result.id)).toEqual(['gb-ukri']);
    expect(await search('JST', 'institution')).toEqual([]);
  });

  it('ranks the network institution before an entry of the gazetteer at equal match', async () => {
    const results = await search('Science');
    const firstReference = results.findIndex((result) => result.type === 'reference');
    const lastInstitution = results.findLastIndex((result) => result.type === 'institution');
    expect(firstReference).toBeGreaterThan(-1);
    expect(lastInstitution).toBeLessThan(firstReference);
  });

  it('adds nothing to the network: no institution, no country, and the same graph', async () => {
    const before = await institutionCount();
    const checksum = await graphChecksum(seeded.db);
    await refreshReference(seeded.db, folder, SEED_FILE, logger);
    expect(await institutionCount()).toBe(before);
    const countries = (await (await seeded.app.get('/api/stats')).json()) as { countries?: unknown };
    expect(JSON.stringify(countries)).not.toContain('"JP"');
    // Storing the same files again changes nothing at all.
    expect(await graphChecksum(seeded.db)).toBe(checksum);
  });

  it('drops an entry its file no longer holds', async () => {
    writeFolder({ 'jp.yaml': japan, 'gb.yaml': britain([]) });
    await refreshReference(seeded.db, folder, SEED_FILE, logger);
    expect(await search('UKRI')).toEqual([]);
    expect((await search('JST'))[0]).toMatchObject({ id: 'jp-jst' });
  });

  it('refuses a folder with a dangling parent or an id defined twice, naming file and place, and keeps what it had', async () => {
    const orphan = { ...ukri, partOf: { institution: 'gb-dsit', evidence: { source: 'background-ukri' } } };
    const twice = { ...ukri, id: 'jp-jst', acronym: 'UKRI2' };
    writeFolder({ 'jp.yaml': japan, 'gb.yaml': britain([orphan, twice]) });
    const refused = refreshReference(seeded.db, folder, SEED_FILE, logger);
    await expect(refused).rejects.toThrow(DatasetError);
    await expect(refused).rejects.toThrow(
      /gb\.yaml: institutions\[0\]\.partOf\.institution: refers to gb-dsit/,
    );
    await expect(refused).rejects.toThrow(
      /jp\.yaml: institutions\[1\]\.id: jp-jst is defined in gb\.yaml too/,
    );
    expect((await search('JST'))[0]).toMatchObject({
      id: 'jp-jst',
      nameEn: 'Japan Science and Technology Agency',
    });
  });

  it('answers an entry an import has brought into the network as an institution, once', async () => {
    const [mext] = japan.institutions!;
    const response = await fetch(`${seeded.app.url}/api/import?dryRun=false`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        dataset: { sources: [background], countries: japan.countries, institutions: [mext] },
      }),
    });
    expect(response.status).toBe(200);
    const results = (await search('MEXT')).filter((result) => result.id === 'jp-mext');
    expect(results).toMatchObject([{ type: 'institution' }]);
  });
});

describe("the project's gazetteer, seed/reference/", () => {
  it('loads whole, and search finds its institutions by their Korean short names', async () => {
    await refreshReference(seeded.db, path.join(PROJECT_DIR, 'seed', 'reference'), SEED_FILE, logger);
    const { records } = await seeded.db.driver.executeQuery(
      'MATCH (r:ReferenceInstitution) RETURN count(r) AS entries',
      {},
      { database: seeded.db.name },
    );
    expect(Number(records[0]?.get('entries'))).toBeGreaterThanOrEqual(200);
    expect((await search('항우연'))[0]).toMatchObject({ type: 'reference', id: 'kr-kari' });
    // An entry the network holds (the seed's NIST) is answered as the network's institution only.
    expect((await search('NIST')).filter((result) => result.id === 'us-nist')).toMatchObject([
      { type: 'institution' },
    ]);
  });
});
