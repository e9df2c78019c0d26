/**
 * The network's order and what each institution brings along in a page. The order puts the institutions
 * with most partners first (ties by id), so the first page already draws the hubs. Each edge travels with
 * its later end, so a client that loads pages in order has both ends before the edge; each institution
 * keeps its strongest such edges, up to the most a page may ask for.
 */
// The most edges per institution a page may ask for; what is stored beyond it would never be served.
import { MAX_EDGES_PER_NODE } from '../../contract/network-page.js';
import type { LayoutNetwork } from './network-builder.js';

export interface NetworkOrder {
  /** Distinct partners (COOPERATES_WITH degree) per institution index. */
  partners: Int32Array;
  /** Institution index → its place in the order. */
  rank: Int32Array;
  /** Per institution: the ranks of its strongest earlier partners (weight descending, then rank). */
  linkRanks: Int32Array[];
  linkWeights: Int32Array[];
  /** Per institution: the ranks of its earlier parents and of its earlier children. */
  parentRanks: Int32Array[];
  childRanks: Int32Array[];
}

export function orderNetwork(network: LayoutNetwork): NetworkOrder {
  const count = network.ids.length;
  const partners = new Int32Array(count);
  for (let e = 0; e < network.source.length; e += 1) {
    partners[network.source[e]!]! += 1;
    partners[network.target[e]!]! += 1;
  }
  // Ids are sorted, so the index breaks ties by id.
  const byRank = new Int32Array(count).map((_, i) => i);
  byRank.sort((a, b) => partners[b]! - partners[a]! || a - b);
  const rank = new Int32Array(count);
  byRank.forEach((institution, place) => (rank[institution] = place));

  const later = (a: number, b: number): [number, number] => (rank[a]! > rank[b]! ? [a, b] : [b, a]);
  const links = groupByLaterEnd(count, network.source, network.target, rank);
  const linkRanks: Int32Array[] = [];
  const linkWeights: Int32Array[] = [];
  for (let i = 0; i < count; i += 1) {
    const edges = links[i]!;
    edges.sort(
      (p, q) =>
        network.weight[q]! - network.weight[p]! ||
        otherRank(network, rank, p, i) - otherRank(network, rank, q, i),
    );
    const kept = edges.subarray(0, MAX_EDGES_PER_NODE);
    linkRanks.push(Int32Array.from(kept, (e) => otherRank(network, rank, e, i)));
    linkWeights.push(Int32Array.from(kept, (e) => network.weight[e]!));
  }

  const parents: number[][] = Array.from({ length: count }, () => []);
  const children: number[][] = Array.from({ length: count }, () => []);
  for (let l = 0; l < network.child.length; l += 1) {
    const child = network.child[l]!;
    const parent = network.parent[l]!;
    const [end, start] = later(child, parent);
    (end === child ? parents : children)[end]!.push(rank[start]!);
  }
  const capped = (ranks: number[]) =>
    Int32Array.from(ranks.sort((a, b) => a - b).slice(0, MAX_EDGES_PER_NODE));
  return {
    partners,
    rank,
    linkRanks,
    linkWeights,
    parentRanks: parents.map(capped),
    childRanks: children.map(capped),
  };
}

/** Edge indexes grouped by their later end, as one block of memory cut into views. */
function groupByLaterEnd(
  count: number,
  source: Int32Array,
  target: Int32Array,
  rank: Int32Array,
): Int32Array[] {
  const laterEnd = (e: number) => (rank[source[e]!]! > rank[target[e]!]! ? source[e]! : target[e]!);
  const starts = new Int32Array(count + 1);
  for (let e = 0; e < source.length; e += 1) starts[laterEnd(e) + 1]! += 1;
  for (let i = 0; i < count; i += 1) starts[i + 1]! += starts[i]!;
  const filled = starts.slice(0, count);
  const edges = new Int32Array(source.length);
  for (let e = 0; e < source.length; e += 1) edges[filled[laterEnd(e)]!++] = e;
  return Array.from({ length: count }, (_, i) => edges.subarray(starts[i], starts[i + 1]));
}

function otherRank(network: LayoutNetwork, rank: Int32Array, edge: number, end: number): number {
  const other = network.source[edge] === end ? network.target[edge]! : network.source[edge]!;
  return rank[other]!;
}
