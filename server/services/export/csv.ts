/** The network as an edge list, in the CSV of every download (contract/csv.ts). */
import { csvText } from '../../../contract/csv.js';
import type { NetworkGraph } from '../../../contract/graph.js';
import type { NameLanguage } from '../../../contract/export.js';
import { nameIn } from './graph.js';

export const CSV_HEADER = [
  'source',
  'target',
  'sourceName',
  'targetName',
  'relation',
  'weight',
  'agreementIds',
  'domains',
  'start',
] as const;

export function writeCsv(
  network: NetworkGraph,
  lang: NameLanguage,
  edgeStart: (key: string) => string | null,
): string {
  const names = new Map(network.nodes.map(({ key, attributes }) => [key, nameIn(lang, attributes)]));
  const rows = network.edges.map(({ key, source, target, attributes }) => [
    source,
    target,
    names.get(source) ?? '',
    names.get(target) ?? '',
    attributes.relation,
    attributes.weight,
    attributes.agreementIds.join(';'),
    attributes.domains.join(';'),
    edgeStart(key),
  ]);
  return csvText([CSV_HEADER, ...rows]);
}
