/**
 * How one batch of each collection is written, in dependency order (nodes before the links between
 * them). Institutions and agreements the graph does not hold yet take a fast path (CREATE, no search for
 * what MERGE would find); records it holds go through the seed importer's MERGE statements, which also
 * remove links a corrected input no longer states — agreements only when the input changes them. Either
 * way the graph ends the same, and a second import of the same input creates and deletes nothing.
 */
import type { Row } from '../../db/database.js';
import type { Agreement, Dataset, Institution } from '../../../contract/dataset.js';
import { Positions } from './positions.js';

export type Collection = keyof Dataset;

/** Runs a named statement inside the batch's transaction. */
export type RunStatement = (statement: string, parameters: Record<string, unknown>) => Promise<Row[]>;

/** Hears of each agreement whose COOPERATES_WITH edges the batch leaves to derive (see pairs.ts). */
export type DeriveLater = (agreement: Agreement) => void;

export type BatchWriter = (run: RunStatement, rows: object[], derive: DeriveLater) => Promise<void>;

const statements =
  (...names: string[]) =>
  async (run: RunStatement, rows: object[]): Promise<void> => {
    for (const name of names) await run(name, { rows });
  };

/** Collections in dependency order, each with the writer of its batches. */
export const WRITERS: readonly (readonly [Collection, BatchWriter])[] = [
  ['countries', statements('import/countries')],
  ['domains', statements('import/domains')],
  ['sources', statements('import/sources')],
  ['institutions', writeInstitutions],
  ['events', statements('import/events')],
  ['people', statements('import/people')],
  ['agreements', writeAgreements],
];

/** PART_OF after every institution of the batch exists, as a parent may come later in the same batch. */
async function writeInstitutions(run: RunStatement, rows: object[]): Promise<void> {
  const institutions = rows as Institution[];
  const existing = await existingIds(run, institutions);
  const [known, fresh] = split(institutions, (row) => existing.has(row.id));
  if (fresh.length > 0) await run('import/bulk/create-institutions', { rows: fresh });
  if (known.length > 0) await run('import/institutions', { rows: known });
  // New institutions without a parent have no PART_OF to add or remove.
  const partOf = institutions.filter((row) => row.partOf || existing.has(row.id));
  if (partOf.length > 0) await run('import/part-of', { rows: partOf });
}

/**
 * New agreements are created with all their links in one statement, and their COOPERATES_WITH edges
 * derived later from their rows (pairs.ts); existing ones the input changes go through the MERGE
 * statements and mark the parties whose edges change (cooperation.ts); unchanged ones are left alone,
 * unless an interrupted import left their edges underived.
 */
async function writeAgreements(run: RunStatement, rows: object[], derive: DeriveLater): Promise<void> {
  const agreements = (rows as Agreement[]).map(withDistinctEvidence);
  const held = new Map(
    (await run('import/bulk/agreement-state', { ids: agreements.map((row) => row.id) })).map((state) => [
      state.id as string,
      state as unknown as AgreementState,
    ]),
  );
  const fresh = agreements.filter((row) => !held.has(row.id));
  const [changed, unchanged] = split(
    agreements.filter((row) => held.has(row.id)),
    (row) => !sameAgreement(row, held.get(row.id)!),
  );
  if (fresh.length > 0) {
    await run('import/bulk/create-agreements', referencedRows(fresh));
    await run('import/derive-status', { rows: fresh.map(({ id }) => ({ id })) });
  }
  for (const row of fresh) derive(row);
  for (const row of unchanged) if (!held.get(row.id)!.derived) derive(row);
  if (changed.length > 0) {
    await statements(
      'import/bulk/mark-cooperation-stale',
      'import/agreements',
      'import/agreement-parties',
      'import/agreement-domains',
      'import/agreement-evidence',
      'import/agreement-status',
      'import/derive-status',
    )(run, changed);
  }
}

/**
 * The parameters of create-agreements.cypher: every institution, domain, source and event the rows
 * name, once each, and the rows pointing into those lists by position.
 */
