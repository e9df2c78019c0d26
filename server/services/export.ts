/**
 * GET /api/export: the (filtered) network of /api/graph as a file for Gephi, yEd, networkx or a
 * spreadsheet. Each format is one entry of a registry: its extension and writer.
 */
import { EXPORT_MEDIA_TYPES, type ExportFormat, type NameLanguage } from '../../contract/export.js';
import type { NetworkGraph } from '../../contract/graph.js';
import type { NetworkFilters } from '../../contract/parameters.js';
import type { Database } from '../db/database.js';
import { writeAgreementsCsv, type AgreementRow } from './export/agreements-csv.js';
import { appearance, type Extras } from './export/appearance.js';
import { writeCsv } from './export/csv.js';
import { writeGexf } from './export/gexf.js';
import { toExportGraph } from './export/graph.js';
import { writeGraphml } from './export/graphml.js';
import { loadNetwork } from './network.js';

/** What a writer gets: the network, how it looks, and the database for formats that list more. */
interface ExportContext {
  db: Database;
  network: NetworkGraph;
  lang: NameLanguage;
  description: string;
  look: ReturnType<typeof appearance>;
}

interface Exporter {
  extension: string;
  write(context: ExportContext): string | Promise<string>;
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  body: string;
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  graphml: {
    extension: 'graphml',
    write: ({ network, lang, description, look }) =>
      writeGraphml(toExportGraph(network, lang, description, look), 'cooperation'),
  },
  gexf: {
    extension: 'gexf',
    write: ({ network, lang, description, look }) =>
      writeGexf(toExportGraph(network, lang, description, look)),
  },
  json: {
    extension: 'json',
    // The serialized graph, exactly what /api/graph answers and Graph.import reads.
    write: ({ network }) => JSON.stringify(network),
  },
  csv: {
    extension: 'csv',
    write: ({ network, lang, look }) => writeCsv(network, lang, look.edgeStart),
  },
  'agreements-csv': {
    extension: 'agreements.csv',
    write: async ({ db, network }) =>
      writeAgreementsCsv(
        (await db.read('api/export-agreements', {
          ids: agreementIdsOf(network),
        })) as unknown as AgreementRow[],
      ),
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
  const [extras] = await db.read('api/export-extras', {
    institutions: network.nodes.map((node) => node.key),
    agreements: agreementIdsOf(network),
  });
  const applied = appliedFilters(filters);
  const description =
    'Cooperation network of institutions and agreements' +
    (applied.length ? ` (${applied.map(([key, value]) => `${key}=${value}`).join(', ')})` : '');
  const look = appearance(network, extras as unknown as Extras);
  return {
    fileName: `${['cooperation-graph', ...applied.flat()].map(fileNamePart).join('-')}.${exporter.extension}`,
    mediaType: EXPORT_MEDIA_TYPES[format],
    body: await exporter.write({ db, network, lang, description, look }),
  };
}

const agreementIdsOf = (network: NetworkGraph): string[] => [
  ...new Set(network.edges.flatMap((edge) => edge.attributes.agreementIds)),
];

/** The filters in use, in the order of the schema, so the same view always gets the same file name. */
const appliedFilters = (filters: NetworkFilters): [string, string][] =>
  Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined);

/**
 * Filter values are checked before this runs, but a file name travels in a quoted header: keep it to
 * letters, digits, dots and hyphens whatever the value.
 */
const fileNamePart = (text: string): string => text.replace(/[^A-Za-z0-9.-]+/g, '_');
