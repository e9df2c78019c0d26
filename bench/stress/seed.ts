/**
 * `npm run seed -- <file>` as a user types it, against the stress instance: while the app runs it joins
 * the app's Neo4j (LocalNeo4j.running). It runs in a process group of its own (npm → sh → tsx → node),
 * so that one signal reaches the importer itself and not only npm. Its progress lines ("write: 12,000 /
 * 40,000 records written") are parsed as they come, for the caller to watch.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

import { PROJECT_DIR } from '../../server/runtime.js';
import { LOG_DIR } from './app.js';
import { INSTANCE } from './instance.js';
import { exitOf, type Exit, type Processes } from './processes.js';

export interface SeedProgress {
  phase: 'validate' | 'write' | 'derive' | 'layout' | 'other';
  done?: number;
  total?: number;
  /** The message as logged. */
  text: string;
}

export interface SeedRun {
  child: ChildProcess;
  exited: Promise<Exit>;
  /** Whether it said it joined the running app's Neo4j rather than starting one. */
  joined(): boolean;
}

export function runSeed(options: {
  file: string;
  processes: Processes;
  /** Names the log file. */
  name: string;
  onProgress: (progress: SeedProgress) => void;
}): SeedRun {
  mkdirSync(LOG_DIR, { recursive: true });
  const out = createWriteStream(path.join(LOG_DIR, `${options.name}.log`));
  const environment: NodeJS.ProcessEnv = { ...process.env, NEO4J_INSTANCE: INSTANCE, LOG_LEVEL: 'info' };
  delete environment.NEO4J_URI;
  const child = spawn('npm', ['run', 'seed', '--', options.file], {
    cwd: PROJECT_DIR,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  options.processes.track(child, `npm run seed (${options.name})`, true);
  const exited = exitOf(child);
  let joined = false;
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      out.write(`${line}\n`);
      const text = messageOf(line);
      if (text.includes('already running')) joined = true;
      options.onProgress(parseProgress(text));
    });
  }
  void exited.then(() => out.end());
  return { child, exited, joined: () => joined };
}

/** The `msg` of a pino JSON line, or the line itself. */
function messageOf(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const { msg } = JSON.parse(line) as { msg?: unknown };
    return typeof msg === 'string' ? msg : line;
  } catch {
    return line;
  }
}

/** The bulk importer's and the layout's progress lines (server/progress.ts), numbers read back. */
function parseProgress(text: string): SeedProgress {
  const match = /^\s*(validate|write|derive): ([\d,]+)(?: \/ ([\d,]+))?/.exec(text);
  if (match) {
    return {
      phase: match[1] as SeedProgress['phase'],
      done: number(match[2]!),
      ...(match[3] ? { total: number(match[3]) } : {}),
      text: text.trim(),
    };
  }
  return { phase: /layout|Laying/i.test(text) ? 'layout' : 'other', text: text.trim() };
}

function number(text: string): number {
  return Number(text.replaceAll(',', ''));
}
