/**
 * Outage: under moderate load (`--outage-connections`, the explorer's reads), the Neo4j JVM the app
 * started is killed with SIGKILL (its pid from .neo4j/stress/running.json), as the kernel's OOM killer
 * would. Measured: how requests are answered meanwhile (503 with Retry-After, in well under a second),
 * what /api/health says (polled every 200 ms: `restarting`, without any internal address), how long until
 * the app serves 200 again by itself (its supervisor restarts Neo4j), and whether the data is all there
 * afterwards (health's counts and the store's totals, before and after).
 */
import { isProcessAlive } from '../../server/process-alive.js';
import { fireMix } from './cannon.js';
import { request } from './http.js';
import { instanceDriver, storeTotals } from './instance.js';
import { ms, sleep } from './log.js';
import type { RequestKind } from './mix.js';
import { waitUntilGone } from './processes.js';
import { stateOf } from './app.js';
import { check, type Outcome, type ScenarioContext } from './scenario.js';
import { latency, statusLabel, Tally, type Answered, type Latency } from './tally.js';
import { discoverTargets } from './targets.js';

export interface HealthSample {
  /** Milliseconds after the kill. */
  t: number;
  status: number;
  state?: string;
  retryAfter?: string;
  ms: number;
  /** An address, port or driver message the body should not carry. */
  leak?: string;
}

export interface OutageFigures {
  connections: number;
  killedPid: number;
  restartedPid: number | null;
  /** Milliseconds after the kill: the first refusal, the last one, the first 200 of the mix again. */
  firstRefusalMs: number | null;
  lastRefusalMs: number | null;
  backMs: number | null;
  healthUpMs: number | null;
  /** Answers from the kill until the mix was served again, by status. */
  duringStatuses: Record<string, number>;
  refusalLatency: Latency;
  withoutRetryAfter: number;
  /** Other answers meanwhile (a 500, a 504), with examples; ms after the kill it was sent, and its latency. */
  otherAnswers: {
    status: string;
    kind: string;
    path: string;
    body: string;
    sentMs: number;
    tookMs: number;
  }[];
  /** Refusals that took a second or more: when they were sent, and how long they took. */
  slowRefusals: { kind: string; sentMs: number; tookMs: number }[];
  healthStates: { state: string; firstMs: number; count: number; retryAfter?: string }[];
  healthLeaks: string[];
  countsBefore: Record<string, number>;
  countsAfter: Record<string, number> | null;
  totalsBefore: { nodes: number; relationships: number };
  totalsAfter: { nodes: number; relationships: number } | null;
}

/** The explorer's reads: each goes through the query layer and its availability gate. */
const KINDS: RequestKind[] = ['graph-page', 'search', 'institution', 'neighbourhood', 'agreement', 'health'];
const BASELINE_MS = 5_000;
/** Requests per second over all connections. */
const OVERALL_RATE = 100;
const RECOVERY_TIMEOUT_MS = 180_000;
/**
 * A 503 while Neo4j is away must come at once, as the app knows it is away; the p99 is held to it (the
 * max and the slow ones are reported: a request let through in a moment Neo4j seemed back waits longer).
 */
const REFUSAL_TARGET_MS = 1_000;
const BACK_TARGET_MS = 120_000;

