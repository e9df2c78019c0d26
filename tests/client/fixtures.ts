/** Small serialized networks for the client's unit tests, shaped like `/api/graph` answers. */
import type { NetworkGraph } from '../../contract/graph.js';

type Node = NetworkGraph['nodes'][number];
type Edge = NetworkGraph['edges'][number];

export function institution(
  key: string,
  country: string | null,
  kind: Node['attributes']['kind'] = 'agency',
): Node {
  return {
    key,
    attributes: { nameEn: `${key} (en)`, nameKo: `${key} (ko)`, acronym: key.toUpperCase(), kind, country },
  };
}

export function cooperation(source: string, target: string, agreementIds: string[], domains: string[]): Edge {
  return {
    key: `cooperation:${source}:${target}`,
    source,
    target,
    attributes: { relation: 'cooperation', agreementIds, domains, weight: agreementIds.length },
  };
}

function partOf(child: string, parent: string): Edge {
  return {
    key: `part-of:${child}:${parent}`,
    source: child,
    target: parent,
    attributes: { relation: 'part-of', agreementIds: [], domains: [], weight: 1 },
  };
}

export function network(nodes: Node[], edges: Edge[]): NetworkGraph {
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: {
      countries: [
        { code: 'KR', nameEn: 'Republic of Korea', nameKo: '대한민국' },
        { code: 'US', nameEn: 'United States', nameKo: '미국' },
      ],
      domains: [
        { id: 'quantum', nameEn: 'Quantum', nameKo: '양자' },
        { id: 'standards', nameEn: 'Standards', nameKo: '표준' },
        { id: 'bio', nameEn: 'Bio', nameKo: '바이오' },
      ],
      truncated: false,
    },
    nodes,
    edges,
  };
}

/** KRISS–NIST share three agreements; NIST is part of DOC; MSIT–NSF share one; KEIT–EVSTS one. */
export const SAMPLE = network(
  [
    institution('kriss', 'KR', 'institute'),
    institution('nist', 'US', 'institute'),
    institution('doc', 'US', 'ministry'),
    institution('msit', 'KR', 'ministry'),
    institution('nsf', 'US'),
    institution('keit', 'KR'),
    institution('evsts', 'US', 'research-centre'),
  ],
  [
    cooperation('kriss', 'nist', ['q1', 'q2', 's1'], ['quantum', 'standards']),
    cooperation('msit', 'nsf', ['b1'], ['bio']),
    cooperation('keit', 'evsts', ['m1'], ['quantum']),
    partOf('nist', 'doc'),
  ],
);
