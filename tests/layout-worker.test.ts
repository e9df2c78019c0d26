/**
 * ForceAtlas2 off the event loop: a large network's iterations run in a worker thread, giving exactly the
 * positions they give inline, while the process stays free to answer requests.
 */
import { describe, expect, it } from 'vitest';

import { runIterations, type IterationJob } from '../server/layout/forceatlas2-job.js';
import { forceAtlas2Settings } from '../server/layout/forceatlas2.js';
import { seededRandom } from '../server/random.js';

/** A random network of `count` nodes and `edgeCount` edges in ForceAtlas2's flat matrices. */
function job(count: number, edgeCount: number): IterationJob {
  const random = seededRandom(7);
  const nodes = new Float32Array(count * 10);
  for (let i = 0; i < count; i += 1) {
    nodes[i * 10] = random() * 1_000;
    nodes[i * 10 + 1] = random() * 1_000;
    nodes[i * 10 + 6] = 1;
    nodes[i * 10 + 7] = 1;
    nodes[i * 10 + 8] = 1;
  }
  const edges = new Float32Array(edgeCount * 3);
  for (let e = 0; e < edgeCount; e += 1) {
    const a = Math.floor(random() * count);
    const b = (a + 1 + Math.floor(random() * (count - 1))) % count;
    edges.set([a * 10, b * 10, 1], e * 3);
    nodes[a * 10 + 6]! += 1;
    nodes[b * 10 + 6]! += 1;
  }
  return { settings: forceAtlas2Settings(count), nodes, edges, iterations: 20, budgetMs: 60_000 };
}

describe('ForceAtlas2 in a worker thread', () => {
  it('gives the positions it gives inline, and leaves the event loop free meanwhile', async () => {
    const inline = job(5_000, 30_000);
    const threaded = job(5_000, 30_000);
    expect(threaded.nodes).toEqual(inline.nodes);

    let inlineProgress = 0;
    expect(await runIterations(inline, (done) => (inlineProgress = done), 'inline')).toBe(20);
    expect(inlineProgress).toBe(20);

    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 10);
    const started = performance.now();
    const progress: number[] = [];
    const done = await runIterations(threaded, (count) => progress.push(count), 'worker');
    const elapsed = performance.now() - started;
    clearInterval(ticker);

    expect(done).toBe(20);
    expect(progress).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(threaded.nodes).toEqual(inline.nodes);
    expect(threaded.nodes).not.toEqual(job(5_000, 30_000).nodes);
    // A timer every 10 ms kept firing: at least a third of the ticks a free event loop would give.
    expect(ticks).toBeGreaterThan(elapsed / 10 / 3);
  });
});
