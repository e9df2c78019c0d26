/** Shapes the network read from Neo4j into graphology's serialized graph. */
import type { InstitutionNodeAttributes, NetworkAttributes, NetworkGraph } from '../contract/graph.js';

export interface NetworkRow {
  institutions: (InstitutionNodeAttributes & { id: string })[];
  cooperation: {
    source: string;
    target: string;
    agreementIds: string[];
    domains: string[];
    weight: number;
  }[];
  partOf: { source: string; target: string }[];
  countries: NetworkAttributes['countries'];
  domains: NetworkAttributes['domains'];
}

export function toNetworkGraph(row: NetworkRow): NetworkGraph {
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: { countries: row.countries, domains: row.domains },
    nodes: row.institutions.map(({ id, ...attributes }) => ({ key: id, attributes })),
    edges: [
      ...row.cooperation.map(({ source, target, ...attributes }) => ({
        key: `cooperation:${source}:${target}`,
        source,
        target,
        attributes: { relation: 'cooperation' as const, ...attributes },
      })),
      // A parent may also share an agreement with its child; the cooperation edge then stands for both.
      ...row.partOf
        .filter(({ source, target }) => !row.cooperation.some((c) => isPair(c, source, target)))
        .map(({ source, target }) => ({
          key: `part-of:${source}:${target}`,
          source,
          target,
          attributes: { relation: 'part-of' as const, agreementIds: [], domains: [], weight: 1 },
        })),
    ],
  };
}

function isPair(edge: { source: string; target: string }, a: string, b: string): boolean {
  return (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a);
}
