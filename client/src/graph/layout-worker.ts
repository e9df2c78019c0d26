/**
 * ForceAtlas2 in a web worker (graphology's layout supervisor), with a start/stop switch and a stop of its
 * own once the layout has settled: the mean move per iteration, relative to the drawing's size, falls
 * under a threshold, or an iteration cap is reached. Stopping finishes with a no-overlap pass. The
 * supervisor is created at each start, so a graph that was cleared and reloaded never meets stale
 * matrices.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';

import { finishLayout, layoutSettings } from './layout.js';
import type { CooperationGraph } from './network.js';

export interface LayoutController {
  start: () => void;
  stop: () => void;
  isRunning: () => boolean;
  kill: () => void;
}

export interface LayoutOptions {
  /** Told when the layout starts or stops (by the user or because it settled). */
  onChange: (running: boolean) => void;
  /** The size each node is drawn at, for the no-overlap pass. */
  nodeSize: (node: string) => number;
}

const MIN_ITERATIONS = 30;
const MAX_ITERATIONS = 1_500;
/** Mean move per iteration, as a share of the drawing's span, under which the layout counts as settled. */
const SETTLED = 0.0004;

export function createLayoutController(graph: CooperationGraph, options: LayoutOptions): LayoutController {
  let supervisor: FA2Layout | null = null;
  let iterations = 0;
  let previous = new Map<string, { x: number; y: number }>();

  const snapshot = (): Map<string, { x: number; y: number }> =>
    new Map(graph.mapNodes((node, { x, y }) => [node, { x, y }] as const));

  /** Each message from the worker is one iteration, applied to the graph in one batch. */
  const onIteration = (): void => {
    if (supervisor === null) return;
    iterations += 1;
    let moved = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    graph.forEachNode((node, { x, y }) => {
      const before = previous.get(node);
      if (before !== undefined) moved += Math.hypot(x - before.x, y - before.y);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
    });
    previous = snapshot();
    const span = Math.max(1e-9, maxX - minX);
    const settled = iterations >= MIN_ITERATIONS && moved / Math.max(1, graph.order) / span < SETTLED;
    // Not from inside the supervisor's own update (it still uses its buffers after this returns).
    if (settled || iterations >= MAX_ITERATIONS) window.setTimeout(() => controller.stop(), 0);
  };

  const controller: LayoutController = {
    start() {
      if (supervisor !== null || graph.order < 2) return;
      iterations = 0;
      previous = snapshot();
      supervisor = new FA2Layout(graph, { settings: layoutSettings(graph), getEdgeWeight: 'weight' });
      graph.on('eachNodeAttributesUpdated', onIteration);
      supervisor.start();
      options.onChange(true);
    },
    stop() {
      if (supervisor === null) return;
      graph.off('eachNodeAttributesUpdated', onIteration);
      supervisor.kill();
      supervisor = null;
      finishLayout(graph, options.nodeSize);
      options.onChange(false);
    },
    isRunning: () => supervisor !== null,
    kill() {
      if (supervisor === null) return;
      graph.off('eachNodeAttributesUpdated', onIteration);
      supervisor.kill();
      supervisor = null;
    },
  };
  return controller;
}
