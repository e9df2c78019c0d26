/**
 * `npm run stress -- --only load --duration 10`: drives the real product (the app as `npm start` runs it,
 * with a Neo4j of its own under .neo4j/stress) through operational scenarios on loopback — load, a Neo4j
 * crash, a shutdown, an interrupted import, slow clients — and writes bench/results/stress.md and
 * stress.json. See bench/README.md. Exits 1 when a scenario missed a target or failed to run.
 */
import { parseStressArgs, type ScenarioName } from './args.js';
import { cachedDataFile, type Base } from './base.js';
import { importScenario } from './interrupted-import.js';
import { loadScenario } from './load.js';
import { scopedLog } from './log.js';
import { uptimeText } from './machine.js';
import { outageScenario } from './outage.js';
import { Processes } from './processes.js';
import { writeStressResults } from './report.js';
import { runScenario, type Scenario } from './scenario.js';
import { shutdownScenario } from './shutdown.js';
import { slowClientsScenario } from './slow-clients.js';

const SCENARIO_RUNS: Record<ScenarioName, Scenario<unknown>> = {
  load: loadScenario,
  outage: outageScenario,
  shutdown: shutdownScenario,
  'slow-clients': slowClientsScenario,
  import: importScenario,
};

const log = scopedLog('stress');
const SAME_SIGNAL_MS = 2_000;
const processes = new Processes();

async function main(): Promise<void> {
  const options = parseStressArgs(process.argv.slice(2));
  installCleanup();
  log(`scenarios: ${options.only.join(', ')}; machine: ${uptimeText()}`);
  const data = await cachedDataFile(options.institutions, options.seed, '', scopedLog('data'));
  let base: Base | undefined;
  let failed = 0;
  for (const name of options.only) {
    log(`— ${name} —`);
    const result = await runScenario(
      name,
      { options, processes, data, onBase: (found) => (base = found) },
      SCENARIO_RUNS[name],
    );
    if (!result.pass) failed += 1;
    // After each scenario, so an interrupted run keeps what it measured.
    const written = await writeStressResults({ options, base, data, result });
    log(`${name}: ${result.pass ? 'pass' : 'FAIL'}; wrote ${written.join(', ')}`);
  }
  log(`${options.only.length - failed} of ${options.only.length} scenarios passed; machine: ${uptimeText()}`);
  process.exitCode = failed > 0 ? 1 : 0;
}

/**
 * Ctrl-C or a kill stops everything this run started before the script exits; another one later kills
 * at once. One Ctrl-C arrives more than once (from the terminal, and relayed by npm and tsx), so signals
 * within a moment of the first count as that one.
 */
function installCleanup(): void {
  let stoppingSince: number | null = null;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stoppingSince !== null) {
        if (Date.now() - stoppingSince < SAME_SIGNAL_MS) return;
        processes.killAllNow();
        process.exit(130);
      }
      stoppingSince = Date.now();
      log(`${signal}: stopping every process this run started…`);
      void processes.stopAll(log).finally(() => process.exit(130));
    });
  }
  process.on('exit', () => processes.killAllNow());
}

main().catch(async (error: unknown) => {
  console.error(error);
  await processes.stopAll(log);
  process.exit(1);
});
