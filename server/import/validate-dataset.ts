/**
 * Turns the text of a dataset file into a checked `Dataset`, or a `DatasetError` listing every problem
 * with its path (`agreements[3].parties[0].institution`). Nothing here touches the database: ids a file
 * uses without defining them are returned as `References`, and quotes of sources it does not define as
 * `externalQuotes`, for the importer to look up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

import { datasetSchema, type Dataset } from '../../contract/dataset.js';
import { issuePath } from '../../contract/problem.js';
import { currentStatus } from '../../contract/status-history.js';

export interface DatasetIssue {
  path: string;
  message: string;
}

export class DatasetError extends Error {
  override name = 'DatasetError';

  constructor(
    readonly issues: DatasetIssue[],
    readonly file?: string,
  ) {
    super(
      `${file ?? 'The dataset'} has ${issues.length} error${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  ${issue.path || '(file)'}: ${issue.message}`).join('\n'),
    );
  }
}

export type ReferenceKind = 'institutions' | 'countries' | 'domains' | 'sources' | 'events';

/** Ids the file refers to but does not define: they must already be in the database. */
export type References = Record<ReferenceKind, Map<string, string[]>>;

/** A quote from a source, where the data set has it. */
export interface CitedQuote {
  source: string;
  quote: string;
  path: string;
}

export interface CheckedDataset {
  dataset: Dataset;
  external: References;
  /** Quotes of sources the data set does not define: the graph's text of each decides. */
  externalQuotes: CitedQuote[];
}

export interface CheckOptions {
  /** Reads a source's `localCopy` (a file beside the data set) as its `text`; without it, it is left. */
  readLocalCopy?: (localCopy: string) => string;
}

export function readDatasetFile(file: string): CheckedDataset {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DatasetError([{ path: '', message: `cannot be read: ${(error as Error).message}` }], file);
  }
  const raw = parseDatasetText(text, path.extname(file) === '.json' ? 'json' : 'yaml', file);
  return checkDataset(raw, file, { readLocalCopy: localCopyReader(path.dirname(file)) });
}

/**
 * A copy lies in the data set's folder or below it: a file from elsewhere would otherwise put whatever
 * it names (any file the importing user may read) into the graph, where every reader sees it.
 */
function localCopyReader(folder: string): (localCopy: string) => string {
  return (localCopy) => {
    const resolved = path.resolve(folder, localCopy);
    const relative = path.relative(folder, resolved);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new Error("must be a path inside the data set's folder");
    }
    return readFileSync(resolved, 'utf8');
  };
}

export function parseDatasetText(text: string, format: 'json' | 'yaml', file?: string): unknown {
  try {
    return format === 'json' ? (JSON.parse(text) as unknown) : (parseYaml(text) as unknown);
  } catch (error) {
    throw new DatasetError(
      [{ path: '', message: `is not valid ${format.toUpperCase()}: ${(error as Error).message}` }],
      file,
    );
  }
}

export function checkDataset(raw: unknown, file?: string, options: CheckOptions = {}): CheckedDataset {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(parsed.error.issues.map(zodIssue), file);
  const dataset = parsed.data;
  const issues: DatasetIssue[] = [];
  if (options.readLocalCopy) readLocalCopies(dataset, options.readLocalCopy, issues);

  const defined = {
    institutions: uniqueIds(dataset.institutions, (item) => item.id, 'institutions', issues),
    countries: uniqueIds(dataset.countries, (item) => item.code, 'countries', issues),
    domains: uniqueIds(dataset.domains, (item) => item.id, 'domains', issues),
    sources: uniqueIds(dataset.sources, (item) => item.id, 'sources', issues),
    events: uniqueIds(dataset.events, (item) => item.id, 'events', issues),
  };
  uniqueIds(dataset.people, (item) => item.id, 'people', issues);
  uniqueIds(dataset.agreements, (item) => item.id, 'agreements', issues);

  const external: References = {
    institutions: new Map(),
    countries: new Map(),
    domains: new Map(),
    sources: new Map(),
    events: new Map(),
  };
  const refer = (kind: ReferenceKind, id: string | undefined, at: string): void => {
    if (id === undefined || defined[kind].has(id)) return;
    external[kind].set(id, [...(external[kind].get(id) ?? []), at]);
  };

  dataset.institutions.forEach((institution, i) => {
    refer('countries', institution.country, `institutions[${i}].country`);
    if (institution.partOf) {
      if (institution.partOf.institution === institution.id) {
        issues.push({
          path: `institutions[${i}].partOf.institution`,
          message: 'an institution cannot be part of itself',
        });
      }
      refer('institutions', institution.partOf.institution, `institutions[${i}].partOf.institution`);
      refer('sources', institution.partOf.evidence.source, `institutions[${i}].partOf.evidence.source`);
    }
  });
  dataset.people.forEach((person, i) => {
    person.holds.forEach((post, j) =>
      refer('institutions', post.institution, `people[${i}].holds[${j}].institution`),
    );
    person.chairs.forEach((event, j) => refer('events', event, `people[${i}].chairs[${j}]`));
  });
  dataset.events.forEach((event, i) =>
    refer('sources', event.evidence.source, `events[${i}].evidence.source`),
  );
  dataset.agreements.forEach((agreement, i) => {
    const at = `agreements[${i}]`;
    agreement.domains.forEach((domain, j) => refer('domains', domain, `${at}.domains[${j}]`));
    agreement.parties.forEach((party, j) =>
      refer('institutions', party.institution, `${at}.parties[${j}].institution`),
    );
    agreement.evidence.forEach((quote, j) => refer('sources', quote.source, `${at}.evidence[${j}].source`));
    agreement.statusHistory?.forEach((entry, j) =>
      refer('sources', entry.source, `${at}.statusHistory[${j}].source`),
    );
    const latest = agreement.statusHistory && currentStatus(agreement.statusHistory);
    if (latest && latest !== agreement.status) {
      issues.push({
        path: `${at}.status`,
        message: `is ${agreement.status}, but the latest entry of statusHistory says ${latest}`,
      });
    }
    refer('events', agreement.agreedAt, `${at}.agreedAt`);
    duplicates(agreement.parties.map((party) => party.institution)).forEach((id) =>
      issues.push({ path: `${at}.parties`, message: `names ${id} more than once` }),
    );
    duplicates(agreement.domains).forEach((id) =>
      issues.push({ path: `${at}.domains`, message: `names ${id} more than once` }),
    );
  });

  const { internal, external: externalQuotes } = splitQuotes(dataset, defined.sources);
  const texts = new Map(dataset.sources.map((source) => [source.id, source.text ?? null]));
  issues.push(...misquotes(internal, texts));

  if (issues.length > 0) throw new DatasetError(issues, file);
  return { dataset, external, externalQuotes };
}

