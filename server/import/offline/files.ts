/**
 * The offline import's input files: each collection of the data set as node files and the links between
 * them as relationship files, with the properties the transactional importer stores (see the
 * cypher/import statements each writer names), derived ones included — agreements' statuses and status
 * entries (status.ts) and the COOPERATES_WITH edges of every pair of parties (pairs.ts, as the bulk
 * importer derives them). On the way it gathers the cooperation network (layout/network-builder.ts), so
 * that the layout can be computed while Neo4j's importer runs, without reading the network back.
 */
import path from 'node:path';

import type { Dataset } from '../../../contract/dataset.js';
import { NetworkBuilder } from '../../layout/network-builder.js';
import type { LayoutNetwork } from '../../layout/network-builder.js';
import { CooperationPairs } from '../bulk/pairs.js';
import { CsvFile, type Column } from './csv-file.js';
import { deriveStatus, statusEntries } from './status.js';

const text = (name: string): Column => ({ name, type: 'string' });
const list = (name: string): Column => ({ name, type: 'string[]' });
const key = (name: string, space: string): Column => ({ name, type: 'id', space });
const from = (space: string): Column => ({ name: '', type: 'start', space });
const to = (space: string): Column => ({ name: '', type: 'end', space });

/** Every file: its label or relationship type, and its columns. */
const LAYOUT = {
  countries: ['Country', [key('code', 'Country'), text('nameEn'), text('nameKo')]],
  domains: ['Domain', [key('id', 'Domain'), text('nameEn'), text('nameKo')]],
  sources: [
    'Source',
    [
      key('id', 'Source'),
      ...['kind', 'title', 'publisher', 'published', 'url', 'language', 'text'].map(text),
    ],
  ],
  institutions: [
    'Institution',
    [
      key('id', 'Institution'),
      ...['nameEn', 'nameKo', 'acronym'].map(text),
      list('aliases'),
      ...['kind', 'country', 'sourceId'].map(text),
    ],
  ],
  events: ['Event', [key('id', 'Event'), ...['name', 'nameEn', 'nameKo', 'date', 'place'].map(text)]],
  people: ['Person', [key('id', 'Person'), text('nameEn'), text('nameKo')]],
  agreements: [
    'Agreement',
    [
      key('id', 'Agreement'),
      ...['titleEn', 'titleKo', 'kind', 'status', 'date'].map(text),
      { name: 'amountUsd', type: 'double' },
      text('summaryEn'),
      text('summaryKo'),
      { name: 'amount', type: 'double' },
      ...['currency', 'amountPer', 'amountStated'].map(text),
      list('statuses'),
      list('statusDates'),
      text('knownFrom'),
    ],
  ],
  basedIn: ['BASED_IN', [from('Institution'), to('Country')]],
  partOf: [
    'PART_OF',
    [from('Institution'), to('Institution'), text('sourceId'), text('quoteKo'), text('note')],
  ],
  eventEvidence: ['EVIDENCED_BY', [from('Event'), to('Source'), text('quoteKo'), text('note')]],
  holds: ['HOLDS', [from('Person'), to('Institution'), text('titleEn'), text('titleKo')]],
  chairs: ['CHAIRS', [from('Person'), to('Event')]],
  partyTo: ['PARTY_TO', [from('Institution'), to('Agreement'), text('role')]],
  covers: ['COVERS', [from('Agreement'), to('Domain')]],
  evidence: ['EVIDENCED_BY', [from('Agreement'), to('Source'), text('quoteKo'), text('quoteEn')]],
  agreedAt: ['AGREED_AT', [from('Agreement'), to('Event')]],
  statusStated: [
    'STATUS_STATED',
    [from('Agreement'), to('Source'), text('status'), text('date'), text('quoteKo'), text('quoteEn')],
  ],
  cooperation: [
    'COOPERATES_WITH',
    [
      from('Institution'),
      to('Institution'),
      list('agreementIds'),
      list('domains'),
      { name: 'weight', type: 'long' },
    ],
  ],
} as const satisfies Record<string, readonly [string, readonly Column[]]>;

type FileName = keyof typeof LAYOUT;

/** A file as the importer is told of it: `--nodes=Label=file` or `--relationships=TYPE=file`. */
export interface ImportInput {
  kind: 'nodes' | 'relationships';
  label: string;
  file: string;
  rows: number;
  multiline: boolean;
}

/** What of the whole input the files need before the records that use it: dates to derive statuses. */
export interface Lookups {
  published: ReadonlyMap<string, string>;
  eventDates: ReadonlyMap<string, string>;
}

export class OfflineFiles {
  private readonly files: Record<FileName, CsvFile>;
  private readonly pairs = new CooperationPairs();
  private readonly network = new NetworkBuilder();

