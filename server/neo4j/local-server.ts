/**
 * A real Neo4j Community server run as a child process, for machines without Docker, CI and tests.
 *
 * Each instance lives in `.neo4j/<instance>/` (configuration, data, logs and its generated password) and
 * shares the jar cache. The JVM runs under a small shell guard that stops it when our stdin pipe closes, so
 * no orphan JVM survives the app or a test run, even when Node itself is killed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

import neo4j from 'neo4j-driver';
import type { Logger } from 'pino';

import { freePort } from '../free-port.js';
import { isProcessAlive } from '../process-alive.js';
import { ensureNeo4jJars } from './jars.js';
import { localNeo4jConf } from './local-conf.js';
import { checkJava, javaExecutable } from './toolchain.js';

export interface LocalNeo4jOptions {
  /** The project's root: holds `neo4j/pom.xml` and the git-ignored `.neo4j/` folder. */
  projectDir: string;
  /** Instances are independent servers with their own data: `default` for the app, others for tests. */
  instance: string;
  /** Start from an empty database, and delete the instance when it stops (tests). */
  ephemeral?: boolean;
  heap?: string;
  pageCache?: string;
  logger: Logger;
}

const USER = 'neo4j';
/** Written while the server runs: how another process of the project finds it. */
const RUNNING_FILE = 'running.json';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

// Flags Neo4j's own launcher passes; started from the jars, we pass them ourselves.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/sun.net.www.protocol.http=ALL-UNNAMED',
];

/**
 * Runs the command given as arguments with its output appended to $NEO4J_LOG, prints its pid, and
 * stops it (SIGTERM: Neo4j shuts down cleanly) when stdin reaches end of file or a signal arrives. Exits
 * when the command does, with its status.
 */
const GUARD_SCRIPT = `
"$@" >>"$NEO4J_LOG" 2>&1 </dev/null &
child=$!
echo "$child"
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
exec 3<&0
( cat <&3 >/dev/null; kill -TERM "$child" 2>/dev/null ) &
watcher=$!
status=0
while kill -0 "$child" 2>/dev/null; do wait "$child"; status=$?; done
kill "$watcher" 2>/dev/null
exit "$status"
`;

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

export class LocalNeo4j implements RunningNeo4j {
  readonly user = USER;
  private guard: ChildProcess | null = null;
  private javaPid: number | null = null;
  /** Set while stop() runs: the exit that follows is asked for, not a crash. */
  private stopping = false;
  private readonly exitListeners = new Set<(description: string) => void>();

