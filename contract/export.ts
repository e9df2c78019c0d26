/** GET /api/export: the network of /api/graph as a file, and the formats it can be. */
import { z } from 'zod';

import { networkGraphSchema, networkQuerySchema } from './graph.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'agreements-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Without a charset: Express adds `charset=utf-8` to text it sends. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  // `application/graphml+xml` is not registered with IANA; plain XML is what browsers and tools accept.
  graphml: 'application/xml',
  gexf: 'application/gexf+xml',
  json: 'application/json',
  csv: 'text/csv',
  'agreements-csv': 'text/csv',
};

/** What each format's file holds: XML or CSV text, or for JSON the serialized graph of /api/graph. */
export const EXPORT_BODY_SCHEMAS: Record<ExportFormat, z.ZodType> = {
  graphml: z.string().meta({ description: 'GraphML' }),
  gexf: z.string().meta({ description: 'GEXF 1.2' }),
  json: networkGraphSchema,
  csv: z.string().meta({ description: 'An edge list, UTF-8 with a byte order mark' }),
  'agreements-csv': z.string().meta({
    description:
      "The network's agreements, one row each (parties and roles, kind, status and its history, date, " +
      'amount as stated with its currency, domains, quotes, sources), UTF-8 with a byte order mark',
  }),
};

/** The language of the names used as labels. */
export const NAME_LANGUAGES = ['en', 'ko'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export const exportQuerySchema = networkQuerySchema.extend({
  // One message for a missing and a wrong value alike: both need the list of formats.
  format: z
    .enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` })
    .meta({ description: 'File format', example: 'gexf' }),
  lang: z
    .enum(NAME_LANGUAGES, { error: `must be one of ${NAME_LANGUAGES.join(', ')}` })
    .default('en')
    .meta({
      description:
        'Language of the names used as node labels (GraphML, GEXF) and as sourceName/targetName (CSV); ' +
        'GraphML and GEXF carry both names as attributes either way',
    }),
});
