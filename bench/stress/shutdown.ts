/**
 * Shutdown: a slow console query (a couple of seconds, calibrated on this machine, within the console's
 * 3 s limit) and a few normal requests are in flight when the app gets SIGTERM, as `kill <pid>` or a
 * process manager sends it. Measured: whether the in-flight requests finished (the slow one with its
 * 200), what new requests got meanwhile (a refused connection, or a 503 on a connection already open),
 * the exit code (0 after a clean stop), and that nothing is left: the app's pid, its Neo4j's pid, the
 * HTTP port and the Bolt port all gone.
 */
import http from 'node:http';

import { isProcessAlive } from '../../server/process-alive.js';
import { request, listening, type Answer } from './http.js';
import { runningInstance } from './instance.js';
import { ms, sleep, type Log } from './log.js';
import { describeExit } from './processes.js';
import { check, type Outcome, type ScenarioContext } from './scenario.js';
import { discoverTargets } from './targets.js';

export interface ShutdownFigures {
  slowQuery: { n: number; calibratedMs: number };
  /** The same requests just before, without a signal. */
  control: {
    slow: { status: number | string; ms: number };
    normal: { status: number | string; ms: number }[];
  };
  slow: { status: number | string; ms: number; finishedAfterSigtermMs: number };
  inFlight: { path: string; status: number | string; ms: number; finishedAfterSigtermMs: number }[];
  /** Requests sent after SIGTERM, by what they got. */
  newRequests: Record<string, number>;
  /** On a keep-alive connection opened before SIGTERM. */
  openConnection: string;
  exit: string;
  exitCode: number | null;
  exitAfterMs: number;
  appGone: boolean;
  jvmGone: boolean;
  httpPortClosed: boolean;
  boltPortClosed: boolean;
}

/** Counts to a parameter: it streams row by row, so Neo4j's timeout can stop it, and it scales linearly. */
const SLOW_QUERY = 'UNWIND range(1, $n) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS matching';
/** Long enough to be well in flight at SIGTERM, short enough to stay inside the console's 3 s. */
const SLOW_TARGET_MS = 1_200;
/**
 * After the slow query starts: the normal requests, then the signal, late enough for the server to have
 * read them on a busy machine (one it had not read yet gets the draining 503, as any new request).
 */
const NORMAL_AFTER_MS = 300;
const SIGNAL_AFTER_MS = 450;
const CONSOLE_TIMEOUT_MS = 3_000;
const EXIT_TIMEOUT_MS = 60_000;

export async function shutdownScenario(context: ScenarioContext): Promise<Outcome<ShutdownFigures>> {
  const { options, log } = context;
  const app = await context.startApp('info');
  const targets = await discoverTargets(app.url, options.seed);
  const paths = [
    `/api/institutions/${targets.institutions[0]!.id}`,
    `/api/institutions/${targets.institutions[1]!.id}/neighbourhood`,
    `/api/search?q=${encodeURIComponent(targets.searchTerms[0]!)}`,
    '/api/agreements?limit=20',
  ];
  let slowQuery = await calibrate(app.url, log);
  // The same requests once without a signal: they warm up, and show what this machine makes of them now.
  let control = await batch(app.url, slowQuery.n, paths);
  if (control.slow.status === 504) {
    slowQuery = { n: Math.round(slowQuery.n / 2), calibratedMs: Math.round(slowQuery.calibratedMs / 2) };
    control = await batch(app.url, slowQuery.n, paths);
  }
  log(
    `control (no signal): slow query ${outcome(control.slow)} in ${control.slow.ms.toFixed(0)} ms; normal ${control.normal.map(outcome).join(', ')}`,
  );
  const jvm = runningInstance();
  if (!jvm) throw new Error('No Neo4j is running for the app.');

  // A browser's idle keep-alive connection, opened before the signal.
  const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
  await request(app.url, '/api/health', { agent: keepAlive });

  log(
    `slow console query (n = ${slowQuery.n.toLocaleString('en')}) and ${paths.length} normal requests, then SIGTERM…`,
  );
  let sigtermAt = 0;
  const running = batch(app.url, slowQuery.n, paths, () => {
    sigtermAt = Date.now();
    process.kill(app.pid, 'SIGTERM');
  });

  const newAnswers: Answer[] = [];
  let exited = false;
  void app.exited.then(() => (exited = true));
  await sleep(SIGNAL_AFTER_MS + 20);
  const probing = (async () => {
    while (!exited && Date.now() - sigtermAt < EXIT_TIMEOUT_MS) {
      newAnswers.push(
        await request(app.url, `/api/institutions/${targets.institutions[2]!.id}`, { timeoutMs: 5_000 }),
      );
      await sleep(100);
    }
  })();
  const onOpen = await request(app.url, '/api/health', { agent: keepAlive, timeoutMs: 5_000 });
  keepAlive.destroy();

  const { slow, normal } = await running;
  const exitTimer = setTimeout(() => void context.processes.stop(app.child, 0), EXIT_TIMEOUT_MS);
  const exit = await app.exited;
  clearTimeout(exitTimer);
  const exitAfterMs = Date.now() - sigtermAt;
  await probing;
  log(`app exited ${(exitAfterMs / 1000).toFixed(1)} s after SIGTERM (${describeExit(exit)})`);

  const after = (answer: Answer): number => Math.round(answer.at + answer.ms - sigtermAt);
  const figures: ShutdownFigures = {
    slowQuery,
    control: {
      slow: { status: outcome(control.slow), ms: ms(control.slow.ms) },
      normal: control.normal.map((answer) => ({ status: outcome(answer), ms: ms(answer.ms) })),
    },
    slow: { status: outcome(slow), ms: ms(slow.ms), finishedAfterSigtermMs: after(slow) },
    inFlight: normal.map((answer, i) => ({
      path: paths[i]!,
      status: outcome(answer),
      ms: ms(answer.ms),
      finishedAfterSigtermMs: after(answer),
    })),
    newRequests: countBy(newAnswers.map(outcome)),
    openConnection: String(outcome(onOpen)),
    exit: describeExit(exit),
    exitCode: exit.code,
    exitAfterMs,
    appGone: !isProcessAlive(app.pid),
    jvmGone: !isProcessAlive(jvm.javaPid),
    httpPortClosed: !(await listening(app.port)),
    boltPortClosed: !(await listening(jvm.boltPort)),
  };
  return { figures, checks: checks(figures) };
}

