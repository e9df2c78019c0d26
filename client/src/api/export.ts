/**
 * Downloads of the (filtered) network, which the server builds so the files hold every attribute. The
 * menu offers the formats a graph tool opens; the contract's JSON export is the serialized graph the
 * API already answers, so it is left out.
 */
import type { ExportFormat, NameLanguage } from '../../../contract/export.js';
import { filterParams } from '../state/filters.js';
import { lastDayOf } from '../state/months.js';
import type { Filters } from '../state/types.js';

export type OfferedExportFormat = Extract<ExportFormat, 'gexf' | 'graphml' | 'csv'>;

export const OFFERED_EXPORT_FORMATS = [
  'gexf',
  'graphml',
  'csv',
] as const satisfies readonly OfferedExportFormat[];

/**
 * Where the server builds the (filtered) network as a file to download; with the time bar's month, the
 * network as it stood at its end.
 */
export function exportHref(
  format: OfferedExportFormat,
  filters: Filters,
  asOf: string | null,
  language: NameLanguage,
): string {
  const params = filterParams(filters);
  if (asOf !== null) params.set('asOf', lastDayOf(asOf));
  params.set('format', format);
  params.set('lang', language);
  return `/api/export?${params.toString()}`;
}
