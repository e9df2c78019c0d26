/**
 * `npm start` (server/main.ts, with its own Neo4j) under the faults an operator meets, caused for real:
 * its Neo4j SIGKILLed (requests answered 503 at once meanwhile, Neo4j restarted by itself, nothing lost)
 * and a SIGTERM with a query in flight (the query finishes, nothing new is served, everything it started
 * stops, exit 0).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isProcessAlive } from '../server/process-alive.js';
import { PROJECT_DIR } from '../server/runtime.js';

const instance = `test-faults-${process.pid}`;
const instanceDir = path.join(PROJECT_DIR, '.neo4j', instance);
let app: ChildProcess;
let url = '';
let output = '';

function javaPid(): number {
  return (JSON.parse(readFileSync(path.join(instanceDir, 'running.json'), 'utf8')) as { javaPid: number })
    .javaPid;
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what} within ${timeoutMs} ms; log:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    NEO4J_INSTANCE: instance,
    NEO4J_HEAP: '512m',
    LOG_LEVEL: 'info',
    CONSOLE_TIMEOUT_MS: '30000',
    SHUTDOWN_GRACE_MS: '30000',
  };
  delete environment.NEO4J_URI;
  app = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--no-build'], {
    cwd: PROJECT_DIR,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  app.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const port = await until('no port was logged', 30_000, () =>
    Promise.resolve(/Listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1] ?? null),
  );
  url = `http://127.0.0.1:${port}`;
  await until('the app was not ready', 240_000, async () => {
    const response = await fetch(`${url}/api/graph/page?size=10`);
    return response.status === 200 ? true : null;
  });
});

afterAll(async () => {
  if (app.exitCode === null && app.signalCode === null) {
    app.kill('SIGKILL');
    await once(app, 'exit');
  }
  if (existsSync(path.join(instanceDir, 'running.json')) && isProcessAlive(javaPid())) {
    process.kill(javaPid(), 'SIGKILL');
  }
  rmSync(instanceDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  ms: number;
  retryAfter: string | null;
  body: string;
}

async function timed(pathname: string, init?: RequestInit): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url + pathname, init);
  const body = await response.text();
  return {
    status: response.status,
    ms: performance.now() - started,
    retryAfter: response.headers.get('retry-after'),
    body,
  };
}

describe('npm start when its Neo4j is SIGKILLed', () => {
  it('answers 503 at once, restarts Neo4j by itself and loses nothing', async () => {
    const before = JSON.parse((await timed('/api/health')).body) as { counts: Record<string, number> };
    const killed = javaPid();
    process.kill(killed, 'SIGKILL');

    const refused: Answer[] = [];
    const health: Answer[] = [];
    const back = await until('Neo4j was not back', 180_000, async () => {
      const answer = await timed('/api/search?q=NSF');
      if (answer.status === 200) return answer;
      refused.push(answer);
      health.push(await timed('/api/health'));
      return null;
    });

    expect(back.status).toBe(200);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.status).toBe(503);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.ms).toBeLessThan(1_000);
    }
    // Health is asked right after each refused search, so the last probe may already see Neo4j back.
    const outage = health.filter((answer) => answer.status !== 200);
    const states = outage.map((answer) => (JSON.parse(answer.body) as { state?: string }).state);
    expect(states).toContain('restarting');
    for (const answer of outage) {
      expect(answer.status).toBe(503);
      expect(answer.body).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\b|bolt:/);
    }
    expect(javaPid()).not.toBe(killed);
    // Health probes with a short timeout: a Neo4j just restarted on a busy machine may need a moment more.
    const after = await until('health did not recover', 30_000, async () => {
      const answer = await timed('/api/health');
      return answer.status === 200 ? (JSON.parse(answer.body) as { counts: Record<string, number> }) : null;
    });
    expect(after.counts).toEqual(before.counts);
  });
});

describe('npm start when its Neo4j hangs', () => {
  it('answers 503 meanwhile, kills the silent JVM and restarts it', async () => {
    const hung = javaPid();
    // A JVM that runs and does not answer: the process stays, so only silence can tell.
    process.kill(hung, 'SIGSTOP');
    const refused: Answer[] = [];
    const back = await until('the hung Neo4j was not replaced', 180_000, async () => {
      const answer = await timed('/api/search?q=NSF');
      if (answer.status === 200) return answer;
      refused.push(answer);
      return null;
    });
    expect(back.status).toBe(200);
    expect(javaPid()).not.toBe(hung);
    expect(isProcessAlive(hung)).toBe(false);
    // Only the requests let in before the first failed probe waited on the driver.
    const slow = refused.filter((answer) => answer.ms > 1_000);
    expect(slow.length).toBeLessThanOrEqual(2);
    for (const answer of refused) expect(answer.status).toBe(503);
    expect(output).toMatch(/runs but has not answered/);
  });
});

describe('npm start on SIGTERM', () => {
  it('finishes the query in flight, serves nothing new, stops everything it started and exits 0', async () => {
    const neo4jPid = javaPid();
    // Seconds of work for Neo4j, inside the console's limits (CONSOLE_TIMEOUT_MS is 30 s here).
    const sent = performance.now();
    const slow = timed('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query:
          'UNWIND range(1, 60) AS i RETURN sum(reduce(total = 0, x IN range(1, 1000000) | total + x % 7)) AS n',
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const exited = once(app, 'exit');
    app.kill('SIGTERM');
    const signalledAfterMs = performance.now() - sent;
    await new Promise((resolve) => setTimeout(resolve, 200));

    const late = await timed('/api/search?q=NSF').catch((error: unknown) => error as Error);
    if (!(late instanceof Error)) {
      expect(late.status).toBe(503);
      expect(late.retryAfter).not.toBeNull();
    }
    const inFlight = await slow;
    // It was still running when the signal came, and was answered in full.
    expect(inFlight.ms).toBeGreaterThan(signalledAfterMs + 200);
    expect(inFlight.status).toBe(200);
    expect(JSON.parse(inFlight.body)).toMatchObject({ rows: [[60 * 2_999_998]] });

    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(output).not.toMatch(/cut off/);
    expect(isProcessAlive(neo4jPid)).toBe(false);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });
});