/**
 * The slow query, then the normal requests while it runs, then (when given) the signal while all are in
 * flight; resolves when every one is answered.
 */
async function batch(
  url: string,
  n: number,
  paths: string[],
  signal?: () => void,
): Promise<{ slow: Answer; normal: Answer[] }> {
  const slow = request(url, '/api/cypher', {
    method: 'POST',
    body: { query: SLOW_QUERY, params: { n }, timeoutMs: CONSOLE_TIMEOUT_MS },
  });
  await sleep(NORMAL_AFTER_MS);
  const normal = paths.map((path) => request(url, path));
  await sleep(SIGNAL_AFTER_MS - NORMAL_AFTER_MS);
  signal?.();
  return { slow: await slow, normal: await Promise.all(normal) };
}

function checks(f: ShutdownFigures) {
  // A 503 here is the draining refusal of a request the server had not read when the signal came.
  const normalOk = f.inFlight.every((r) => r.status === 200 || r.status === 503);
  return [
    check(
      'in-flight requests finished',
      'the slow query 200; the normal ones answered (200, or 503 if read after the signal)',
      `slow query ${f.slow.status} after ${f.slow.ms} ms (${f.slow.finishedAfterSigtermMs} ms after SIGTERM); normal: ${f.inFlight.map((r) => r.status).join(', ')}`,
      f.slow.status === 200 && normalOk,
    ),
    check('exit code', '0', `${f.exit} after ${(f.exitAfterMs / 1000).toFixed(1)} s`, f.exitCode === 0),
    check(
      'nothing left',
      'app and JVM pids gone, HTTP and Bolt ports closed',
      `app ${f.appGone ? 'gone' : 'ALIVE'}, JVM ${f.jvmGone ? 'gone' : 'ALIVE'}, HTTP port ${f.httpPortClosed ? 'closed' : 'OPEN'}, Bolt port ${f.boltPortClosed ? 'closed' : 'OPEN'}`,
      f.appGone && f.jvmGone && f.httpPortClosed && f.boltPortClosed,
    ),
  ];
}

/**
 * Finds the `n` that makes the slow query take about SLOW_TARGET_MS on this machine now: time grows
 * linearly with it, so a few tries suffice (each costs one of the console's ten rate tokens; the control
 * and the real run take two or three more).
 */
async function calibrate(url: string, log: Log): Promise<{ n: number; calibratedMs: number }> {
  let n = 10_000_000;
  let measured: { n: number; calibratedMs: number } | null = null;
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    const answer = await request(url, '/api/cypher', {
      method: 'POST',
      body: { query: SLOW_QUERY, params: { n }, timeoutMs: CONSOLE_TIMEOUT_MS },
    });
    if (answer.status === 504) {
      n = Math.round(n / 3);
      continue;
    }
    if (answer.status !== 200) {
      throw new Error(`The slow query answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    }
    measured = { n, calibratedMs: Math.round(answer.ms) };
    log(`  calibration: n = ${n.toLocaleString('en')} took ${measured.calibratedMs} ms`);
    if (answer.ms > SLOW_TARGET_MS * 0.8 && answer.ms < SLOW_TARGET_MS * 1.3) break;
    n = Math.round((n * SLOW_TARGET_MS) / Math.max(answer.ms, 50));
  }
  if (!measured) throw new Error('The slow query timed out at every size tried.');
  return measured;
}

function outcome(answer: Answer): number | string {
  return answer.status === 0 ? (answer.error ?? 'error') : answer.status;
}

function countBy(values: (number | string)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}
