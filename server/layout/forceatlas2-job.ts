/**
 * ForceAtlas2's iterations as a job: run inline for small networks, where one iteration takes
 * milliseconds, and in a worker thread (forceatlas2-worker.ts) for large ones, where one takes up to two
 * seconds and would hold every request of the app that lays its graph out (after healing an import).
 * Same iterations over the same floats either way, so the picture does not depend on where it ran.
 */
import type { Worker } from 'node:worker_threads';

import iterate from 'graphology-layout-forceatlas2/iterate.js';

import { startTsWorker } from '../ts-worker.js';

export interface IterationJob {
  settings: Parameters<typeof iterate>[0];
  nodes: Float32Array;
  edges: Float32Array;
  iterations: number;
  /** Milliseconds after which the run stops, whatever the iterations planned. */
  budgetMs: number;
}

/** From the worker: iterations done so far; with the moved nodes at the end. */
export interface IterationMessage {
  done: number;
  nodes?: Float32Array;
}

/** Institutions plus edges below which iterations run inline. */
const INLINE_LIMIT = 20_000;

/**
 * Runs the job, moving `job.nodes` in place; resolves with the iterations run. `where` overrides the
 * choice by size (the tests compare both).
 */
export async function runIterations(
  job: IterationJob,
  onIteration?: (done: number) => void,
  where?: 'inline' | 'worker',
): Promise<number> {
  const size = job.nodes.length / 10 + job.edges.length / 3;
  const inline = where ? where === 'inline' : size < INLINE_LIMIT;
  return inline ? runInline(job, onIteration) : runInWorker(job, onIteration);
}

async function runInline(job: IterationJob, onIteration?: (done: number) => void): Promise<number> {
  const deadline = performance.now() + job.budgetMs;
  let done = 0;
  while (done < job.iterations && performance.now() < deadline) {
    iterate(job.settings, job.nodes, job.edges);
    done += 1;
    onIteration?.(done);
    // Let the process answer requests between iterations.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
}

function runInWorker(job: IterationJob, onIteration?: (done: number) => void): Promise<number> {
  // The worker gets copies; the moved nodes come back and are copied into the caller's matrix.
  const worker: Worker = startTsWorker(new URL('./forceatlas2-worker.ts', import.meta.url), job);
  return new Promise<number>((resolve, reject) => {
    worker.on('message', (message: IterationMessage) => {
      if (!message.nodes) return onIteration?.(message.done);
      job.nodes.set(message.nodes);
      resolve(message.done);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the layout worker stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
}
