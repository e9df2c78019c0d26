/** Worker thread entry: computes one network's metrics and posts them back without copying the arrays. */
import { parentPort, workerData } from 'node:worker_threads';

import { cooperationMetrics, type MetricsInput } from './cooperation-metrics.js';

const output = cooperationMetrics(workerData as MetricsInput);
parentPort!.postMessage(output, [output.degree.buffer, output.betweenness.buffer, output.community.buffer]);