function referencedRows(agreements: Agreement[]): Record<string, unknown> {
  const institutions = new Positions();
  const domains = new Positions();
  const sources = new Positions();
  const events = new Positions();
  const rows = agreements.map(
    ({ parties, domains: covered, evidence, agreedAt, statusHistory, ...properties }) => ({
      ...properties,
      parties: parties.map((party) => ({ at: institutions.of(party.institution), role: party.role })),
      domains: covered.map((domain) => domains.of(domain)),
      evidence: evidence.map(({ source, quoteKo, quoteEn }) => ({
        at: sources.of(source),
        quoteKo,
        quoteEn,
      })),
      statusHistory:
        statusHistory?.map(({ source, ...entry }) => ({ ...entry, at: sources.of(source) })) ?? null,
      agreedAt: agreedAt === undefined ? null : events.of(agreedAt),
    }),
  );
  return {
    rows,
    institutions: institutions.values,
    domains: domains.values,
    sources: sources.values,
    events: events.values,
  };
}

/** What agreement-state.cypher returns for an agreement the graph holds. */
interface AgreementState {
  id: string;
  properties: Record<string, unknown>;
  parties: string[];
  domains: string[];
  evidence: [string, string, string][];
  agreedAt: string[];
  derived: boolean;
}

/** The properties agreements.cypher stores on the node for `row` (a stated amount flattened), absent ones left out. */
function storedProperties(row: Agreement): Record<string, unknown> {
  const { id, titleEn, titleKo, kind, status, date, amountUsd, summaryEn, summaryKo, amount } = row;
  const properties: Record<string, unknown> = {
    ...{ id, titleEn, titleKo, kind, status, date, amountUsd, summaryEn, summaryKo },
    ...{
      amount: amount?.value,
      currency: amount?.currency,
      amountPer: amount?.per,
      amountStated: amount?.stated,
    },
  };
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
}

/** What derive-status.cypher sets from the status entries: not part of what a row states. */
const DERIVED_PROPERTIES = new Set(['statuses', 'statusDates', 'knownFrom']);

/**
 * True when writing `row` would leave the agreement, its links and their properties as they are. A row
 * with a status history of its own is written again (rare in bulk input, and idempotent).
 */
function sameAgreement(row: Agreement, state: AgreementState): boolean {
  const wanted = storedProperties(row);
  const stored = Object.keys(state.properties).filter((key) => !DERIVED_PROPERTIES.has(key));
  return (
    row.statusHistory === undefined &&
    stored.length === Object.keys(wanted).length &&
    Object.entries(wanted).every(([key, value]) => value === state.properties[key]) &&
    sameSet(
      row.parties.map((party) => `${party.institution} ${party.role}`),
      state.parties,
    ) &&
    sameSet(row.domains, state.domains) &&
    sameSet(
      row.evidence.map((quote) => JSON.stringify([quote.source, quote.quoteKo, quote.quoteEn])),
      state.evidence.map((quote) => JSON.stringify(quote)),
    ) &&
    sameSet(row.agreedAt === undefined ? [] : [row.agreedAt], state.agreedAt)
  );
}

function sameSet(wanted: string[], held: string[]): boolean {
  const set = new Set(held);
  return wanted.length === held.length && set.size === held.length && wanted.every((item) => set.has(item));
}

async function existingIds(run: RunStatement, rows: { id: string }[]): Promise<Set<string>> {
  const [row] = await run('import/bulk/existing-ids', { institutions: rows.map((item) => item.id) });
  return new Set(row?.institutions as string[]);
}

/** MERGE keeps one EVIDENCED_BY per source and quote, the last translation winning; so must CREATE. */
function withDistinctEvidence(agreement: Agreement): Agreement {
  const byQuote = new Map(
    agreement.evidence.map((quote) => [`${quote.source}\u0000${quote.quoteKo}`, quote]),
  );
  if (byQuote.size === agreement.evidence.length) return agreement;
  return { ...agreement, evidence: [...byQuote.values()] };
}

function split<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
