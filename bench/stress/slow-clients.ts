/**
 * Slow clients: normal requests (a few visitors clicking through the explorer, each request on a new
 * connection) are timed, after a warm-up, for `--slow-seconds` alone, then as long again while `--slow-sockets` slowloris
 * sockets (slowloris.ts) hold connections by sending their headers a byte at a time. The server's
 * defence is its timeouts (server/http/server-timeouts.ts: headers within 10 s, checked by Node every
 * 30 s). Target: the normal requests are not starved — every one answered 200, and their p99 with the
 * slow clients at most three times the p99 without (or under 1 s).
 */
import { Random } from '../generator/random.js';
import { request } from './http.js';
import { sleep, type Log } from './log.js';
import { buildRequest, type RequestKind } from './mix.js';
import { check, type Outcome, type ScenarioContext } from './scenario.js';
import { Slowloris, type SlowlorisFigures } from './slowloris.js';
import { Tally, type KindFigures, type Latency } from './tally.js';
import { discoverTargets, type Targets } from './targets.js';

export interface PhaseFigures {
  seconds: number;
  latency: Latency;
  statuses: Record<string, number>;
  byKind: Record<string, KindFigures>;
}

export interface SlowClientsFigures {
  visitors: number;
  without: PhaseFigures;
  with: PhaseFigures;
  slowloris: SlowlorisFigures;
}

/** What a visitor clicks: light reads, each on a connection of its own (a new visitor's first request). */
const KINDS: RequestKind[] = ['search', 'institution', 'neighbourhood', 'agreement', 'graph-page', 'health'];
const VISITORS = 4;
const WARM_UP_S = 10;
/** Between a visitor's requests, as a person reads an answer before the next click. */
const THINK_MS = 100;
const P99_FLOOR_MS = 1_000;
const P99_FACTOR = 3;

export async function slowClientsScenario(context: ScenarioContext): Promise<Outcome<SlowClientsFigures>> {
  const { options, log } = context;
  const app = await context.startApp('info');
  const targets = await discoverTargets(app.url, options.seed);
  const seconds = options.slowSeconds;

  // Unmeasured: the first requests of a fresh Neo4j read from disk, which would weigh on "without" only.
  log(`${VISITORS} visitors for ${WARM_UP_S} s to warm up…`);
  await visit(app.url, targets, WARM_UP_S, `${options.seed}-warm-up`, log);
  log(`${VISITORS} visitors for ${seconds} s without slow clients…`);
  const without = await visit(app.url, targets, seconds, `${options.seed}-without`, log);
  log(`  p50 ${without.latency.p50} ms, p99 ${without.latency.p99} ms`);

  const slowloris = new Slowloris(app.port, options.slowSockets);
  slowloris.start();
  await sleep(2_000);
  log(`${slowloris.connected} slow sockets open; ${VISITORS} visitors for ${seconds} s with them…`);
  const withSlow = await visit(app.url, targets, seconds, `${options.seed}-with`, log, () =>
    log(`  ${slowloris.connected} slow sockets open`),
  );
  const slow = slowloris.stop();
  log(
    `  p50 ${withSlow.latency.p50} ms, p99 ${withSlow.latency.p99} ms; the server dropped ${slow.closedByServer} slow sockets (${JSON.stringify(slow.answers)})`,
  );

  const figures: SlowClientsFigures = { visitors: VISITORS, without, with: withSlow, slowloris: slow };
  const bound = Math.max(P99_FLOOR_MS, P99_FACTOR * without.latency.p99);
  const failed = Object.entries(withSlow.statuses).filter(([status]) => status !== '200');
  return {
    figures,
    checks: [
      check(
        'normal requests answered',
        'all 200 with the slow clients',
        `${withSlow.latency.count} requests: ${describe(withSlow.statuses)}`,
        failed.length === 0 && withSlow.latency.count > 0,
      ),
      check(
        'normal requests not starved',
        `p99 ≤ max(${P99_FLOOR_MS} ms, ${P99_FACTOR}× without)`,
        `p99 ${withSlow.latency.p99} ms with, ${without.latency.p99} ms without (p50 ${withSlow.latency.p50} / ${without.latency.p50} ms)`,
        withSlow.latency.p99 <= bound,
      ),
      check(
        'slow sockets dropped by the server',
        'held no longer than the headers timeout and its check allow (≤ 45 s)',
        slow.closedByServer === 0
          ? 'none dropped during the phase'
          : `${slow.closedByServer} dropped after p50 ${(slow.heldMs.p50 / 1000).toFixed(1)} s, max ${(slow.heldMs.max / 1000).toFixed(1)} s`,
        slow.closedByServer > 0 && slow.heldMs.max <= 45_000,
      ),
    ],
  };
}

/** `VISITORS` loops of one request after another until `seconds` pass. */
async function visit(
  url: string,
  targets: Targets,
  seconds: number,
  seed: string,
  log: Log,
  onTick?: () => void,
): Promise<PhaseFigures> {
  const tally = new Tally();
  const end = Date.now() + seconds * 1000;
  const ticker = setInterval(() => {
    log(`  ${tally.total} requests so far`);
    onTick?.();
  }, 10_000);
  await Promise.all(
    Array.from({ length: VISITORS }, async (_, visitor) => {
      const random = new Random(`${seed}-${visitor}`);
      while (Date.now() < end) {
        const next = buildRequest(random.pick(KINDS), targets, random);
        const answer = await request(url, next.path, {
          method: next.method,
          body: next.body,
          timeoutMs: 30_000,
        });
        tally.record({
          kind: next.kind,
          path: next.path,
          status: answer.status,
          ms: answer.ms,
          retryAfter: answer.headers['retry-after'],
          body: answer.body,
          ...(answer.error ? { error: answer.error } : {}),
        });
        await sleep(THINK_MS);
      }
    }),
  );
  clearInterval(ticker);
  return { seconds, latency: tally.latency(), statuses: tally.statusTotals(), byKind: tally.byKind() };
}

function describe(statuses: Record<string, number>): string {
  return Object.entries(statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
}
