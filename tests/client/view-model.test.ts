/**
 * What the canvas shows, derived without touching the graph: filters, emphasis (hover, agreement, path),
 * colour and size by the chosen metric, the counts, the ranked tables, and a path drawn through agreements.
 */
import { describe, expect, it } from 'vitest';

import type { PathsAnswer } from '../../contract/explore.js';
import type { Stats } from '../../contract/stats.js';
import { metricSize, MIN_NODE_SIZE } from '../../client/src/graph/appearance.js';
import { communities, mostConnected, topBrokers } from '../../client/src/graph/metrics.js';
import { communityColor } from '../../client/src/graph/palette.js';
import { pathOverlay } from '../../client/src/graph/path-model.js';
import {
  agreementEmphasis,
  countView,
  edgeInView,
  neighbourhoodEmphasis,
  nodeLooks,
} from '../../client/src/graph/view-model.js';
import { createNetworkGraph, mergeNetwork } from '../../client/src/graph/network.js';
import type { NetworkView } from '../../client/src/state/types.js';
import { SAMPLE } from './fixtures.js';

function sampleGraph() {
  const graph = createNetworkGraph();
  mergeNetwork(graph, SAMPLE);
  return graph;
}

/** The API's answer to `domain=quantum`, as a view: fewer institutions, and KRISS–NIST with two agreements. */
const QUANTUM: NetworkView = {
  filtered: true,
  nodes: new Set(['kriss', 'nist', 'keit', 'evsts']),
  edges: new Map([
    ['cooperation:kriss:nist', { agreementIds: ['q1', 'q2'], domains: ['quantum'], weight: 2 }],
    ['cooperation:keit:evsts', { agreementIds: ['m1'], domains: ['quantum'], weight: 1 }],
  ]),
  truncated: false,
};

function stats(institutions: Partial<Stats['institutions'][number]>[]): Stats {
  return {
    institutions: institutions.map((institution) => ({
      nameEn: '',
      nameKo: '',
      acronym: null,
      kind: 'agency',
      country: null,
      id: '',
      degree: 0,
      agreements: 0,
      betweenness: 0,
      community: null,
      ...institution,
    })),
  } as unknown as Stats;
}

describe('the filtered view', () => {
  it('counts what the canvas shows: institutions, links and their distinct agreements', () => {
    const graph = sampleGraph();
    expect(countView(graph, null)).toEqual({ institutions: 7, links: 4, agreements: 5 });
    expect(countView(graph, QUANTUM)).toEqual({ institutions: 4, links: 2, agreements: 3 });
  });

  it("draws a link with the filtered view's agreements, and hides links the filters drop", () => {
    const graph = sampleGraph();
    expect(edgeInView(graph, QUANTUM, 'cooperation:kriss:nist')?.weight).toBe(2);
    expect(edgeInView(graph, QUANTUM, 'part-of:nist:doc')).toBeNull();
    expect(edgeInView(graph, null, 'part-of:nist:doc')?.weight).toBe(1);
  });
});

describe('emphasis', () => {
  it('a hovered or selected institution stands out with its drawn neighbours', () => {
    const graph = sampleGraph();
    const whole = neighbourhoodEmphasis(graph, null, 'nist');
    expect([...(whole?.nodes ?? [])].sort()).toEqual(['doc', 'kriss', 'nist']);
    const filtered = neighbourhoodEmphasis(graph, QUANTUM, 'nist');
    expect([...(filtered?.nodes ?? [])].sort()).toEqual(['kriss', 'nist']);
    expect(neighbourhoodEmphasis(graph, null, 'nobody')).toBeNull();
  });

  it('an agreement lights all its parties and the links it makes', () => {
    const graph = sampleGraph();
    const emphasis = agreementEmphasis(graph, 'q2', ['kriss', 'nist', 'not-drawn']);
    expect([...emphasis.nodes].sort()).toEqual(['kriss', 'nist']);
    expect([...emphasis.edges]).toEqual(['cooperation:kriss:nist']);
  });
});