  private constructor(
    private readonly options: LocalNeo4jOptions,
    private readonly libDir: string,
    private readonly home: string,
    readonly boltPort: number,
    readonly password: string,
  ) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.boltPort}`;
  }

  private get runningFile(): string {
    return path.join(this.home, RUNNING_FILE);
  }

  get logFile(): string {
    return path.join(this.home, 'logs', 'console.log');
  }

  /** Where the server keeps its databases: `databases/<name>` and `transactions/<name>` below it. */
  get dataDir(): string {
    return path.join(this.home, 'data');
  }

  /** A folder of the instance's own for work files (the offline import's CSV files, its new store). */
  workDir(name: string): string {
    return path.join(this.home, name);
  }

  /**
   * Runs `neo4j-admin` (the jars' AdminTool) on this instance's home and configuration, handing each
   * line it prints to `onLine`; rejects with its last lines when it fails. For commands that need the
   * server stopped, such as `database import full`.
   */
  admin(args: string[], onLine: (line: string) => void, heap = '1g'): Promise<void> {
    const child = spawn(javaExecutable(), [`-Xmx${heap}`, ...JVM_FLAGS, ...this.adminTool(args)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: this.adminEnvironment(),
    });
    const last: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        // Its messages, not Java's stack frames, say what went wrong.
        if (!/^\s+(at |\.\.\. \d+ more)/.test(line)) last.push(line);
        if (last.length > 20) last.shift();
        onLine(line);
      });
    }
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        if (code === 0) resolve();
        else
          reject(
            new Error(
              `neo4j-admin ${args.slice(0, 3).join(' ')} failed (${signal ?? `exit code ${code}`}):\n` +
                last.join('\n'),
            ),
          );
      });
    });
  }

  /** The JVM's process id while it runs. */
  get pid(): number | null {
    return this.javaPid;
  }

  /**
   * Called the moment a server that was up exits without stop() having asked it to (a crash, a kill, the
   * out-of-memory exit), with how it ended. The supervisor (supervisor.ts) restarts it.
   */
  onUnexpectedExit(listener: (description: string) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  /**
   * The instance another process of ours already runs (the app, while `npm run seed` wants the same
   * data), or null. Its stop() leaves it running: it belongs to that other process.
   */
  static running(options: Pick<LocalNeo4jOptions, 'projectDir' | 'instance'>): RunningNeo4j | null {
    const file = path.join(options.projectDir, '.neo4j', options.instance, RUNNING_FILE);
    if (!existsSync(file)) return null;
    const { boltPort, javaPid } = JSON.parse(readFileSync(file, 'utf8')) as {
      boltPort: number;
      javaPid: number;
    };
    if (!isProcessAlive(javaPid)) return null;
    const password = readFileSync(
      path.join(options.projectDir, '.neo4j', options.instance, 'password'),
      'utf8',
    ).trim();
    return { uri: `bolt://127.0.0.1:${boltPort}`, user: USER, password, stop: () => Promise.resolve() };
  }

  /** Fetches the jars when needed, prepares the instance folder and starts the server. */
  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const server = await LocalNeo4j.prepare(options);
    await server.start();
    return server;
  }

  /**
   * Everything but starting: the jars, the instance folder, a port and the password, so a caller knows
   * where the server will be (and can stop it) before it answers.
   */
  static async prepare(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    checkJava();
    const cacheDir = path.join(options.projectDir, '.neo4j');
    const libDir = await ensureNeo4jJars(
      path.join(options.projectDir, 'neo4j', 'pom.xml'),
      cacheDir,
      options.logger,
    );
    const home = path.join(cacheDir, options.instance);
    if (options.ephemeral) rmSync(home, { recursive: true, force: true });
    for (const dir of ['conf', 'data', 'logs', 'import'])
      mkdirSync(path.join(home, dir), { recursive: true });

    return new LocalNeo4j(options, libDir, home, await freePort(), readOrCreatePassword(home));
  }

  /** Starts (or restarts, on the same port and data) the server and waits until Bolt answers. */
  async start(): Promise<void> {
    if (this.guard) return;
    this.stopping = false;
    const { logger } = this.options;
    writeFileSync(
      path.join(this.home, 'conf', 'neo4j.conf'),
      localNeo4jConf({
        boltPort: this.boltPort,
        dataDir: path.join(this.home, 'data'),
        logsDir: path.join(this.home, 'logs'),
        importDir: path.join(this.home, 'import'),
        pageCache: this.options.pageCache ?? '256m',
      }),
    );
    this.setInitialPassword();

    logger.info(`Starting Neo4j (${this.options.instance}) on ${this.uri}…`);
    const started = Date.now();
    const guard = spawn(
      '/bin/sh',
      [
        '-c',
        GUARD_SCRIPT,
        'neo4j-guard',
        javaExecutable(),
        `-Xmx${this.options.heap ?? '1g'}`,
        ...JVM_FLAGS,
        '-cp',
        path.join(this.libDir, '*'),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.home}`,
        `--config-dir=${path.join(this.home, 'conf')}`,
        '--console-mode',
      ],
      { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NEO4J_LOG: this.logFile } },
    );
    this.guard = guard;
    let up = false;
    guard.on('exit', (code, signal) => {
      if (this.guard !== guard) return;
      this.guard = null;
      if (!up || this.stopping) return;
      // The guard exits with the JVM; its status is the JVM's (137 after SIGKILL, 3 after an OOM exit).
      const description = signal ? `signal ${signal}` : `exit code ${code}`;
      for (const listener of this.exitListeners) listener(description);
    });
    this.javaPid = await firstLineAsPid(guard);
    await this.waitForBolt(started);
    up = true;
    writeFileSync(this.runningFile, JSON.stringify({ boltPort: this.boltPort, javaPid: this.javaPid }));
    logger.info(`Neo4j is up after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }

  /** Stops the server cleanly, waiting for the JVM to exit; kills it if it hangs. */
  async stop(): Promise<void> {
    const guard = this.guard;
    if (!guard) return;
    this.stopping = true;
    const exited = new Promise<void>((resolve) => guard.once('exit', () => resolve()));
    guard.stdin?.end();
    const timer = setTimeout(() => {
      this.options.logger.warn('Neo4j did not stop in time; killing it.');
      if (this.javaPid) process.kill(this.javaPid, 'SIGKILL');
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    rmSync(this.runningFile, { force: true });
  }

  /** Stops the server and, for an ephemeral instance, deletes its folder. */
  async dispose(): Promise<void> {
    await this.stop();
    if (this.options.ephemeral) rmSync(this.home, { recursive: true, force: true });
    this.guard = null;
    this.javaPid = null;
  }

  /** The JVM arguments of `neo4j-admin <args>`, run from the jars. */
  private adminTool(args: string[]): string[] {
    return ['-cp', path.join(this.libDir, '*'), 'org.neo4j.cli.AdminTool', ...args];
  }

  /** neo4j-admin finds the instance's home and configuration through the environment. */
  private adminEnvironment(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: path.join(this.home, 'conf') };
  }

  private setInitialPassword(): void {
    if (existsSync(path.join(this.home, 'data', 'dbms', 'auth.ini'))) return;
    const result = spawnSync(
      javaExecutable(),
      this.adminTool(['dbms', 'set-initial-password', this.password]),
      { encoding: 'utf8', env: this.adminEnvironment() },
    );
    if (result.status !== 0) {
      throw new Error(
        `Could not set Neo4j's initial password (exit ${result.status}):\n${result.stdout}${result.stderr}`,
      );
    }
  }

  private async waitForBolt(started: number): Promise<void> {
    const driver = neo4j.driver(this.uri, neo4j.auth.basic(USER, this.password), {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => undefined },
    });
    let lastReport = started;
    try {
      for (;;) {
        if (!this.guard) throw new Error(`Neo4j exited while starting. Its log:\n${this.logTail()}`);
        try {
          await driver.verifyConnectivity();
          return;
        } catch {
          // Not listening yet.
        }
        const elapsed = Date.now() - started;
        if (elapsed > START_TIMEOUT_MS) {
          await this.stop();
          throw new Error(
            `Neo4j did not answer within ${START_TIMEOUT_MS / 1000} s. Its log:\n${this.logTail()}`,
          );
        }
        if (Date.now() - lastReport >= 5_000) {
          lastReport = Date.now();
          this.options.logger.info(`  …Neo4j still starting (${Math.round(elapsed / 1000)} s)`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await driver.close();
    }
  }

  private logTail(): string {
    if (!existsSync(this.logFile)) return '(no log)';
    return readFileSync(this.logFile, 'utf8').split('\n').slice(-40).join('\n');
  }
}

function readOrCreatePassword(home: string): string {
  const file = path.join(home, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  // Hex: a base64 password may start with '-', which neo4j-admin would read as an option.
  const password = randomBytes(18).toString('hex');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function firstLineAsPid(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('the Neo4j guard has no stdout'));
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve(Number(line.trim()));
    });
    child.once('error', reject);
  });
}
