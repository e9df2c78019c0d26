/**
 * The bare sigma page of the client benchmark: the same graph as the product draws (nodes, edges,
 * positions, sizes and colours), read from one JSON file and handed to sigma with its default settings
 * and programs, all at once. Sigma draws synchronously in its constructor; that frame is timed here the
 * way frames.ts times the animation frames.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

import type { Frame } from './frames.js';

declare global {
  interface Window {
    bare?: { renderer: Sigma; firstFrame: Frame };
  }
}

async function main(): Promise<void> {
  const response = await fetch('graph.json');
  const graph = Graph.from((await response.json()) as Parameters<typeof Graph.from>[0]);
  const container = document.getElementById('graph')!;
  const start = performance.now();
  const renderer = new Sigma(graph, container);
  const js = performance.now();
  window.benchReadBack();
  window.bare = { renderer, firstFrame: { start, js, drawn: performance.now() } };
  document.body.dataset.state = 'ready';
}

void main();
