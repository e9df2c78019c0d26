/**
 * Where a data set says otherwise than the graph about what a reviewer must decide, never the importer:
 * the names of an institution (nameEn, nameKo, acronym), the status or date of an agreement, with the
 * quotes each side rests on. Other changes (an alias more, a corrected summary) are updates.
 *
 * A conflict's id names the item and a digest of both sides' values, so accepting it accepts exactly
 * what the reviewer saw: an edited draft or a graph changed meanwhile makes another conflict, which the
 * acceptance does not cover.
 */
import { createHash } from 'node:crypto';

import type { Agreement, Dataset, Institution } from '../../../contract/dataset.js';
import type { EvidenceRef, ImportConflict } from '../../../contract/import.js';
import { canonical, type GraphRecords, type ItemRecord } from './records.js';

const INSTITUTION_FIELDS = ['nameEn', 'nameKo', 'acronym'] as const;
const AGREEMENT_FIELDS = ['status', 'date'] as const;

/** A source as a conflict describes it: from the data set when it defines the source, else the graph. */
interface SourceInfo {
  title: string | null;
  kind: EvidenceRef['kind'];
  published: string | null;
}

type Differing<F extends string> = { field: F; graph: string | null; incoming: string | null }[];

function differing<F extends string>(
  collection: 'institutions' | 'agreements',
  fields: readonly F[],
  graph: ItemRecord,
  incoming: ItemRecord,
): Differing<F> {
  return fields.flatMap((field) => {
    const before = canonical(collection, field, graph) as string | null;
    const after = canonical(collection, field, incoming) as string | null;
    return before === after ? [] : [{ field, graph: before, incoming: after }];
  });
}

function conflictId(collection: string, itemId: string, fields: Differing<string>): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([collection, itemId, fields]))
    .digest('hex');
  return `${collection}/${itemId}@${digest.slice(0, 8)}`;
}

export function findConflicts(
  dataset: Dataset,
  graph: GraphRecords,
  accepted: ReadonlySet<string>,
): ImportConflict[] {
  const conflicts: ImportConflict[] = [];
  for (const institution of dataset.institutions) {
    const held = graph.institutions.get(institution.id);
    if (held) conflicts.push(...institutionConflict(institution, held, accepted));
  }
  const sources = sourceInfo(dataset, graph);
  for (const agreement of dataset.agreements) {
    const held = graph.agreements.get(agreement.id);
    if (held) conflicts.push(...agreementConflict(agreement, held, sources, accepted));
  }
  return conflicts;
}

function institutionConflict(
  institution: Institution,
  held: ItemRecord,
  accepted: ReadonlySet<string>,
): ImportConflict[] {
  const fields = differing('institutions', INSTITUTION_FIELDS, held, institution);
  if (fields.length === 0) return [];
  const id = conflictId('institutions', institution.id, fields);
  return [{ id, collection: 'institutions', itemId: institution.id, fields, accepted: accepted.has(id) }];
}

function agreementConflict(
  agreement: Agreement,
  held: ItemRecord,
  sources: Map<string, SourceInfo>,
  accepted: ReadonlySet<string>,
): ImportConflict[] {
  const fields = differing('agreements', AGREEMENT_FIELDS, held, agreement);
  if (fields.length === 0) return [];
  const id = conflictId('agreements', agreement.id, fields);
  const graphSources = new Map(
    ((held.sources ?? []) as (SourceInfo & { id: string })[]).map((source) => [source.id, source]),
  );
  const describe = (known: Map<string, SourceInfo>) => (quote: { source: string; quoteKo: string }) => {
    const source = known.get(quote.source);
    return {
      source: quote.source,
      title: source?.title ?? null,
      kind: source?.kind ?? null,
      published: source?.published ?? null,
      quoteKo: quote.quoteKo,
    };
  };
  const byText = (a: EvidenceRef, b: EvidenceRef): number =>
    a.source.localeCompare(b.source) || a.quoteKo.localeCompare(b.quoteKo);
  return [
    {
      id,
      collection: 'agreements',
      itemId: agreement.id,
      fields,
      graphEvidence: ((held.evidence ?? []) as { source: string; quoteKo: string }[])
        .map(describe(graphSources))
        .sort(byText),
      incomingEvidence: agreement.evidence.map(describe(sources)),
      accepted: accepted.has(id),
    },
  ];
}

/** The incoming side's sources: as the data set defines them, else as the graph holds them. */
function sourceInfo(dataset: Dataset, graph: GraphRecords): Map<string, SourceInfo> {
  const info = new Map<string, SourceInfo>();
  const describe = (source: ItemRecord): SourceInfo => ({
    title: (source.title as string | undefined) ?? null,
    kind: (source.kind as SourceInfo['kind'] | undefined) ?? null,
    published: (source.published as string | undefined) ?? null,
  });
  for (const [id, source] of graph.sources) info.set(id, describe(source));
  for (const source of dataset.sources) info.set(source.id, describe(source));
  return info;
}