export async function outageScenario(context: ScenarioContext): Promise<Outcome<OutageFigures>> {
  const { options, log } = context;
  const app = await context.startApp('info');
  const targets = await discoverTargets(app.url, options.seed);
  const health = await request(app.url, '/api/health');
  const countsBefore = (JSON.parse(health.body) as { counts: Record<string, number> }).counts;
  const driver = instanceDriver();
  const totalsBefore = await storeTotals(driver).finally(() => driver.close());

  let killedAt = Number.POSITIVE_INFINITY;
  const answers: (Answered & { sent: number; at: number })[] = [];
  const firing = fireMix({
    url: app.url,
    connections: options.outageConnections,
    // Moderate: clients that hammer a refusing server would take the cores Neo4j restarts on.
    overallRate: OVERALL_RATE,
    durationSeconds: Math.ceil((BASELINE_MS + RECOVERY_TIMEOUT_MS) / 1000) + 30,
    targets,
    seed: `${options.seed}-outage`,
    kinds: KINDS,
    onAnswer(answer) {
      if (answer.at >= killedAt) answers.push({ ...answer, sent: answer.at - answer.ms });
    },
  });

  log(
    `${options.outageConnections} connections of the explorer's reads; ${BASELINE_MS / 1000} s before the kill…`,
  );
  await sleep(BASELINE_MS);
  const killedPid = app.javaPid();
  if (killedPid === null || !isProcessAlive(killedPid)) throw new Error('No Neo4j JVM to kill.');
  killedAt = Date.now();
  process.kill(killedPid, 'SIGKILL');
  log(`SIGKILL to Neo4j (pid ${killedPid})`);
  await waitUntilGone(killedPid, 5_000);

  const samples: HealthSample[] = [];
  let healthUp: number | null = null;
  while (Date.now() - killedAt < RECOVERY_TIMEOUT_MS) {
    const answer = await request(app.url, '/api/health', { timeoutMs: 5_000 });
    const sample: HealthSample = {
      t: answer.at - killedAt,
      status: answer.status,
      ms: ms(answer.ms),
      ...(stateOf(answer.body) ? { state: stateOf(answer.body) } : {}),
      ...(answer.headers['retry-after'] ? { retryAfter: String(answer.headers['retry-after']) } : {}),
      ...(leakIn(answer.body, app.port) ? { leak: leakIn(answer.body, app.port) } : {}),
    };
    samples.push(sample);
    if (samples.length % 25 === 1) {
      log(
        `  +${(sample.t / 1000).toFixed(1)} s: health ${sample.status} ${sample.state ?? ''}; ${answers.length} answers since the kill`,
      );
    }
    if (answer.status === 200) {
      healthUp = sample.t;
      break;
    }
    await sleep(200);
  }
  // A few seconds more, for the mix's own first 200s.
  await sleep(3_000);
  firing.stop();
  await firing.result;
  const seen = timeline(answers, killedAt);
  log(
    seen.back === null
      ? 'the app did not serve the mix again in time'
      : `served again ${(seen.back / 1000).toFixed(1)} s after the kill`,
  );

  const restartedPid = app.javaPid();
  if (restartedPid !== null) context.processes.trackJvm(restartedPid);
  let countsAfter: Record<string, number> | null = null;
  let totalsAfter: OutageFigures['totalsAfter'] = null;
  if (healthUp !== null) {
    const after = await request(app.url, '/api/health');
    countsAfter = (JSON.parse(after.body) as { counts: Record<string, number> }).counts;
    const again = instanceDriver();
    totalsAfter = await storeTotals(again).finally(() => again.close());
  }

  const figures: OutageFigures = {
    connections: options.outageConnections,
    killedPid,
    restartedPid,
    ...seen.figures,
    healthUpMs: healthUp,
    healthStates: summarise(samples),
    healthLeaks: [...new Set(samples.flatMap((s) => (s.leak ? [s.leak] : [])))],
    countsBefore,
    countsAfter,
    totalsBefore,
    totalsAfter,
  };
  return { figures, checks: checks(figures) };
}

/**
 * Reads the answers since the kill: refusals are the 503s, and the app is back at the first 200 of a
 * request sent after the last refusal was sent (an earlier one may have been answered from memory).
 */
function timeline(answers: (Answered & { sent: number; at: number })[], killedAt: number) {
  const refused = answers.filter((a) => a.status === 503);
  const lastRefusalSent = refused.reduce((latest, a) => Math.max(latest, a.sent), killedAt);
  const backAnswer = answers
    .filter((a) => a.status === 200 && a.sent > lastRefusalSent)
    .sort((a, b) => a.at - b.at)[0];
  const backAt = backAnswer?.at ?? Number.POSITIVE_INFINITY;
  const during = new Tally();
  const other: OutageFigures['otherAnswers'] = [];
  for (const answer of answers) {
    if (answer.at > backAt) continue;
    during.record(answer);
    if (answer.status !== 200 && answer.status !== 503 && other.length < 10) {
      other.push({
        status: statusLabel(answer),
        kind: answer.kind,
        path: answer.path,
        body: answer.body.slice(0, 300),
        sentMs: Math.round(answer.sent - killedAt),
        tookMs: Math.round(answer.ms),
      });
    }
  }
  const back = backAnswer ? backAnswer.at - killedAt : null;
  return {
    back,
    figures: {
      firstRefusalMs: refused[0] ? refused[0].at - killedAt : null,
      lastRefusalMs: refused.at(-1) ? refused.at(-1)!.at - killedAt : null,
      backMs: back,
      duringStatuses: during.statusTotals(),
      refusalLatency: latency(refused.map((a) => a.ms)),
      withoutRetryAfter: refused.filter((a) => a.retryAfter === undefined).length,
      otherAnswers: other,
      slowRefusals: refused
        .filter((a) => a.ms >= REFUSAL_TARGET_MS)
        .slice(0, 10)
        .map((a) => ({ kind: a.kind, sentMs: Math.round(a.sent - killedAt), tookMs: Math.round(a.ms) })),
    },
  };
}

