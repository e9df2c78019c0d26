/**
 * Positions for the whole network within about a minute at 100k institutions, where ForceAtlas2 alone
 * would need several (one Barnes–Hut iteration over 100k institutions and 1.7M edges takes ~1.9 s here).
 *
 * A first layout works in two levels. The core, the institutions with most partners, is laid out on its
 * own from the country-grouped seed, for as many iterations as a small graph needs. Every other
 * institution then starts at the weighted centre of its partners placed before it (in the network's
 * order each one's earlier partners are placed already), slightly off, and a few iterations over the whole
 * network settle them. A later layout starts from the stored positions, which are settled already, and
 * only runs those few iterations over the whole network.
 */
import { seededRandom } from '../random.js';
import { plannedIterations, runForceAtlas2, type ForceGraph } from './forceatlas2.js';
import type { NetworkOrder } from './order.js';
import type { LayoutNetwork } from './network-builder.js';
import { seedPositions } from './seed-positions.js';

/** Institutions laid out on their own first; the rest follow them. */
export const CORE_SIZE = 5_000;
/** Time budgets (on the two-core machine) that set the iteration counts. */
const CORE_BUDGET_MS = 15_000;
const WHOLE_BUDGET_MS = 20_000;

export interface Placement {
  x: Float64Array;
  y: Float64Array;
  fromStored: boolean;
  iterations: number;
  /** More than `iterations` when the time limit stopped a run early. */
  planned: number;
}

export interface PlaceOptions {
  /** performance.now() after which ForceAtlas2 stops. */
  deadline: number;
  onIteration?: (done: number, planned: number) => void;
}

export async function placeNetwork(
  network: LayoutNetwork,
  order: NetworkOrder,
  options: PlaceOptions,
): Promise<Placement> {
  const start = seedPositions(network);
  const { x, y } = start;
  const whole = withParentLinks(network);
  const count = network.ids.length;
  let planned = 0;
  let iterations = 0;
  const run = async (graph: ForceGraph, gx: Float64Array, gy: Float64Array, wanted: number) => {
    const before = iterations;
    planned += wanted;
    iterations += await runForceAtlas2(graph, gx, gy, {
      iterations: wanted,
      deadline: options.deadline,
      onIteration: (done) => options.onIteration?.(before + done, planned),
    });
  };

  if (start.fromStored) {
    await run(
      whole,
      x,
      y,
      plannedIterations(count, whole.source.length, WHOLE_BUDGET_MS, { min: 5, max: 50 }),
    );
  } else if (count <= CORE_SIZE) {
    const budget = CORE_BUDGET_MS + WHOLE_BUDGET_MS;
    await run(whole, x, y, plannedIterations(count, whole.source.length, budget, { min: 30, max: 150 }));
  } else {
    const seedBox = boxOf(x, y);
    const core = coreOf(whole, order.rank, CORE_SIZE);
    const cx = Float64Array.from(core.members, (i) => x[i]!);
    const cy = Float64Array.from(core.members, (i) => y[i]!);
    const wanted = plannedIterations(CORE_SIZE, core.graph.source.length, CORE_BUDGET_MS, {
      min: 30,
      max: 150,
    });
    await run(core.graph, cx, cy, wanted);
    core.members.forEach((i, c) => {
      x[i] = cx[c]!;
      y[i] = cy[c]!;
    });
    followTheCore(whole, order.rank, x, y, { size: CORE_SIZE, seedBox });
    await run(
      whole,
      x,
      y,
      plannedIterations(count, whole.source.length, WHOLE_BUDGET_MS, { min: 5, max: 50 }),
    );
  }
  return { x, y, fromStored: start.fromStored, iterations, planned };
}

/** Cooperation edges and parent links as one graph: a parent link pulls like one shared agreement. */
function withParentLinks(network: LayoutNetwork): ForceGraph {
  const edges = network.source.length;
  const source = new Int32Array(edges + network.child.length);
  const target = new Int32Array(source.length);
  const weight = new Float32Array(source.length).fill(1);
  source.set(network.source);
  target.set(network.target);
  weight.set(network.weight);
  source.set(network.child, edges);
  target.set(network.parent, edges);
  return { count: network.ids.length, source, target, weight };
}

