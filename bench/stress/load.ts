/**
 * Load: `--connections` (200) keep-alive connections for `--duration` (60 s) over the whole request mix
 * (mix.ts), after a warm-up of each kind of request a few times. Targets: every answer a 200, a 429 or a
 * 503 with Retry-After (nothing else, and no request left without an answer), and p99 under 3 s.
 */
import { fireMix } from './cannon.js';
import { request } from './http.js';
import { buildRequest, REQUEST_KINDS } from './mix.js';
import { Random } from '../generator/random.js';
import { check, type Outcome, type ScenarioContext } from './scenario.js';
import { sleep } from './log.js';
import { latency, statusLabel, Tally, type KindFigures, type Latency, type Violation } from './tally.js';
import { discoverTargets } from './targets.js';

export interface LoadFigures {
  connections: number;
  seconds: number;
  requestsSent: number;
  answers: number;
  perSecond: number;
  /** autocannon's own histogram of every answer's latency. */
  latency: Latency;
  statuses: Record<string, number>;
  latencyByStatus: Record<string, Latency>;
  byKind: Record<string, KindFigures>;
  violations: Violation[];
  /** Requests autocannon gave up on (no answer within 10 s; also in `byKind`), and other connection errors. */
  timeouts: number;
  connectionErrors: number;
  institutions: number;
  /**
   * GET /api/queries (answered from memory, no database) every 250 ms on a connection of its own: how
   * long the app itself takes to get to a request while under load — its event loop's delay.
   */
  responsiveness: Latency;
}

const P99_TARGET_MS = 3_000;
const WARM_UP_ROUNDS = 3;
const PROBE_EVERY_MS = 250;

export async function loadScenario(context: ScenarioContext): Promise<Outcome<LoadFigures>> {
  const { options, log } = context;
  // warn: an access log line per request would be a good part of what the server does under this load.
  const app = await context.startApp('warn');
  const targets = await discoverTargets(app.url, options.seed);
  log(
    `mix over ${targets.institutions.length.toLocaleString('en')} institutions, ` +
      `${targets.agencies.length} agencies, ${targets.namedQueries.length} named queries`,
  );

  log(`warm-up: every kind of request ${WARM_UP_ROUNDS} times, one at a time…`);
  const random = new Random(`${options.seed}-warm-up`);
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    for (const kind of REQUEST_KINDS) {
      const next = buildRequest(kind, targets, random);
      const answer = await request(app.url, next.path, { method: next.method, body: next.body });
      if (round === 0)
        log(
          `  ${kind}: ${statusLabel({ ...answer, retryAfter: answer.headers['retry-after'] })} in ${answer.ms.toFixed(0)} ms`,
        );
    }
  }

  log(`${options.connections} connections for ${options.duration} s…`);
  const tally = new Tally();
  const firing = fireMix({
    url: app.url,
    connections: options.connections,
    durationSeconds: options.duration,
    targets,
    seed: options.seed,
    onAnswer: (answer) => tally.record(answer),
  });
  let last = 0;
  const progress = setInterval(() => {
    const statuses = Object.entries(tally.statusTotals())
      .map(([label, count]) => `${label}: ${count}`)
      .join(', ');
    log(`  ${tally.total} answers (+${tally.total - last} in 5 s); ${statuses}`);
    last = tally.total;
  }, 5_000);
  const probe = probeResponsiveness(app.url);
  const result = await firing.result.finally(() => clearInterval(progress));
  const responsiveness = await probe.stop();

  const figures: LoadFigures = {
    connections: options.connections,
    seconds: result.duration,
    requestsSent: result.requests.sent,
    answers: tally.total,
    perSecond: Math.round(tally.total / Math.max(result.duration, 1)),
    latency: {
      count: result.requests.total,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    statuses: tally.statusTotals(),
    latencyByStatus: tally.latencyByStatus(),
    byKind: tally.byKind(),
    violations: tally.violations(),
    timeouts: result.timeouts,
    // autocannon counts timeouts among its errors.
    connectionErrors: result.errors - result.timeouts,
    institutions: targets.institutions.length,
    responsiveness,
  };
  const wrong = figures.violations.reduce((sum, v) => sum + v.count, 0);
  return {
    figures,
    checks: [
      check(
        'only 200, 429 or 503 with Retry-After',
        'no other status, every request answered',
        `${wrong} other answers${describeViolations(figures.violations)}; ${figures.connectionErrors} connection errors`,
        wrong === 0 && figures.timeouts === 0 && figures.connectionErrors === 0,
      ),
      check(
        'p99 latency',
        `< ${P99_TARGET_MS / 1000} s`,
        `${figures.latency.p99} ms (p50 ${figures.latency.p50} ms, max ${figures.latency.max} ms)`,
        figures.latency.p99 < P99_TARGET_MS,
      ),
    ],
  };
}

function probeResponsiveness(url: string): { stop(): Promise<Latency> } {
  const times: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const answer = await request(url, '/api/queries', { timeoutMs: 30_000 });
      times.push(answer.ms);
      await sleep(PROBE_EVERY_MS);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latency(times);
    },
  };
}

function describeViolations(violations: Violation[]): string {
  if (violations.length === 0) return '';
  return ` (${violations.map((v) => `${v.kind} ${v.status}: ${v.count}`).join(', ')})`;
}
