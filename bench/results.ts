/** Everything one benchmark run measured, as bench/results/latest.json holds it. */
import type { LayoutSummary } from '../server/layout/index.js';
import type { ApiBenchResult } from './api-bench.js';
import type { ClientBenchResult } from './client-bench.js';
import type { ImportBenchResult, LiveImportResult, NaiveBenchResult } from './import-bench.js';
import type { OfflineBenchResult } from './offline-bench.js';
import type { QueryPlan } from './plans.js';

export interface SweepRow {
  agreements: number;
  concurrency: { write: number; derive: number };
  ms: number;
  phasesMs: { validate: number; write: number; derive: number };
  retries: number;
  relationshipsPerSecond: number;
  neo4jCpuMs: number;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    neo4j: string;
    /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
    loadStart: number;
    loadEnd: number;
  };
  options: Record<string, unknown>;
  naive?: NaiveBenchResult;
  imports: ImportBenchResult[];
  sweep?: SweepRow[];
  api?: ApiBenchResult;
  plans?: QueryPlan[];
  client?: ClientBenchResult[];
  /** The stored layout computed after each import, with the wall time of the whole refresh. */
  layouts?: (LayoutSummary & { wallMs: number })[];
  /** The offline first load of each data set. */
  offline?: OfflineBenchResult[];
  /** A tenth more institutions imported into the largest graph while it is live. */
  live?: LiveImportResult;
}