  constructor(
    directory: string,
    private readonly lookups: Lookups,
  ) {
    this.files = Object.fromEntries(
      Object.entries(LAYOUT).map(([name, [, columns]]) => [
        name,
        new CsvFile(path.join(directory, `${name}.csv`), columns),
      ]),
    ) as Record<FileName, CsvFile>;
  }

  /** Writes one valid chunk (parsed by the dataset schema, so defaults are filled in). */
  async add(chunk: Dataset): Promise<void> {
    const f = this.files;
    for (const c of chunk.countries) await f.countries.write([c.code, c.nameEn, c.nameKo]);
    for (const d of chunk.domains) await f.domains.write([d.id, d.nameEn, d.nameKo]);
    for (const s of chunk.sources)
      await f.sources.write([s.id, s.kind, s.title, s.publisher, s.published, s.url, s.language, s.text]);
    for (const i of chunk.institutions) {
      await f.institutions.write([
        ...[i.id, i.nameEn, i.nameKo, i.acronym, i.aliases, i.kind, i.country, i.source],
      ]);
      this.network.addInstitution(i.id, i.country ?? null);
      if (i.country !== undefined) await f.basedIn.write([i.id, i.country]);
      if (i.partOf) {
        const { institution, evidence } = i.partOf;
        this.network.addPartOf(i.id, institution);
        await f.partOf.write([i.id, institution, evidence.source, evidence.quoteKo, evidence.note]);
      }
    }
    for (const e of chunk.events) {
      await f.events.write([e.id, e.nameEn, e.nameEn, e.nameKo, e.date, e.place]);
      await f.eventEvidence.write([e.id, e.evidence.source, e.evidence.quoteKo, e.evidence.note]);
    }
    for (const p of chunk.people) {
      await f.people.write([p.id, p.nameEn, p.nameKo]);
      for (const post of p.holds) await f.holds.write([p.id, post.institution, post.titleEn, post.titleKo]);
      for (const event of new Set(p.chairs)) await f.chairs.write([p.id, event]);
    }
    for (const a of chunk.agreements) await this.addAgreement(a);
  }

  private async addAgreement(row: Dataset['agreements'][number]): Promise<void> {
    const f = this.files;
    const entries = statusEntries(row, this.lookups.published, this.lookups.eventDates);
    const derived = deriveStatus(entries);
    await f.agreements.write([
      ...[row.id, row.titleEn, row.titleKo, row.kind, derived.status, row.date, row.amountUsd],
      ...[row.summaryEn, row.summaryKo, row.amount?.value, row.amount?.currency, row.amount?.per],
      ...[row.amount?.stated, derived.statuses, derived.statusDates, derived.knownFrom],
    ]);
    for (const party of row.parties) await f.partyTo.write([party.institution, row.id, party.role]);
    for (const domain of row.domains) await f.covers.write([row.id, domain]);
    // One EVIDENCED_BY per source and quote, the last translation winning, as MERGE keeps.
    const quotes = new Map(row.evidence.map((quote) => [`${quote.source}\u0000${quote.quoteKo}`, quote]));
    for (const quote of quotes.values())
      await f.evidence.write([row.id, quote.source, quote.quoteKo, quote.quoteEn]);
    if (row.agreedAt !== undefined) await f.agreedAt.write([row.id, row.agreedAt]);
    for (const entry of entries)
      await f.statusStated.write([
        row.id,
        entry.source,
        entry.status,
        entry.date,
        entry.quoteKo,
        entry.quoteEn,
      ]);
    this.pairs.add(row);
  }

  /**
   * Writes the derived edges and closes every file: says how to name each to the importer, and gives the
   * cooperation network the files hold, as the layout would read it from the imported store.
   */
  async finish(): Promise<{ inputs: ImportInput[]; network: LayoutNetwork }> {
    const { batches } = this.pairs.edges(10_000);
    for (const batch of batches)
      for (const edge of batch) {
        const weight = edge.agreementIds.length;
        await this.files.cooperation.write([edge.a, edge.b, edge.agreementIds, edge.domains, weight]);
        this.network.addEdge(edge.a, edge.b, weight);
      }
    await Promise.all(Object.values(this.files).map((file) => file.close()));
    const inputs = (Object.entries(LAYOUT) as [FileName, (typeof LAYOUT)[FileName]][]).map(
      ([name, [label]]): ImportInput => ({
        kind: /^[A-Z_]+$/.test(label) ? 'relationships' : 'nodes',
        label,
        file: this.files[name].path,
        rows: this.files[name].rows,
        multiline: this.files[name].spansLines,
      }),
    );
    return { inputs, network: this.network.build() };
  }
}
