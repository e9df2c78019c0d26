/**
 * The network metrics behind /api/stats on generated networks larger than the seed: the sampled
 * betweenness against graphology's exact one, and the worker thread against the inline computation.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';

import {
  BETWEENNESS_SOURCES,
  cooperationMetrics,
  EXACT_BETWEENNESS_LIMIT,
  type MetricsInput,
} from '../server/services/metrics/cooperation-metrics.js';
import { computeMetrics } from '../server/services/metrics/metrics-thread.js';
import { sampledBetweenness } from '../server/services/metrics/sampled-betweenness.js';

/** A few hubs and many small actors: each institution links to earlier ones, preferring the linked. */
function skewedNetwork(order: number, linksEach: number, seed: number): MetricsInput {
  let state = seed;
  const random = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
  const ends: number[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  for (let node = 1; node < order; node += 1) {
    for (let link = 0; link < Math.min(node, linksEach); link += 1) {
      const partner =
        ends.length > 0 && random() < 0.7
          ? ends[Math.floor(random() * ends.length)]!
          : Math.floor(random() * node);
      if (partner === node) continue;
      sources.push(node);
      targets.push(partner);
      ends.push(node, partner);
    }
  }
  return {
    ids: Array.from({ length: order }, (_, i) => `institution-${i}`),
    sources: Uint32Array.from(sources),
    targets: Uint32Array.from(targets),
    weights: Float64Array.from(sources, (_, i) => 1 + (i % 3)),
  };
}

function toGraph({ ids, sources, targets }: MetricsInput): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const id of ids) graph.addNode(id);
  sources.forEach((source, i) => graph.mergeEdge(ids[source]!, ids[targets[i]!]!));
  return graph;
}

const topIds = (scores: Record<string, number>, count: number) =>
  Object.entries(scores)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id]) => id);

describe('betweenness', () => {
  it('sampled from every institution, equals the exact betweenness', () => {
    const graph = toGraph(skewedNetwork(300, 2, 7));
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const sampled = sampledBetweenness(graph, graph.order, Math.random);
    for (const node of graph.nodes()) expect(sampled[node]).toBeCloseTo(exact[node]!, 10);
  });

  it(`above ${EXACT_BETWEENNESS_LIMIT.toLocaleString('en')} institutions, is estimated and still finds the brokers`, () => {
    const input = skewedNetwork(EXACT_BETWEENNESS_LIMIT + 500, 2, 11);
    const metrics = cooperationMetrics(input);
    expect(metrics.betweennessSources).toBe(BETWEENNESS_SOURCES);

    const exact = betweennessCentrality(toGraph(input), { getEdgeWeight: null, normalized: true });
    const estimated = Object.fromEntries(input.ids.map((id, i) => [id, metrics.betweenness[i]!]));
    const estimatedTop = topIds(estimated, 20);
    // The five most central institutions by the exact measure are among the estimate's top twenty.
    for (const id of topIds(exact, 5)) expect(estimatedTop).toContain(id);
    // And the estimate is of the right size, not just the right order.
    const [best] = topIds(exact, 1);
    expect(estimated[best!]! / exact[best!]!).toBeGreaterThan(0.5);
    expect(estimated[best!]! / exact[best!]!).toBeLessThan(2);
  });
});

describe('the metrics worker', () => {
  it('answers what the inline computation answers, for a network large enough to need it', async () => {
    const input = skewedNetwork(4_000, 2, 3);
    const inline = cooperationMetrics(input);
    const threaded = await computeMetrics(input);
    expect(threaded.betweennessSources).toBe(inline.betweennessSources);
    expect(threaded.communities).toBe(inline.communities);
    expect(threaded.modularity).toBe(inline.modularity);
    expect([...threaded.degree]).toEqual([...inline.degree]);
    expect([...threaded.betweenness]).toEqual([...inline.betweenness]);
    expect([...threaded.community]).toEqual([...inline.community]);
  });
});
