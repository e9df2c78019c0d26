/**
 * Runs cooperationMetrics off the event loop for networks large enough to block it (Louvain and sampled
 * betweenness take seconds at 50,000 institutions), inline for small ones, where a thread would cost more
 * than the work.
 */
import { startTsWorker } from '../../ts-worker.js';
import { cooperationMetrics, type MetricsInput, type MetricsOutput } from './cooperation-metrics.js';

/** Institutions plus edges below which the metrics are computed inline: a few milliseconds. */
const INLINE_LIMIT = 5_000;

export function computeMetrics(input: MetricsInput): Promise<MetricsOutput> {
  if (input.ids.length + input.sources.length < INLINE_LIMIT) {
    return Promise.resolve(cooperationMetrics(input));
  }
  const worker = startTsWorker(new URL('./metrics-worker.ts', import.meta.url), input);
  return new Promise<MetricsOutput>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the metrics worker stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
}