function checks(f: OutageFigures) {
  const otherCount = Object.entries(f.duringStatuses)
    .filter(([label]) => label !== '200' && label !== '503+Retry-After' && label !== '429')
    .reduce((sum, [, count]) => sum + count, 0);
  const restarting = f.healthStates.some((s) => s.state === 'restarting');
  const countsEqual =
    f.countsAfter !== null &&
    JSON.stringify(f.countsBefore) === JSON.stringify(f.countsAfter) &&
    JSON.stringify(f.totalsBefore) === JSON.stringify(f.totalsAfter);
  return [
    check(
      'requests while Neo4j is away',
      `503 with Retry-After, p99 < ${REFUSAL_TARGET_MS} ms`,
      `${f.refusalLatency.count} refusals, p50 ${f.refusalLatency.p50} ms, p99 ${f.refusalLatency.p99} ms, max ${f.refusalLatency.max} ms; ${f.withoutRetryAfter} without Retry-After; ${otherCount} other answers`,
      f.refusalLatency.count > 0 &&
        f.refusalLatency.p99 < REFUSAL_TARGET_MS &&
        f.withoutRetryAfter === 0 &&
        otherCount === 0,
    ),
    check(
      'health meanwhile',
      '`restarting`, no internal address',
      `${f.healthStates.map((s) => `${s.state} from +${(s.firstMs / 1000).toFixed(1)} s`).join(', ')}; ${f.healthLeaks.length === 0 ? 'no address' : `leaks: ${f.healthLeaks.join(', ')}`}`,
      restarting && f.healthLeaks.length === 0,
    ),
    check(
      'back by itself',
      `200 again within ${BACK_TARGET_MS / 1000} s`,
      f.backMs === null
        ? 'not within the wait'
        : `${(f.backMs / 1000).toFixed(1)} s after the kill (health up at ${((f.healthUpMs ?? 0) / 1000).toFixed(1)} s)`,
      f.backMs !== null && f.backMs < BACK_TARGET_MS,
    ),
    check(
      'data all there',
      'counts and store totals equal',
      f.totalsAfter === null
        ? 'not measured (never back)'
        : `${f.totalsBefore.nodes} → ${f.totalsAfter.nodes} nodes, ${f.totalsBefore.relationships} → ${f.totalsAfter.relationships} relationships`,
      countsEqual,
    ),
  ];
}

/** Health's states in the order they came, with the first time each was seen. */
function summarise(samples: HealthSample[]): OutageFigures['healthStates'] {
  const states: OutageFigures['healthStates'] = [];
  for (const sample of samples) {
    const state = sample.status === 200 ? 'up' : (sample.state ?? `status ${sample.status}`);
    const last = states.at(-1);
    if (last?.state === state) last.count += 1;
    else
      states.push({
        state,
        firstMs: sample.t,
        count: 1,
        ...(sample.retryAfter ? { retryAfter: sample.retryAfter } : {}),
      });
  }
  return states;
}

/** An address, a port or the driver's words in an answer meant for anyone. */
function leakIn(body: string, appPort: number): string | undefined {
  const patterns = [
    /bolt:\/\/\S+/i,
    /\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/,
    /localhost:\d+/i,
    /\bport \d+/i,
    /ServiceUnavailable|ECONNREFUSED/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(body);
    if (match && match[0] !== String(appPort)) return match[0];
  }
  return undefined;
}
