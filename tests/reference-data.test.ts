/**
 * The reference gazetteer (seed/reference/): every file a valid data set on its own, one record per
 * institution across the files, each record backed by a background source, and the seed's records kept as
 * the seed names them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Dataset, Institution } from '../contract/dataset.js';
import {
  readDatasetFile,
  unresolvedReferences,
  type CheckedDataset,
  type ReferenceKind,
} from '../server/import/validate-dataset.js';
import { PROJECT_DIR } from '../server/runtime.js';
import { SEED_FILE } from './support/database.js';

const REFERENCE_DIR = path.join(PROJECT_DIR, 'seed', 'reference');

/** Korea and the partners whose cooperation news the gazetteer covers (EU: the Union's own bodies). */
const PARTNER_COUNTRIES = ['KR', 'US', 'JP', 'CN', 'EU', 'DE', 'FR', 'GB', 'IT', 'IN', 'AU', 'CA'];

const seed = readDatasetFile(SEED_FILE).dataset;

const files = readdirSync(REFERENCE_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/** Each file checked on its own; a file that fails throws here, and the first test reports it. */
const checked = new Map<string, CheckedDataset | Error>(
  files.map((name) => {
    try {
      return [name, readDatasetFile(path.join(REFERENCE_DIR, name))];
    } catch (error) {
      return [name, error as Error];
    }
  }),
);

function datasets(): [string, Dataset][] {
  return [...checked].flatMap(([name, result]) => (result instanceof Error ? [] : [[name, result.dataset]]));
}

function institutions(): Institution[] {
  return datasets().flatMap(([, dataset]) => dataset.institutions);
}

function byId(id: string): Institution | undefined {
  return institutions().find((institution) => institution.id === id);
}

/** Ids of the institutions a user finds by typing this name, acronym or alias exactly. */
function find(name: string): string[] {
  const wanted = name.toLowerCase();
  return institutions()
    .filter((institution) =>
      [institution.nameEn, institution.nameKo, institution.acronym, ...institution.aliases].some(
        (candidate) => candidate?.toLowerCase() === wanted,
      ),
    )
    .map((institution) => institution.id);
}

describe('the reference gazetteer', () => {
  it('has one file per country or group', () => {
    expect(files).toEqual(expect.arrayContaining(['kr.yaml', 'us.yaml', 'jp.yaml', 'cn.yaml', 'eu.yaml']));
  });

  it.each(files)('%s is a valid data set whose references resolve in it or in the seed', (name) => {
    const result = checked.get(name);
    if (result instanceof Error) throw result;
    const seedIds: Record<ReferenceKind, string[]> = {
      institutions: seed.institutions.map((institution) => institution.id),
      countries: seed.countries.map((country) => country.code),
      domains: seed.domains.map((domain) => domain.id),
      sources: seed.sources.map((source) => source.id),
      events: seed.events.map((event) => event.id),
    };
    expect(unresolvedReferences(result!.external, seedIds)).toEqual([]);
  });

  it('holds institutions only: no agreements, events or people', () => {
    for (const [name, dataset] of datasets()) {
      expect([dataset.agreements, dataset.events, dataset.people].flat(), name).toEqual([]);
    }
  });

  it('knows at least 200 institutions', () => {
    expect(new Set(institutions().map((institution) => institution.id)).size).toBeGreaterThanOrEqual(200);
  });

  it('defines each institution in one file only', () => {
    const ids = institutions().map((institution) => institution.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("backs every record and every parent with a background source of the record's own file", () => {
    for (const [name, dataset] of datasets()) {
      const background = new Set(
        dataset.sources.filter((source) => source.kind === 'background').map((source) => source.id),
      );
      for (const institution of dataset.institutions) {
        expect(background, `${name}: ${institution.id}.source`).toContain(institution.source);
        if (institution.partOf) {
          expect(background, `${name}: ${institution.id}.partOf`).toContain(
            institution.partOf.evidence.source,
          );
          expect(institution.partOf.evidence.note, `${name}: ${institution.id}.partOf`).toBeTruthy();
        }
      }
    }
  });

  it('keeps the names, acronym, kind and country of every record the seed also defines', () => {
    const shared = seed.institutions.flatMap((original) => {
      const reference = byId(original.id);
      return reference ? [{ original, reference }] : [];
    });
    expect(shared.map(({ original }) => original.id)).toEqual(
      expect.arrayContaining(['kr-msit', 'kr-kriss', 'us-nsf', 'us-nist', 'us-doc', 'in-government']),
    );
    for (const { original, reference } of shared) {
      const pick = ({ nameEn, nameKo, acronym, kind, country }: Institution) => ({
        nameEn,
        nameKo,
        acronym,
        kind,
        country,
      });
      expect(pick(reference), original.id).toEqual(pick(original));
      expect(reference.aliases, original.id).toEqual(expect.arrayContaining(original.aliases));
    }
  });

  it('names the countries the seed also defines as the seed does', () => {
    for (const [name, dataset] of datasets()) {
      for (const country of dataset.countries) {
        const original = seed.countries.find((candidate) => candidate.code === country.code);
        if (original) expect(country, `${name}: ${country.code}`).toEqual(original);
      }
    }
  });

  it('gives no acronym to two institutions of one country', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const institution of institutions()) {
      if (!institution.acronym) continue;
      const key = `${institution.country ?? '(no country)'} ${institution.acronym.toLowerCase()}`;
      const other = seen.get(key);
      if (other) clashes.push(`${key}: ${other}, ${institution.id}`);
      seen.set(key, institution.id);
    }
    expect(clashes).toEqual([]);
  });

  it('gives no name or alias to two institutions', () => {
    const owners = new Map<string, Set<string>>();
    for (const institution of institutions()) {
      for (const name of [institution.nameEn, institution.nameKo, ...institution.aliases]) {
        const key = name.toLowerCase();
        owners.set(key, (owners.get(key) ?? new Set()).add(institution.id));
      }
    }
    const shared = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([name, ids]) => `${name}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('covers Korea and each of its partners', () => {
    const covered = new Set(institutions().map((institution) => institution.country));
    expect(PARTNER_COUNTRIES.filter((code) => !covered.has(code))).toEqual([]);
    const counts = PARTNER_COUNTRIES.map(
      (code) => institutions().filter((institution) => institution.country === code).length,
    );
    expect(Math.max(...counts)).toBe(counts[0]);
  });

  it('finds what a user looks for', () => {
    expect(byId('kr-msit')?.aliases).toContain('과기정통부');
    expect(find('과기정통부')).toEqual(['kr-msit']);
    expect(find('항우연')).toEqual(['kr-kari']);
    expect(find('표준연')).toEqual(['kr-kriss']);
    expect(find('원안위')).toEqual(['kr-nssc']);
    expect(find('KASA')).toEqual(['kr-kasa']);
    expect(find('미래창조과학부')).toEqual(['kr-msit']);
    expect(byId('us-nist')?.partOf?.institution).toBe('us-doc');
    expect(byId('jp-jst')?.partOf?.institution).toBe('jp-mext');
    expect(byId('kr-kriss')?.partOf?.institution).toBe('kr-nst');
    expect(byId('kr-nst')?.partOf?.institution).toBe('kr-msit');
    expect(byId('eu-dg-rtd')?.partOf?.institution).toBe('eu-european-commission');
    expect(byId('us-nasa')?.partOf).toBeUndefined();
  });

  it('leaves intergovernmental European bodies without a country', () => {
    for (const id of ['esa', 'cern', 'embl', 'eso']) {
      expect(byId(id), id).toBeDefined();
      expect(byId(id)?.country, id).toBeUndefined();
    }
  });
});
