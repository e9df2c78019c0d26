/**
 * Degree, betweenness and Louvain community of every institution over the cooperation edges (parent links
 * are drawn, but they are not cooperation). Pure: the same network always gives the same numbers, so it
 * can run in a worker thread (metrics-thread.ts) as well as inline.
 *
 * Why graphology and not Neo4j: Neo4j Community has no graph algorithms without the GDS plugin, which the
 * project's locked-down Neo4j does not load. On the seed graph the whole computation takes 0.3–0.6 ms.
 * Exact betweenness is Brandes' O(n·m) (24 s for 10,000 institutions), so above EXACT_BETWEENNESS_LIMIT
 * it is estimated from a fixed number of sampled sources (sampled-betweenness.ts).
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import { seededRandom } from '../../random.js';
import { sampledBetweenness } from './sampled-betweenness.js';

/** Institutions up to which betweenness is exact: under a second on this machine. */
export const EXACT_BETWEENNESS_LIMIT = 2_000;
/** Sources of the estimate above that: ~50 ms each at 50,000 institutions. */
export const BETWEENNESS_SOURCES = 64;

/** Louvain and the sample draw in random order: a fixed seed gives the same answer on every call. */
const SEED = 0x5eed;

/** The cooperation network as columns: edges are indexes into `ids`. */
export interface MetricsInput {
  ids: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

/** Per institution, in the order of `MetricsInput.ids`. */
export interface MetricsOutput {
  degree: Uint32Array<ArrayBuffer>;
  betweenness: Float64Array<ArrayBuffer>;
  /** −1 for an institution without cooperation edges (Louvain would give it a community of its own). */
  community: Int32Array<ArrayBuffer>;
  communities: number;
  modularity: number | null;
  /** Sources the betweenness was estimated from, or null when it is exact. */
  betweennessSources: number | null;
}

export function cooperationMetrics({ ids, sources, targets, weights }: MetricsInput): MetricsOutput {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const id of ids) graph.addNode(id);
  for (let i = 0; i < sources.length; i += 1) {
    graph.mergeEdge(ids[sources[i]!]!, ids[targets[i]!]!, { weight: weights[i]! });
  }

  // Hops, not weights: `weight` counts shared agreements, a strength; as a distance it would make the
  // strongest ties the longest paths. graphology-metrics throws on a graph without nodes (a filter can
  // leave one), and Louvain has nothing to group without edges.
  const exact = graph.order <= EXACT_BETWEENNESS_LIMIT;
  const betweenness =
    graph.order === 0
      ? {}
      : exact
        ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true })
        : sampledBetweenness(graph, BETWEENNESS_SOURCES, seededRandom(SEED));
  const louvainResult =
    graph.size === 0 ? null : louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(SEED) });
  const community = renumberCommunities(graph, louvainResult?.communities ?? {});

  const output: MetricsOutput = {
    degree: new Uint32Array(ids.length),
    betweenness: new Float64Array(ids.length),
    community: new Int32Array(ids.length),
    communities: new Set(community.values()).size,
    modularity: louvainResult ? louvainResult.modularity : null,
    betweennessSources: exact ? null : Math.min(graph.order, BETWEENNESS_SOURCES),
  };
  ids.forEach((id, index) => {
    output.degree[index] = graph.degree(id);
    output.betweenness[index] = roundScore(betweenness[id] ?? 0);
    output.community[index] = community.get(id) ?? -1;
  });
  return output;
}

/**
 * Louvain's community numbers depend on its internal order; these are numbered by size, largest first,
 * ties broken by their first member's id, and institutions without edges are left out.
 */
function renumberCommunities(graph: UndirectedGraph, raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const id = raw[node];
    if (id === undefined || graph.degree(node) === 0) return;
    const community = members.get(id);
    if (community) community.push(node);
    else members.set(id, [node]);
  });
  const ordered = [...members.values()]
    .map((nodes) => nodes.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  return new Map(ordered.flatMap((nodes, index) => nodes.map((node) => [node, index] as const)));
}

/** By code unit, not locale: the order must not depend on the server's language settings. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Equal scores reached along different floating-point paths compare equal, so ties fall to degree. */
const roundScore = (score: number): number => Number(score.toPrecision(12));
