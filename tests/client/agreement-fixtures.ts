/** An answer of `/api/graph?shape=agreements` and a laid-out cooperation map it fits, for the client tests. */
import type { AgreementGraph } from '../../contract/agreement-graph.js';
import { createNetworkGraph, mergeNetwork } from '../../client/src/graph/network.js';
import { SAMPLE } from './fixtures.js';

export function laidOutMap() {
  const graph = createNetworkGraph();
  mergeNetwork(graph, SAMPLE);
  // Positions as a layout would leave them: not round numbers, which 32-bit floats would keep exactly.
  graph.forEachNode((node, _attributes) => {
    const index = graph.nodes().indexOf(node);
    graph.mergeNodeAttributes(node, { x: index * 100.123456789, y: (index % 3) * 80.987654321 });
  });
  return graph;
}

export const agreement = (
  id: string,
  status: 'signed' | 'planned',
  amountUsd: number | null,
): AgreementGraph['nodes'][number] => ({
  key: `agreement:${id}`,
  attributes: {
    type: 'agreement',
    titleEn: `Agreement ${id} on quantum standards and the measurement of time`,
    titleKo: `협정 ${id}`,
    kind: 'mou',
    status,
    date: '2024-03',
    amountUsd,
    amount: amountUsd,
    currency: amountUsd === null ? null : 'USD',
    domains: ['quantum'],
  },
});

const institution = (id: string): AgreementGraph['nodes'][number] => {
  const node = SAMPLE.nodes.find((candidate) => candidate.key === id)!;
  return { key: `institution:${id}`, attributes: { type: 'institution', ...node.attributes } };
};

export const party = (institutionId: string, agreementId: string): AgreementGraph['edges'][number] => ({
  key: `party-to:institution:${institutionId}:agreement:${agreementId}`,
  source: `institution:${institutionId}`,
  target: `agreement:${agreementId}`,
  attributes: { relation: 'party-to', role: 'party' },
});

export const ANSWER: AgreementGraph = {
  options: { type: 'directed', multi: false, allowSelfLoops: false },
  attributes: { countries: [], domains: [], truncated: false, shape: 'agreements' },
  nodes: [
    institution('kriss'),
    institution('nist'),
    institution('msit'),
    agreement('q1', 'signed', 10_000_000),
    agreement('q2', 'planned', null),
    agreement('q3', 'signed', 1_000_000),
  ],
  edges: [
    party('kriss', 'q1'),
    party('nist', 'q1'),
    party('kriss', 'q2'),
    party('nist', 'q2'),
    party('msit', 'q3'),
    party('nist', 'q3'),
  ],
};
