/**
 * The product as a user starts it: `node --import tsx server/main.ts` in the project, with PORT on a free
 * loopback port, NEO4J_INSTANCE=stress (a Neo4j of its own under .neo4j/stress) and LOG_LEVEL; ready when
 * `/api/health` answers 200. Its output goes to a log file per scenario (bench/data/stress-logs/), and its
 * JSON log lines of level warn and above are counted by message, with a few of their errors: the
 * report's evidence of what the server saw.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

import { freePort } from '../../server/free-port.js';
import { isProcessAlive } from '../../server/process-alive.js';
import { PROJECT_DIR } from '../../server/runtime.js';
import { DATA_DIR } from '../data.js';
import { request } from './http.js';
import { descendsFrom, INSTANCE, runningInstance } from './instance.js';
import { sleep, type Log } from './log.js';
import { describeExit, exitOf, type Exit, type Processes } from './processes.js';

export const LOG_DIR = path.join(DATA_DIR, 'stress-logs');

/** The first start may build the client and fetch Neo4j's jars. */
const READY_TIMEOUT_MS = 600_000;

export interface LogCount {
  level: 'warn' | 'error' | 'fatal';
  count: number;
  /** The first few `err.message`s logged with it. */
  errors: string[];
}

export interface App {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly port: number;
  readonly url: string;
  readonly logFile: string;
  readonly exited: Promise<Exit>;
  /** The Neo4j JVM it runs now, from running.json (a restart changes it). */
  javaPid(): number | null;
  /** Warnings and errors it logged so far, by message. */
  logCounts(): Record<string, LogCount>;
  /** Calls `listener` with each line of its output from now on; returns the unsubscribe. */
  onLine(listener: (line: string) => void): () => void;
}

export interface StartOptions {
  processes: Processes;
  /** Names the log file. */
  name: string;
  logLevel: 'info' | 'warn';
  /** Settings of the user's (`--app-env`), over the defaults; the harness's own are set after them. */
  environment?: Record<string, string>;
  log: Log;
}

export async function startApp(options: StartOptions): Promise<App> {
  const { processes, name, logLevel, log } = options;
  const leftover = runningInstance();
  if (leftover && isProcessAlive(leftover.javaPid)) {
    throw new Error(
      `Neo4j (${INSTANCE}) already runs as pid ${leftover.javaPid}, started by no app of this run: ` +
        'stop it (or the app that runs it) first.',
    );
  }
  const port = await freePort();
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const out = createWriteStream(logFile);
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: logLevel,
    ...options.environment,
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_INSTANCE: INSTANCE,
  };
  // The project's own Neo4j, whatever the shell says.
  delete environment.NEO4J_URI;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: PROJECT_DIR,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  processes.track(child, `the app (${name})`);
  const exited = exitOf(child);

  const listeners = new Set<(line: string) => void>();
  const counts: Record<string, LogCount> = {};
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      out.write(`${line}\n`);
      count(counts, line);
      for (const listener of listeners) listener(line);
    });
  }
  void exited.then(() => out.end());

  const url = `http://127.0.0.1:${port}`;
  log(`app pid ${child.pid} on ${url} (log: ${path.relative(PROJECT_DIR, logFile)})`);
  await waitUntilReady(url, exited, log);
  const running = runningInstance();
  if (!running || !descendsFrom(running.javaPid, child.pid!)) {
    throw new Error(`The app did not start its own Neo4j (${INSTANCE}); see ${logFile}.`);
  }
  processes.trackJvm(running.javaPid);
  return {
    child,
    pid: child.pid!,
    port,
    url,
    logFile,
    exited,
    javaPid: () => runningInstance()?.javaPid ?? null,
    logCounts: () => structuredClone(counts),
    onLine(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Polls /api/health until it answers 200, saying which state the app reports meanwhile. */
async function waitUntilReady(url: string, exited: Promise<Exit>, log: Log): Promise<void> {
  const started = Date.now();
  let gone: Exit | null = null;
  void exited.then((exit) => (gone = exit));
  let said = '';
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (gone) throw new Error(`The app exited before it was ready (${describeExit(gone)}).`);
    const answer = await request(url, '/api/health', { timeoutMs: 5_000 });
    if (answer.status === 200) {
      log(`app ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    const state = answer.error ?? stateOf(answer.body) ?? String(answer.status);
    if (state !== said) log(`  waiting for the app: ${state}`);
    said = state;
    await sleep(500);
  }
  throw new Error(`The app was not ready within ${READY_TIMEOUT_MS / 1000} s.`);
}

/** The `state` of a health problem, if the body is one. */
export function stateOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { state?: unknown };
    return typeof parsed.state === 'string' ? parsed.state : undefined;
  } catch {
    return undefined;
  }
}

const LEVELS = { 40: 'warn', 50: 'error', 60: 'fatal' } as const;
/** Distinct messages kept: past it they are counted under one line. */
const MAX_MESSAGES = 60;

function count(counts: Record<string, LogCount>, line: string): void {
  if (!line.startsWith('{')) return;
  let entry: { level?: number; msg?: string; err?: { message?: string } };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return;
  }
  const level = LEVELS[entry.level as keyof typeof LEVELS] as LogCount['level'] | undefined;
  if (!level) return;
  const text = entry.msg ?? '(no message)';
  const message = text in counts || Object.keys(counts).length < MAX_MESSAGES ? text : '(other messages)';
  const tally = (counts[message] ??= { level, count: 0, errors: [] });
  tally.count += 1;
  const error = entry.err?.message;
  if (error && tally.errors.length < 3 && !tally.errors.includes(error)) tally.errors.push(error);
}
