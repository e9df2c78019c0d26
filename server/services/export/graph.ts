/**
 * The network as a graphology graph with the flat attributes the file formats carry: node labels in the
 * chosen language beside both names, and edge lists kept as arrays for each writer to flatten its way.
 */
import { UndirectedGraph } from 'graphology';

import type { NameLanguage } from '../../../contract/export.js';
import type { NetworkGraph } from '../../../contract/graph.js';
import type { appearance, NodeAppearance } from './appearance.js';

export interface ExportNodeAttributes extends NodeAppearance {
  label: string;
  nameEn: string;
  nameKo: string;
  acronym: string | null;
  kind: string;
  country: string | null;
}

export interface ExportEdgeAttributes {
  relation: string;
  weight: number;
  agreementIds: string[];
  domains: string[];
  /** YYYY-MM-DD: the first day of its earliest agreement (null for part-of). */
  start: string | null;
}

export interface ExportGraphAttributes {
  creator: string;
  description: string;
  truncated: boolean;
}

export type ExportGraph = UndirectedGraph<ExportNodeAttributes, ExportEdgeAttributes, ExportGraphAttributes>;

export const nameIn = (lang: NameLanguage, names: { nameEn: string; nameKo: string }): string =>
  lang === 'ko' ? names.nameKo : names.nameEn;

export function toExportGraph(
  network: NetworkGraph,
  lang: NameLanguage,
  description: string,
  look: ReturnType<typeof appearance>,
): ExportGraph {
  const graph: ExportGraph = new UndirectedGraph();
  graph.replaceAttributes({
    creator: 'cooperation-graph',
    description,
    truncated: network.attributes.truncated ?? false,
  });
  // Attributes in a fixed order (Neo4j's maps have none), so the same graph gives the same file.
  for (const { key, attributes: node } of network.nodes) {
    const { nameEn, nameKo, acronym, kind, country } = node;
    graph.addNode(key, {
      label: nameIn(lang, node),
      nameEn,
      nameKo,
      acronym,
      kind,
      country,
      ...look.node(key, country),
    });
  }
  for (const { key, source, target, attributes: edge } of network.edges) {
    const { relation, weight, agreementIds, domains } = edge;
    graph.addEdgeWithKey(key, source, target, {
      relation,
      weight,
      agreementIds,
      domains,
      start: look.edgeStart(key),
    });
  }
  return graph;
}
