/**
 * GEXF 1.2 (what Gephi reads natively) through graphology-gexf's writer: node labels are names, edge
 * weights are GEXF weights, and lists are `;`-joined strings — GEXF 1.2 lists are a Gephi-only
 * `|`-joined convention that other readers show as one opaque string anyway. Nodes carry their viz
 * position, size and colour, and nodes and edges the day they start, both as GEXF's own `start` (which
 * the writer lacks, so it is added after: Gephi's timeline plays it) and as an attribute other readers
 * keep.
 */
import { write } from 'graphology-gexf';

import type { ExportEdgeAttributes, ExportGraph, ExportNodeAttributes } from './graph.js';
import { xmlSafe } from './xml.js';

// graphology-gexf 0.13 declares GEXF 1.2's viz namespace with a typo (three slashes, 1.1draft), which
// Gephi would not recognise.
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
        start: node.start,
      },
      viz: {
        color: node.color,
        size: node.size,
        ...(node.x !== null && node.y !== null ? { x: node.x, y: node.y } : {}),
      },
    }),
    formatEdge: (_key, edge) => ({
      weight: edge.weight,
      attributes: {
        relation: edge.relation,
        agreementIds: edge.agreementIds.join(';'),
        domains: edge.domains.join(';'),
        start: edge.start,
      },
    }),
  });
  const starts = new Map<string, string>();
  graph.forEachNode((key, node) => node.start !== null && starts.set(`node ${key}`, node.start));
  graph.forEachEdge((key, edge) => edge.start !== null && starts.set(`edge ${key}`, edge.start));
  return gexf
    .replace(MISTYPED_VIZ_NAMESPACE, VIZ_NAMESPACE)
    .replace(/<graph (?![^>]*mode=)/, '<graph mode="dynamic" timeformat="date" ')
    .replace(/<(node|edge) id="([^"]*)"/g, (element: string, tag: string, id: string) => {
      const start = starts.get(`${tag} ${unescapeXml(id)}`);
      return start === undefined ? element : `${element} start="${start}"`;
    });
}

const unescapeXml = (text: string): string =>
  text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_entity, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!,
  );
