/**
 * GET /api/export: the (filtered) network of /api/graph as a file for Gephi, yEd, networkx or a
 * spreadsheet. Each format is one entry of a registry: its extension and writer.
 */
import { EXPORT_MEDIA_TYPES, type ExportFormat, type NameLanguage } from '../../contract/export.js';
import type { NetworkGraph } from '../../contract/graph.js';
import type { NetworkFilters } from '../../contract/parameters.js';
import type { Database } from '../db/database.js';
import { writeCsv } from './export/csv.js';
import { writeGexf } from './export/gexf.js';
import { toExportGraph } from './export/graph.js';
import { writeGraphml } from './export/graphml.js';
import { loadNetwork } from './network.js';

interface Exporter {
  extension: string;
  write(network: NetworkGraph, lang: NameLanguage, description: string): string;
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  body: string;
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  graphml: {
    extension: 'graphml',
    write: (network, lang, description) =>
      writeGraphml(toExportGraph(network, lang, description), 'cooperation'),
  },
  gexf: {
    extension: 'gexf',
    write: (network, lang, description) => writeGexf(toExportGraph(network, lang, description)),
  },
  json: {
    extension: 'json',
    // The serialized graph, exactly what /api/graph answers and Graph.import reads.
    write: (network) => JSON.stringify(network),
  },
  csv: {
    extension: 'csv',
    write: (network, lang) => writeCsv(network, lang),
  },
};

export async function exportNetwork(
  db: Database,
  filters: NetworkFilters,
  limit: number,
  format: ExportFormat,
  lang: NameLanguage,
): Promise<ExportFile> {
  const exporter = EXPORTERS[format];
  const network = await loadNetwork(db, filters, limit);
  const applied = appliedFilters(filters);
  const description =
    'Cooperation network of institutions and agreements' +
    (applied.length ? ` (${applied.map(([key, value]) => `${key}=${value}`).join(', ')})` : '');
  return {
    fileName: `${['cooperation-graph', ...applied.flat()].map(fileNamePart).join('-')}.${exporter.extension}`,
    mediaType: EXPORT_MEDIA_TYPES[format],
    body: exporter.write(network, lang, description),
  };
}

/** The filters in use, in the order of the schema, so the same view always gets the same file name. */
const appliedFilters = (filters: NetworkFilters): [string, string][] =>
  Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined);

/**
 * Filter values are checked before this runs, but a file name travels in a quoted header: keep it to
 * letters, digits, dots and hyphens whatever the value.
 */
const fileNamePart = (text: string): string => text.replace(/[^A-Za-z0-9.-]+/g, '_');
