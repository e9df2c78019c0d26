/**
 * ForceAtlas2 (graphology's, Barnes–Hut above 2,000 institutions) run straight on flat typed arrays, the
 * way the package runs it internally: no graphology graph of 1.7M edges in between. Large networks
 * iterate in a worker thread (forceatlas2-job.ts), so an app laying its graph out keeps answering.
 *
 * How many iterations a run gets depends on the network's size only, never on the clock, so the same
 * network and start give the same picture on any machine: a time budget divided by the cost of one
 * iteration as measured on the two-core machine (bench/results/layout-and-pages.md). A time limit only
 * stops a run on a much slower machine early, and the summary says so.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';

import { runIterations, type IterationJob } from './forceatlas2-job.js';

const PPN = 10;
const PPE = 3;

/** The part of a network a run lays out: `count` institutions and edges between their indexes. */
export interface ForceGraph {
  count: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float32Array;
}

/**
 * Milliseconds one iteration takes on the two-core machine: Barnes–Hut grows with institutions and edges
 * (100k and 1.7M: ~1.9 s), the exact repulsion below 2,000 institutions with their square (1k: ~18 ms).
 */
export function iterationCostMs(institutions: number, edges: number): number {
  const repulsion = institutions > 2_000 ? institutions * 0.015 : institutions * institutions * 0.000_015;
  return repulsion + edges * 0.000_25;
}

/** Iterations that fit `budgetMs`, between `min` and `max`. */
export function plannedIterations(
  institutions: number,
  edges: number,
  budgetMs: number,
  { min, max }: { min: number; max: number },
): number {
  const fitting = Math.floor(budgetMs / Math.max(iterationCostMs(institutions, edges), 1e-3));
  return Math.max(min, Math.min(max, fitting));
}

/** The package's defaults with the settings it infers from the size, as its own layout uses them. */
export function forceAtlas2Settings(count: number): IterationJob['settings'] {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    barnesHutTheta: 0.5,
    ...forceAtlas2.inferSettings(count),
  } as IterationJob['settings'];
}

export interface ForceAtlas2Options {
  iterations: number;
  /** performance.now() after which the run stops, whatever the planned iterations. */
  deadline: number;
  onIteration?: (done: number) => void;
}

/** Moves `x` and `y` (indexed like the graph) in place; returns the iterations run. */
export async function runForceAtlas2(
  graph: ForceGraph,
  x: Float64Array,
  y: Float64Array,
  options: ForceAtlas2Options,
): Promise<number> {
  if (graph.count < 2) return 0;
  const nodes = new Float32Array(graph.count * PPN);
  const edges = new Float32Array(graph.source.length * PPE);
  for (let i = 0; i < graph.count; i += 1) {
    nodes[i * PPN] = x[i]!;
    nodes[i * PPN + 1] = y[i]!;
    nodes[i * PPN + 6] = 1; // mass, grown by each edge below as the package does
    nodes[i * PPN + 7] = 1; // convergence
    nodes[i * PPN + 8] = 1; // size
  }
  for (let e = 0; e < graph.source.length; e += 1) {
    const [a, b, weight] = [graph.source[e]!, graph.target[e]!, graph.weight[e]!];
    edges[e * PPE] = a * PPN;
    edges[e * PPE + 1] = b * PPN;
    edges[e * PPE + 2] = weight;
    nodes[a * PPN + 6]! += weight;
    nodes[b * PPN + 6]! += weight;
  }
  const done = await runIterations(
    {
      settings: forceAtlas2Settings(graph.count),
      nodes,
      edges,
      iterations: options.iterations,
      budgetMs: Math.max(0, options.deadline - performance.now()),
    },
    options.onIteration,
  );
  for (let i = 0; i < graph.count; i += 1) {
    x[i] = nodes[i * PPN]!;
    y[i] = nodes[i * PPN + 1]!;
  }
  return done;
}
