/**
 * Where ForceAtlas2 starts. A first layout starts from graphology's circle packing grouped by country, so
 * each country begins as one cluster and the forces only refine the picture. Later layouts start from the
 * stored positions, so an import moves the drawing a little instead of redrawing it: an institution new
 * since then starts at the centre of its placed partners (or of its country), slightly off so that two
 * newcomers never sit on the same point.
 */
import Graph from 'graphology';
import circlepack from 'graphology-layout/circlepack.js';

import { seededRandom } from '../random.js';
import type { LayoutNetwork } from './network-builder.js';

export interface SeedPositions {
  x: Float64Array;
  y: Float64Array;
  /** True when every institution started from a stored position or next to placed partners. */
  fromStored: boolean;
}

export function seedPositions(network: LayoutNetwork, seed = 1): SeedPositions {
  const random = seededRandom(seed);
  if (!network.x.some((x) => Number.isFinite(x)))
    return { ...packByCountry(network, random), fromStored: false };

  const x = Float64Array.from(network.x);
  const y = Float64Array.from(network.y);
  const isPlaced = (i: number) => Number.isFinite(network.x[i]);
  const sums = new Float64Array(network.ids.length * 3);
  const add = (to: number, from: number) => {
    sums[to * 3]! += network.x[from]!;
    sums[to * 3 + 1]! += network.y[from]!;
    sums[to * 3 + 2]! += 1;
  };
  for (let e = 0; e < network.source.length; e += 1) {
    const [a, b] = [network.source[e]!, network.target[e]!];
    if (!isPlaced(a) && isPlaced(b)) add(a, b);
    if (!isPlaced(b) && isPlaced(a)) add(b, a);
  }
  const countryCentres = centresByCountry(network);
  const spread = spreadOf(network);
  for (let i = 0; i < network.ids.length; i += 1) {
    if (isPlaced(i)) continue;
    const n = sums[i * 3 + 2]!;
    const centre =
      n > 0
        ? { x: sums[i * 3]! / n, y: sums[i * 3 + 1]! / n }
        : (countryCentres.get(network.countries[i] ?? null) ?? { x: 0, y: 0 });
    x[i] = centre.x + (random() - 0.5) * spread * 0.01;
    y[i] = centre.y + (random() - 0.5) * spread * 0.01;
  }
  return { x, y, fromStored: true };
}

function packByCountry(network: LayoutNetwork, random: () => number): Omit<SeedPositions, 'fromStored'> {
  // Nodes only: circle packing needs no edges, and 100k bare nodes cost a few megabytes.
  const graph = new Graph();
  network.ids.forEach((id, i) => graph.addNode(id, { country: network.countries[i] ?? 'none' }));
  const positions = circlepack(graph, { hierarchyAttributes: ['country'], rng: random });
  return {
    x: Float64Array.from(network.ids, (id) => positions[id]!.x),
    y: Float64Array.from(network.ids, (id) => positions[id]!.y),
  };
}

function centresByCountry(network: LayoutNetwork): Map<string | null, { x: number; y: number }> {
  const sums = new Map<string | null, { x: number; y: number; n: number }>();
  network.ids.forEach((_id, i) => {
    if (!Number.isFinite(network.x[i])) return;
    const key = network.countries[i] ?? null;
    const sum = sums.get(key) ?? { x: 0, y: 0, n: 0 };
    sums.set(key, { x: sum.x + network.x[i]!, y: sum.y + network.y[i]!, n: sum.n + 1 });
  });
  return new Map([...sums].map(([key, { x, y, n }]) => [key, { x: x / n, y: y / n }]));
}

/** The width of the stored drawing, so a newcomer's offset scales with it. */
function spreadOf(network: LayoutNetwork): number {
  let min = Infinity;
  let max = -Infinity;
  for (const x of network.x) {
    if (!Number.isFinite(x)) continue;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  return max > min ? max - min : 1;
}