function readLocalCopies(
  dataset: Dataset,
  read: NonNullable<CheckOptions['readLocalCopy']>,
  issues: DatasetIssue[],
): void {
  dataset.sources.forEach((source, i) => {
    if (source.text !== undefined || source.localCopy === undefined) return;
    try {
      // Trimmed like every text field of the format.
      source.text = read(source.localCopy).trim();
    } catch (error) {
      issues.push({
        path: `sources[${i}].localCopy`,
        message: `cannot be read: ${(error as Error).message}`,
      });
    }
  });
}

/** Every verbatim quote of the data set (evidence and provenance), split by where its source is defined. */
function splitQuotes(
  dataset: Dataset,
  defined: Set<string>,
): { internal: CitedQuote[]; external: CitedQuote[] } {
  const quotes: CitedQuote[] = [];
  const cite = (source: string, quote: string | undefined, at: string): void => {
    if (quote !== undefined) quotes.push({ source, quote, path: at });
  };
  dataset.institutions.forEach((institution, i) => {
    const evidence = institution.partOf?.evidence;
    if (evidence) cite(evidence.source, evidence.quoteKo, `institutions[${i}].partOf.evidence.quoteKo`);
  });
  dataset.events.forEach((event, i) =>
    cite(event.evidence.source, event.evidence.quoteKo, `events[${i}].evidence.quoteKo`),
  );
  dataset.agreements.forEach((agreement, i) => {
    agreement.evidence.forEach((quote, j) =>
      cite(quote.source, quote.quoteKo, `agreements[${i}].evidence[${j}].quoteKo`),
    );
    agreement.statusHistory?.forEach((entry, j) =>
      cite(entry.source, entry.quoteKo, `agreements[${i}].statusHistory[${j}].quoteKo`),
    );
  });
  return {
    internal: quotes.filter((quote) => defined.has(quote.source)),
    external: quotes.filter((quote) => !defined.has(quote.source)),
  };
}

/**
 * Quotes that do not occur in their source's text, where the source has one (`texts`: id → text or
 * null). Both sides are compared in Unicode's composed form: the same Korean text typed or pasted in
 * decomposed jamo is still the same words.
 */
export function misquotes(quotes: CitedQuote[], texts: Map<string, string | null>): DatasetIssue[] {
  return quotes
    .filter((quote) => {
      const text = texts.get(quote.source);
      return typeof text === 'string' && !text.normalize('NFC').includes(quote.quote.normalize('NFC'));
    })
    .map((quote) => ({
      path: quote.path,
      message: `does not occur verbatim in the text of source "${quote.source}"`,
    }));
}

/** Reports references that neither the file nor the database defines. */
export function unresolvedReferences(
  external: References,
  existing: Record<ReferenceKind, string[]>,
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const kind of Object.keys(external) as ReferenceKind[]) {
    const known = new Set(existing[kind]);
    for (const [id, places] of external[kind]) {
      if (known.has(id)) continue;
      for (const place of places) {
        issues.push({
          path: place,
          message: `refers to ${kind} "${id}", which neither this file nor the database defines`,
        });
      }
    }
  }
  return issues;
}

function uniqueIds<T>(
  items: T[],
  key: (item: T) => string,
  collection: string,
  issues: DatasetIssue[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = key(item);
    if (seen.has(id)) issues.push({ path: `${collection}[${i}]`, message: `repeats the id "${id}"` });
    seen.add(id);
  });
  return seen;
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

function zodIssue(issue: z.core.$ZodIssue): DatasetIssue {
  return { path: issuePath(issue.path), message: issue.message };
}
