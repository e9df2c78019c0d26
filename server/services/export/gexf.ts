/**
 * GEXF 1.2 (what Gephi reads natively) through graphology-gexf's writer: node labels are names, edge
 * weights are GEXF weights, and lists are `;`-joined strings — GEXF 1.2 lists are a Gephi-only
 * `|`-joined convention that other readers show as one opaque string anyway.
 */
import { write } from 'graphology-gexf';

import type { ExportEdgeAttributes, ExportGraph, ExportNodeAttributes } from './graph.js';
import { xmlSafe } from './xml.js';

// graphology-gexf 0.13 declares GEXF 1.2's viz namespace with a typo (three slashes, 1.1draft); the
// export uses no viz elements, but a namespace should still be the right one.
const MISTYPED_VIZ_NAMESPACE = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ_NAMESPACE = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

/** The writer escapes markup but passes on characters XML cannot hold; nulls are left out. */
const text = (value: string | null): string | null => (value === null ? null : xmlSafe(value));

export function writeGexf(graph: ExportGraph): string {
  const gexf = write<ExportNodeAttributes, ExportEdgeAttributes>(graph, {
    version: '1.2',
    // Only creator, description and keywords are GEXF meta elements; `truncated` would be invalid there.
    pedantic: true,
    formatNode: (_key, node) => ({
      label: xmlSafe(node.label),
      attributes: {
        nameEn: xmlSafe(node.nameEn),
        nameKo: xmlSafe(node.nameKo),
        acronym: text(node.acronym),
        kind: node.kind,
        country: text(node.country),
      },
    }),
    formatEdge: (_key, edge) => ({
      weight: edge.weight,
      attributes: {
        relation: edge.relation,
        agreementIds: edge.agreementIds.join(';'),
        domains: edge.domains.join(';'),
      },
    }),
  });
  return gexf.replace(MISTYPED_VIZ_NAMESPACE, VIZ_NAMESPACE);
}