/** The institutions ranked below `size`, and the edges among them, renumbered from 0. */
function coreOf(
  whole: ForceGraph,
  rank: Int32Array,
  size: number,
): { members: Int32Array; graph: ForceGraph } {
  const members = new Int32Array(size);
  const local = new Int32Array(whole.count).fill(-1);
  rank.forEach((place, i) => {
    if (place < size) members[place] = i;
  });
  members.forEach((i, c) => (local[i] = c));
  const kept: number[] = [];
  for (let e = 0; e < whole.source.length; e += 1) {
    if (local[whole.source[e]!]! >= 0 && local[whole.target[e]!]! >= 0) kept.push(e);
  }
  return {
    members,
    graph: {
      count: size,
      source: Int32Array.from(kept, (e) => local[whole.source[e]!]!),
      target: Int32Array.from(kept, (e) => local[whole.target[e]!]!),
      weight: Float32Array.from(kept, (e) => whole.weight[e]!),
    },
  };
}

/**
 * Places every institution outside the core, in the network's order, at the weighted centre of its
 * partners placed before it, off by up to 1% of the core's width so that partners of the same hubs do not
 * coincide. One without earlier partners keeps its seed position, moved and scaled as the core was.
 */
function followTheCore(
  whole: ForceGraph,
  rank: Int32Array,
  x: Float64Array,
  y: Float64Array,
  { size, seedBox }: { size: number; seedBox: Box },
): void {
  const random = seededRandom(2);
  const byRank = new Int32Array(whole.count);
  rank.forEach((place, i) => (byRank[place] = i));
  const { starts, neighbours, weights } = adjacency(whole);
  const placed = new Uint8Array(whole.count);
  const core = byRank.subarray(0, size);
  core.forEach((i) => (placed[i] = 1));
  const coreBox = boxOf(
    Float64Array.from(core, (i) => x[i]!),
    Float64Array.from(core, (i) => y[i]!),
  );
  const scale = coreBox.width / seedBox.width;
  const offset = () => (random() - 0.5) * coreBox.width * 0.01;
  for (let place = size; place < whole.count; place += 1) {
    const i = byRank[place]!;
    let [sx, sy, sw] = [0, 0, 0];
    for (let k = starts[i]!; k < starts[i + 1]!; k += 1) {
      const j = neighbours[k]!;
      if (!placed[j]) continue;
      sx += x[j]! * weights[k]!;
      sy += y[j]! * weights[k]!;
      sw += weights[k]!;
    }
    if (sw > 0) {
      x[i] = sx / sw + offset();
      y[i] = sy / sw + offset();
    } else {
      x[i] = coreBox.x + (x[i]! - seedBox.x) * scale;
      y[i] = coreBox.y + (y[i]! - seedBox.y) * scale;
    }
    placed[i] = 1;
  }
}

function adjacency(graph: ForceGraph): { starts: Int32Array; neighbours: Int32Array; weights: Float32Array } {
  const starts = new Int32Array(graph.count + 1);
  for (let e = 0; e < graph.source.length; e += 1) {
    starts[graph.source[e]! + 1]! += 1;
    starts[graph.target[e]! + 1]! += 1;
  }
  for (let i = 0; i < graph.count; i += 1) starts[i + 1]! += starts[i]!;
  const filled = starts.slice(0, graph.count);
  const neighbours = new Int32Array(graph.source.length * 2);
  const weights = new Float32Array(neighbours.length);
  const add = (from: number, to: number, weight: number) => {
    neighbours[filled[from]!] = to;
    weights[filled[from]!++] = weight;
  };
  for (let e = 0; e < graph.source.length; e += 1) {
    add(graph.source[e]!, graph.target[e]!, graph.weight[e]!);
    add(graph.target[e]!, graph.source[e]!, graph.weight[e]!);
  }
  return { starts, neighbours, weights };
}

interface Box {
  /** Centre. */
  x: number;
  y: number;
  /** The larger side, at least 1. */
  width: number;
}

function boxOf(x: Float64Array, y: Float64Array): Box {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  x.forEach((value, i) => {
    minX = Math.min(minX, value);
    maxX = Math.max(maxX, value);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  });
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, width: Math.max(maxX - minX, maxY - minY, 1) };
}
