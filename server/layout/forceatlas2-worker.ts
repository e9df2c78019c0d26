/**
 * Worker thread entry: ForceAtlas2 iterations over the flat matrices (forceatlas2.ts), a progress message
 * after each, then the node matrix back without copying it.
 */
import { parentPort, workerData } from 'node:worker_threads';

import iterate from 'graphology-layout-forceatlas2/iterate.js';

import type { IterationJob, IterationMessage } from './forceatlas2-job.js';

const job = workerData as IterationJob;
const deadline = performance.now() + job.budgetMs;
let done = 0;
while (done < job.iterations && performance.now() < deadline) {
  iterate(job.settings, job.nodes, job.edges);
  done += 1;
  parentPort!.postMessage({ done } satisfies IterationMessage);
}
parentPort!.postMessage({ done, nodes: job.nodes } satisfies IterationMessage, [
  job.nodes.buffer as ArrayBuffer,
]);
