/**
 * Downloads of the (filtered) network, which the server builds so the files hold every attribute. The
 * menu offers the formats a graph tool opens; the contract's JSON export is the serialized graph the
 * API already answers, so it is left out.
 */
import type { ExportFormat, NameLanguage } from '../../../contract/export.js';
import { filterParams } from '../state/filters.js';
import type { Filters } from '../state/types.js';

export type OfferedExportFormat = Extract<ExportFormat, 'gexf' | 'graphml' | 'csv'>;

export const OFFERED_EXPORT_FORMATS = [
  'gexf',
  'graphml',
  'csv',
] as const satisfies readonly OfferedExportFormat[];

/** Where the server builds the (filtered) network as a file to download. */
export function exportHref(format: OfferedExportFormat, filters: Filters, language: NameLanguage): string {
  const params = filterParams(filters);
  params.set('format', format);
  params.set('lang', language);
  return `/api/export?${params.toString()}`;
}
