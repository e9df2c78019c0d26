/** GET /api/export: the (filtered) network as a GraphML, GEXF, JSON or CSV download. */
import { z } from 'zod';

import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { EXPORTERS, EXPORT_FORMATS, NAME_LANGUAGES, exportNetwork } from '../services/export.js';
import { networkQuerySchema } from './network.js';

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

export const exportRoutes = (db: Database) => [
  defineRoute({
    method: 'get',
    path: '/export',
    tag: 'Network',
    summary:
      'The network of /api/graph, with the same filters and limit, as a GraphML, GEXF, JSON or CSV file',
    description:
      'GraphML and GEXF open in Gephi (lists are `;`-joined strings); JSON is the serialized graph that ' +
      "graphology's Graph.import reads; CSV is an edge list (`source,target,sourceName,targetName,relation," +
      'weight,agreementIds,domains`) in UTF-8 with a byte order mark, so that Excel shows Korean names. ' +
      'The file name names the filters: `cooperation-graph-domain-quantum.gexf`.',
    query: exportQuerySchema,
    response: { mediaTypes: [...new Set(Object.values(EXPORTERS).map((exporter) => exporter.mediaType))] },
    async handle({ query: { format, lang, limit, ...filters } }, _req, res) {
      const file = await exportNetwork(db, filters, limit, format, lang);
      res
        .status(200)
        .type(file.mediaType)
        .setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
      return undefined;
    },
  }),
];