describe('colour and size', () => {
  it('sizes by the chosen metric of the statistics and colours by community when asked', () => {
    const graph = sampleGraph();
    const metrics = stats([
      { id: 'kriss', betweenness: 0.5, community: 0, degree: 1 },
      { id: 'nist', betweenness: 0, community: 0, degree: 1 },
      { id: 'msit', betweenness: 0.1, community: 1, degree: 1 },
    ]);
    const looks = nodeLooks(graph, metrics, 'community', 'betweenness');
    expect(looks.get('kriss')?.size).toBe(metricSize(0.5, 0.5));
    expect(looks.get('nist')?.size).toBe(MIN_NODE_SIZE);
    expect(looks.get('kriss')?.color).toBe(communityColor(0));
    expect(looks.get('msit')?.color).toBe(communityColor(1));
    expect(looks.get('doc')?.color).toBe(communityColor(null));
    // By country, the graph's own colour; by degree without statistics, partners on the graph.
    const plain = nodeLooks(graph, null, 'country', 'degree');
    expect(plain.get('kriss')?.color).toBe(graph.getNodeAttribute('kriss', 'color'));
    expect(plain.get('doc')?.size).toBe(MIN_NODE_SIZE);
  });

  it('ranks brokers by betweenness and the most connected by partners, leaving out zeros', () => {
    const metrics = stats([
      { id: 'a', betweenness: 0.2, degree: 2, community: 0 },
      { id: 'b', betweenness: 0.6, degree: 1, community: 0 },
      { id: 'c', betweenness: 0, degree: 5, community: 1 },
      { id: 'd', betweenness: 0, degree: 0, community: null },
    ]);
    expect(topBrokers(metrics, 5).map((row) => row.id)).toEqual(['b', 'a']);
    expect(mostConnected(metrics, 2).map((row) => row.id)).toEqual(['c', 'a']);
    expect(
      communities(metrics).map(({ community, size, representative }) => [community, size, representative.id]),
    ).toEqual([
      [0, 2, 'a'],
      [1, 1, 'c'],
    ]);
  });
});

describe('a path on the canvas', () => {
  const answer: PathsAnswer = {
    from: { id: 'keit', nameEn: 'KEIT', nameKo: 'KEIT', acronym: 'KEIT' },
    to: { id: 'nist', nameEn: 'NIST', nameKo: 'NIST', acronym: 'NIST' },
    mode: 'shortest',
    truncated: false,
    paths: [
      {
        length: 4,
        nodes: [
          { id: 'keit', type: 'institution', nameEn: 'KEIT', nameKo: null },
          { id: 'm1', type: 'agreement', nameEn: 'MOU', nameKo: null },
          { id: 'dialogue', type: 'event', nameEn: 'Dialogue', nameKo: null },
          { id: 'q1', type: 'agreement', nameEn: 'Quantum', nameKo: null },
          { id: 'nist', type: 'institution', nameEn: 'NIST', nameKo: null },
        ],
        hops: [],
      },
      {
        length: 2,
        nodes: [
          { id: 'kriss', type: 'institution', nameEn: 'KRISS', nameKo: null },
          { id: 'q2', type: 'agreement', nameEn: 'Quantum 2', nameKo: null },
          { id: 'nist', type: 'institution', nameEn: 'NIST', nameKo: null },
          { id: 'doc', type: 'institution', nameEn: 'DOC', nameKo: null },
          { id: 'ghost', type: 'institution', nameEn: 'Not drawn', nameKo: null },
        ],
        hops: [],
      },
    ],
  };

  it('runs through agreements and events as waypoints between the institutions it links', () => {
    const overlay = pathOverlay(sampleGraph(), answer);
    expect(overlay.segments[0]).toMatchObject({ from: 'keit', to: 'nist', lane: 0 });
    expect(overlay.segments[0]?.waypoints.map((waypoint) => waypoint.type)).toEqual([
      'agreement',
      'event',
      'agreement',
    ]);
    expect([...overlay.primary].sort()).toEqual(['keit', 'nist']);
    expect(overlay.missing).toEqual(['ghost']);
  });

  it('lights the drawn links a stretch rests on: the shared agreement, the parent link', () => {
    const overlay = pathOverlay(sampleGraph(), answer);
    expect([...overlay.edges].sort()).toEqual(['cooperation:kriss:nist', 'part-of:nist:doc']);
    expect([...overlay.nodes].sort()).toEqual(['doc', 'keit', 'kriss', 'nist']);
  });
});
