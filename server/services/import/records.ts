/**
 * The records an import would write, side by side with the graph's: one read per collection
 * (cypher/import/diff/), each answering the graph's record in the data set's own shape, and a comparison
 * field by field in a canonical form, so that what the importer would leave as it is compares equal
 * (links without order as sorted sets, absent and null alike) and anything else is a change.
 */
import { createHash } from 'node:crypto';

import type { Dataset } from '../../../contract/dataset.js';
import { IMPORT_COLLECTIONS, type FieldChange, type ImportCollection } from '../../../contract/import.js';
import type { ReadStep } from '../../db/database.js';
import type { Json } from '../../db/to-json.js';

/** A record as the data set or the graph has it: field → value. */
export type ItemRecord = Record<string, unknown>;

/** The graph's records of what a data set defines (sources: also of what it quotes), per collection and id. */
export type GraphRecords = Record<ImportCollection, Map<string, ItemRecord>>;

type Canonical = (value: unknown) => Json;

const scalar: Canonical = (value) => (value === undefined || value === null ? null : (value as Json));

/** A list whose order the graph keeps (aliases). */
const list: Canonical = (value) => (Array.isArray(value) ? value.map(scalar) : []);

/** An object with these members, each canonical; absent is null. */
const shape =
  (members: Record<string, Canonical>): Canonical =>
  (value) => {
    if (value === undefined || value === null) return null;
    const record = value as ItemRecord;
    return Object.fromEntries(
      Object.entries(members).map(([key, canonical]) => [key, canonical(record[key])]),
    );
  };

/** Links the graph stores as relationships, which have no order: compared as sorted sets. */
const set =
  (element: Canonical = scalar): Canonical =>
  (value) =>
    (Array.isArray(value) ? value.map(element) : []).sort((a, b) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );

const provenance = shape({ source: scalar, quoteKo: scalar, note: scalar });

/** The fields the importer writes, per collection: the ones a report compares. */
const FIELDS: Record<ImportCollection, Record<string, Canonical>> = {
  sources: {
    kind: scalar,
    title: scalar,
    publisher: scalar,
    published: scalar,
    url: scalar,
    language: scalar,
    text: scalar,
  },
  countries: { nameEn: scalar, nameKo: scalar },
  domains: { nameEn: scalar, nameKo: scalar },
  institutions: {
    nameEn: scalar,
    nameKo: scalar,
    acronym: scalar,
    aliases: list,
    kind: scalar,
    country: scalar,
    partOf: shape({ institution: scalar, evidence: provenance }),
    source: scalar,
  },
  people: {
    nameEn: scalar,
    nameKo: scalar,
    holds: set(shape({ institution: scalar, titleEn: scalar, titleKo: scalar })),
    chairs: set(),
  },
  events: { nameEn: scalar, nameKo: scalar, date: scalar, place: scalar, evidence: provenance },
  agreements: {
    titleEn: scalar,
    titleKo: scalar,
    kind: scalar,
    status: scalar,
    date: scalar,
    amountUsd: scalar,
    amount: shape({ value: scalar, currency: scalar, per: scalar, stated: scalar }),
    summaryEn: scalar,
    summaryKo: scalar,
    domains: set(),
    parties: set(shape({ institution: scalar, role: scalar })),
    agreedAt: scalar,
    evidence: set(shape({ source: scalar, quoteKo: scalar, quoteEn: scalar })),
    statusHistory: set(
      shape({ status: scalar, date: scalar, source: scalar, quoteKo: scalar, quoteEn: scalar }),
    ),
  },
};

/**
 * An agreement's status history grows with each source, so an import states only its own sources'
 * entries: the graph's are compared for those sources alone, and a data set without a history of its
 * own (its `status` then stands for one entry) compares its status field only.
 */
function comparable(
  collection: ImportCollection,
  field: string,
  graph: ItemRecord,
  incoming: ItemRecord,
): [ItemRecord, ItemRecord] | null {
  if (collection !== 'agreements' || field !== 'statusHistory') return [graph, incoming];
  const entries = incoming.statusHistory as { source: string }[] | undefined;
  if (entries === undefined) return null;
  const sources = new Set(entries.map((entry) => entry.source));
  const held = ((graph.statusHistory as { source: string }[] | undefined) ?? []).filter((entry) =>
    sources.has(entry.source),
  );
  return [{ ...graph, statusHistory: held }, incoming];
}

/** A country is known by its code, every other record by its id. */
export const keyOf = (collection: ImportCollection, record: ItemRecord): string =>
  String(collection === 'countries' ? record.code : record.id);

/** One field of a record in its canonical form, as the comparison and the conflicts see it. */
export const canonical = (collection: ImportCollection, field: string, record: ItemRecord): Json =>
  (FIELDS[collection][field] ?? scalar)(record[field]);

/** The fields whose canonical values differ, graph → incoming, as the report shows them. */
export function changedFields(
  collection: ImportCollection,
  graph: ItemRecord,
  incoming: ItemRecord,
): FieldChange[] {
  return Object.keys(FIELDS[collection]).flatMap((field) => {
    const sides = comparable(collection, field, graph, incoming);
    if (sides === null) return [];
    const old = canonical(collection, field, sides[0]);
    const value = canonical(collection, field, sides[1]);
    if (JSON.stringify(old) === JSON.stringify(value)) return [];
    return [{ field, old: shown(field, old), new: shown(field, value) }];
  });
}

/** An article's text would drown the report: it is shown by its length and digest. */
function shown(field: string, value: Json): unknown {
  if (field !== 'text' || typeof value !== 'string') return value;
  return { characters: value.length, sha256: createHash('sha256').update(value).digest('hex') };
}

/** The graph's records of everything the data set defines, and of the sources it quotes. */
export async function readGraphRecords(read: ReadStep, dataset: Dataset): Promise<GraphRecords> {
  const quoted = dataset.agreements.flatMap((agreement) => agreement.evidence.map((quote) => quote.source));
  const ids: Record<ImportCollection, string[]> = {
    sources: [...new Set([...dataset.sources.map((source) => source.id), ...quoted])],
    countries: dataset.countries.map((country) => country.code),
    domains: dataset.domains.map((domain) => domain.id),
    institutions: dataset.institutions.map((institution) => institution.id),
    people: dataset.people.map((person) => person.id),
    events: dataset.events.map((event) => event.id),
    agreements: dataset.agreements.map((agreement) => agreement.id),
  };
  const records = {} as GraphRecords;
  for (const collection of IMPORT_COLLECTIONS) {
    const rows =
      ids[collection].length > 0 ? await read(`import/diff/${collection}`, { ids: ids[collection] }) : [];
    records[collection] = new Map(
      rows.map((row) => {
        const record = row.record as ItemRecord;
        return [keyOf(collection, record), record];
      }),
    );
  }
  return records;
}
