/**
 * Validation of a dataset that arrives in chunks (an NDJSON file, a generator), with bounded memory: each
 * chunk gets the checks of `checkDataset`, and ids are checked across the whole input — an id defined
 * twice in different chunks is an error, and so is a reference to an id that only a later chunk defines
 * (chunks are written in order, so what a chunk refers to must exist when it is written). Ids that no
 * chunk defines are returned as external references, for the importer to find in the database.
 *
 * Issues carry the chunk in their path: `chunks[7].agreements[12].parties[1].institution` (chunk 7 is the
 * eighth line of an NDJSON file).
 */
import type { Dataset } from '../../../contract/dataset.js';
import {
  checkDataset,
  DatasetError,
  type DatasetIssue,
  type ReferenceKind,
  type References,
} from '../validate-dataset.js';

/** Places kept per external id, and issues kept in all: enough to fix a file, never unbounded. */
const PLACES_PER_REFERENCE = 5;
const MAX_ISSUES = 200;

type DefinedKind = ReferenceKind | 'people' | 'agreements';

export class StreamValidator {
  private readonly defined: Record<DefinedKind, Set<string>> = {
    institutions: new Set(),
    countries: new Set(),
    domains: new Set(),
    sources: new Set(),
    events: new Set(),
    people: new Set(),
    agreements: new Set(),
  };
  /** Referred to before (or without) being defined: resolved at the end, or looked up in the database. */
  private readonly pending: References = emptyReferences();
  private readonly issues: DatasetIssue[] = [];
  private issueCount = 0;
  private checked = 0;
  private records = 0;

  /** Checks the next chunk; returns it parsed (defaults applied), or null when it has errors. */
  check(raw: unknown): Dataset | null {
    const at = `chunks[${this.checked}]`;
    this.checked += 1;
    let dataset: Dataset;
    let external: References;
    try {
      ({ dataset, external } = checkDataset(raw));
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      error.issues.forEach((issue) =>
        this.report(`${at}${issue.path ? `.${issue.path}` : ''}`, issue.message),
      );
      return null;
    }
    this.records += Object.values(dataset).reduce((sum, items) => sum + items.length, 0);

    this.define('countries', dataset.countries, (item) => item.code, at);
    this.define('domains', dataset.domains, (item) => item.id, at);
    this.define('sources', dataset.sources, (item) => item.id, at);
    this.define('institutions', dataset.institutions, (item) => item.id, at);
    this.define('events', dataset.events, (item) => item.id, at);
    this.define('people', dataset.people, (item) => item.id, at);
    this.define('agreements', dataset.agreements, (item) => item.id, at);

    for (const kind of Object.keys(external) as ReferenceKind[]) {
      for (const [id, places] of external[kind]) {
        if (this.defined[kind].has(id)) continue;
        const known = this.pending[kind].get(id) ?? [];
        if (known.length < PLACES_PER_REFERENCE) {
          known.push(
            ...places.slice(0, PLACES_PER_REFERENCE - known.length).map((place) => `${at}.${place}`),
          );
        }
        this.pending[kind].set(id, known);
      }
    }
    return dataset;
  }

  /** Ends the input: throws every issue found, or returns the ids the database must hold. */
  finish(file?: string): { external: References; chunks: number; records: number } {
    for (const kind of Object.keys(this.pending) as ReferenceKind[]) {
      for (const [id, places] of this.pending[kind]) {
        if (!this.defined[kind].has(id)) continue;
        this.pending[kind].delete(id);
        for (const place of places) {
          this.report(place, `refers to ${kind} "${id}" before the chunk that defines it: define ids first`);
        }
      }
    }
    if (this.issueCount > 0) {
      const more = this.issueCount - this.issues.length;
      throw new DatasetError(
        more > 0 ? [...this.issues, { path: '', message: `… and ${more} more errors` }] : this.issues,
        file,
      );
    }
    return { external: this.pending, chunks: this.checked, records: this.records };
  }

  /** Chunks checked so far. */
  get chunks(): number {
    return this.checked;
  }

  /** True once so many issues are known that reading on would only make the report longer. */
  get saturated(): boolean {
    return this.issueCount >= MAX_ISSUES;
  }

  private define<T>(kind: DefinedKind, items: T[], key: (item: T) => string, at: string): void {
    const seen = this.defined[kind];
    items.forEach((item, i) => {
      const id = key(item);
      if (seen.has(id)) this.report(`${at}.${kind}[${i}]`, `repeats the id "${id}" of an earlier chunk`);
      seen.add(id);
    });
  }

  private report(path: string, message: string): void {
    this.issueCount += 1;
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
  }
}

export function emptyReferences(): References {
  return {
    institutions: new Map(),
    countries: new Map(),
    domains: new Map(),
    sources: new Map(),
    events: new Map(),
  };
}
