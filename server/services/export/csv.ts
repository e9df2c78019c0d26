/**
 * The network as an RFC 4180 edge list (CRLF line ends, fields quoted when they hold a comma, a quote or
 * a line break), with a UTF-8 byte order mark: without it Excel reads the file as the local code page
 * and Korean names turn into mojibake.
 */
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

export const BYTE_ORDER_MARK = '\uFEFF';

export const field = (value: string | number | null): string => {
  if (value === null) return '';
  // Text a spreadsheet would run as a formula (=, +, -, @ first) is kept as text by a leading quote.
  const text = typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

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

export const csvText = (rows: readonly (readonly (string | number | null)[])[]): string =>
  BYTE_ORDER_MARK + rows.map((row) => row.map(field).join(',') + '\r\n').join('');
