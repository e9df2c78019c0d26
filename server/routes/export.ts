/** GET /api/export: the (filtered) network as a GraphML, GEXF, JSON or CSV download. */
import {
  EXPORT_BODY_SCHEMAS,
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  exportQuerySchema,
} from '../../contract/export.js';
import type { Database } from '../db/database.js';
import { defineRoute } from '../http/route.js';
import { exportNetwork } from '../services/export.js';

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
    response: {
      mediaTypes: Object.fromEntries(
        EXPORT_FORMATS.map((format) => [EXPORT_MEDIA_TYPES[format], EXPORT_BODY_SCHEMAS[format]]),
      ),
    },
    handle: ({ query: { format, lang, limit, ...filters } }) =>
      exportNetwork(db, filters, limit, format, lang),
  }),
];
