/**
 * What every scenario shares: a fresh app on the base graph (so each one, alone with `--only` or in a
 * full run, measures the same product on the same data), the machine's load while it ran, its checks
 * against the targets, and the clean-up afterwards — every process it started is stopped, also
 * when it failed half-way; a scenario that throws is reported as failed with its error.
 */
import type { App, LogCount } from './app.js';
import type { ScenarioName, StressOptions } from './args.js';
import { startOnBase, type Base, type DataFileInfo } from './base.js';
import { scopedLog, type Log } from './log.js';
import { LoadMeter, type MachineLoad, type OurProcess } from './machine.js';
import type { Processes } from './processes.js';

export interface Check {
  name: string;
  target: string;
  measured: string;
  pass: boolean;
}

export interface ScenarioResult<F = unknown> {
  scenario: ScenarioName;
  startedAt: string;
  finishedAt: string;
  machine: MachineLoad;
  pass: boolean;
  checks: Check[];
  /** Null when the scenario failed before it measured anything. */
  figures: F | null;
  error?: string;
  /** Warnings and errors the scenario's app logged, by message. */
  appLog: Record<string, LogCount>;
}

export interface ScenarioContext {
  options: StressOptions;
  processes: Processes;
  log: Log;
  /** Starts an app on the base graph; it is stopped when the scenario ends, if it still runs. */
  startApp(logLevel: 'info' | 'warn'): Promise<App>;
}

export interface Outcome<F> {
  figures: F;
  checks: Check[];
}

export type Scenario<F> = (context: ScenarioContext) => Promise<Outcome<F>>;

export async function runScenario<F>(
  name: ScenarioName,
  shared: { options: StressOptions; processes: Processes; data: DataFileInfo; onBase: (base: Base) => void },
  scenario: Scenario<F>,
): Promise<ScenarioResult<F>> {
  const log = scopedLog(name);
  const apps: App[] = [];
  const meter = new LoadMeter(() =>
    apps.flatMap((app): OurProcess[] => {
      const jvm = app.javaPid();
      return [
        { label: 'app', pid: app.pid },
        ...(jvm === null ? [] : [{ label: 'neo4j' as const, pid: jvm }]),
      ];
    }),
  );
  const ticking = setInterval(() => meter.tick(), 2_000);
  const startedAt = new Date().toISOString();
  const context: ScenarioContext = {
    options: shared.options,
    processes: shared.processes,
    log,
    async startApp(logLevel) {
      const { app, base } = await startOnBase(
        {
          processes: shared.processes,
          name: `${name}-${apps.length + 1}`,
          logLevel,
          environment: shared.options.appEnv,
          log,
        },
        shared.data,
      );
      apps.push(app);
      shared.onBase(base);
      return app;
    },
  };
  let outcome: Outcome<F> | null = null;
  let error: string | undefined;
  try {
    outcome = await scenario(context);
  } catch (thrown) {
    error = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
    log(`FAILED: ${error}`);
  } finally {
    clearInterval(ticking);
    await shared.processes.stopAll(log);
  }
  const checks = outcome?.checks ?? [];
  const pass = error === undefined && checks.length > 0 && checks.every((check) => check.pass);
  for (const check of checks) {
    log(`${check.pass ? 'pass' : 'FAIL'}: ${check.name}: ${check.measured} (target ${check.target})`);
  }
  return {
    scenario: name,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: meter.finish(),
    pass,
    checks,
    figures: outcome?.figures ?? null,
    ...(error === undefined ? {} : { error }),
    appLog: mergeLogs(apps.map((app) => app.logCounts())),
  };
}

export function check(name: string, target: string, measured: string, pass: boolean): Check {
  return { name, target, measured, pass };
}

function mergeLogs(logs: Record<string, LogCount>[]): Record<string, LogCount> {
  const merged: Record<string, LogCount> = {};
  for (const counts of logs) {
    for (const [message, count] of Object.entries(counts)) {
      const into = (merged[message] ??= { level: count.level, count: 0, errors: [] });
      into.count += count.count;
      for (const error of count.errors) if (!into.errors.includes(error)) into.errors.push(error);
    }
  }
  return merged;
}
