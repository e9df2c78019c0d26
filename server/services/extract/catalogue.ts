/**
 * Extraction's catalogue read from Neo4j: the network's institutions, domains and countries, and the
 * gazetteer's entries the network does not hold yet. Reading 100k institutions takes a moment, so the
 * catalogue is kept until the graph's version or the gazetteer's digest moves on; one read builds it
 * however many requests wait for it.
 */
import type { Country, Dataset, Source } from '../../../contract/dataset.js';
import type { Database } from '../../db/database.js';
import { readGraphVersion } from '../../db/graph-version.js';
import { knownInstitution, type Catalogue, type KnownInstitution } from '../../extract/catalogue.js';
import type { ReferenceRecord } from '../../import/reference.js';

interface Cached {
  key: string;
  catalogue: Promise<Catalogue>;
}

export class CatalogueCache {
  private cached: Cached | null = null;

  constructor(private readonly db: Database) {}

  async get(): Promise<Catalogue> {
    // Two tiny reads per request; the catalogue itself only when the graph or the gazetteer moved on.
    const [stored] = await this.db.read('reference/digest');
    const digest = typeof stored?.digest === 'string' ? stored.digest : '';
    const key = `${await readGraphVersion(this.db)} ${digest}`;
    if (this.cached?.key !== key) {
      const catalogue = readCatalogue(this.db);
      this.cached = { key, catalogue };
      // A failed read is not kept: the next request reads again.
      catalogue.catch(() => {
        if (this.cached?.catalogue === catalogue) this.cached = null;
      });
    }
    return this.cached.catalogue;
  }
}

interface Vocabulary {
  domains: Dataset['domains'];
  countries: Country[];
}

async function readCatalogue(db: Database): Promise<Catalogue> {
  const [row] = await db.read('extract/vocabulary');
  const vocabulary = row as unknown as Vocabulary;
  const institutions: KnownInstitution[] = [];
  for (const row of await db.read('extract/institutions')) {
    institutions.push({
      ...(row as unknown as Omit<KnownInstitution, 'in' | 'record' | 'aliases'>),
      aliases: (row.aliases as string[] | null) ?? [],
      in: 'graph',
      record: null,
    });
  }
  const referenceSources = new Map<string, Source>();
  const referenceCountries = new Map<string, Country>();
  for (const row of await db.read('reference/entries')) {
    const { institution, source, country } = JSON.parse(row.record as string) as ReferenceRecord;
    if (source) referenceSources.set(source.id, source);
    if (country) referenceCountries.set(country.code, country);
    institutions.push(knownInstitution(institution, 'reference'));
  }
  return {
    institutions,
    domains: vocabulary.domains,
    countries: vocabulary.countries,
    referenceSources: [...referenceSources.values()],
    referenceCountries: [...referenceCountries.values()],
  };
}
