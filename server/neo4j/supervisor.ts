/**
 * Watches the app's Neo4j and keeps `db.availability` true, so requests fail fast (503 + Retry-After)
 * while Neo4j is away instead of waiting on the driver's retries:
 *
 * - the project's own Neo4j (a `LocalNeo4j` this process started) is restarted the moment it exits
 *   unexpectedly, on the same port, password and data, after a backoff (1 s, 2 s, 4 s, … at most 30 s);
 *   after `maxRestarts` restarts within `crashWindowMs` it stops trying and says so (`failed`);
 * - any Neo4j (also one NEO4J_URI names) is probed every `heartbeatMs` and at once when a request meets a
 *   dropped connection; while it does not answer the state is `unreachable` and the probe repeats every
 *   second until it answers again;
 * - the project's own Neo4j that runs but has not answered for `hungAfterMs` is killed, and so restarted.
 *
 * The log keeps every detail (addresses, driver messages, exit codes); the state's reason has none.
 */
import type { Logger } from 'pino';

import type { Database } from '../db/database.js';
import type { LocalNeo4j } from './local-server.js';

export interface SupervisorOptions {
  db: Database;
  logger: Logger;
  /** The Neo4j this process started, restarted when it stops unexpectedly; null for one it only uses. */
  local: LocalNeo4j | null;
  heartbeatMs?: number;
  /** Restarts allowed within `crashWindowMs`; the next crash leaves Neo4j stopped (`failed`). */
  maxRestarts?: number;
  crashWindowMs?: number;
  /** The first restart's delay; each further one within the window doubles it, up to 30 s. */
  backoffMs?: number;
  /** How long the project's own Neo4j may run without answering before it is killed and restarted. */
  hungAfterMs?: number;
}

const RECONNECT_MS = 1_000;
const PROBE_TIMEOUT_MS = 3_000;
const MAX_BACKOFF_MS = 30_000;
/** How long a restarted Neo4j's database may take to come online after Bolt answers. */
const DATABASE_ONLINE_TIMEOUT_MS = 120_000;
/** About how long the project's Neo4j takes to start, for Retry-After. */
const START_ESTIMATE_S = 15;

export class Neo4jSupervisor {
  private readonly db: Database;
  private readonly logger: Logger;
  private readonly local: LocalNeo4j | null;
  private readonly heartbeatMs: number;
  private readonly maxRestarts: number;
  private readonly crashWindowMs: number;
  private readonly backoffMs: number;
  private readonly hungAfterMs: number;

  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private checking = false;
  private restarting = false;
  private crashes: number[] = [];
  /** Since when probes have failed; null while Neo4j answers. */
  private silentSince: number | null = null;
  private cancelWait: (() => void) | null = null;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(options: SupervisorOptions) {
    this.db = options.db;
    this.logger = options.logger;
    this.local = options.local;
    this.heartbeatMs = options.heartbeatMs ?? 2_000;
    this.maxRestarts = options.maxRestarts ?? 5;
    this.crashWindowMs = options.crashWindowMs ?? 10 * 60_000;
    this.backoffMs = options.backoffMs ?? 1_000;
    this.hungAfterMs = options.hungAfterMs ?? 30_000;
  }

  private get availability() {
    return this.db.availability;
  }

  /** Begins watching; Neo4j is assumed to answer now (the caller has just connected). */
  start(): void {
    if (this.local) {
      this.unsubscribe.push(this.local.onUnexpectedExit((how) => void this.crashed(how)));
    }
    this.unsubscribe.push(this.availability.onSuspect(() => void this.check()));
    this.schedule(this.heartbeatMs);
  }

  /** Stops watching and restarting (the app is shutting down); requests still waiting get a 503. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.cancelWait?.();
    for (const off of this.unsubscribe) off();
    this.availability.set({
      state: 'stopping',
      reason: 'the app is shutting down.',
      retryAfterSeconds: 5,
    });
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.beat(), ms);
    this.timer.unref();
  }

  private async beat(): Promise<void> {
    await this.check();
    if (this.availability.state.state === 'failed') return;
    this.schedule(this.availability.isUp ? this.heartbeatMs : RECONNECT_MS);
  }

  /** Asks Neo4j whether it answers, and says so when that changes. */
  private async check(): Promise<void> {
    if (this.checking || this.stopped || this.restarting) return;
    this.checking = true;
    try {
      const error = await this.probe();
      if (this.stopped || this.restarting) return;
      const { state } = this.availability.state;
      if (error === null) this.silentSince = null;
      else this.silentSince ??= Date.now();
      if (error === null && state !== 'up') {
        this.logger.info('Neo4j answers again.');
        this.availability.up();
      } else if (error !== null && state === 'unreachable') {
        this.killIfHung();
      } else if (error !== null && state === 'up') {
        this.logger.warn({ err: error }, 'Neo4j does not answer; requests get 503 until it does.');
        this.availability.set({
          state: 'unreachable',
          reason: 'the connection is lost; the app reconnects by itself.',
          retryAfterSeconds: 2,
        });
        this.schedule(RECONNECT_MS);
      }
    } finally {
      this.checking = false;
    }
  }

  /**
   * The project's own Neo4j whose process runs but which has not answered for `hungAfterMs` (a JVM stuck
   * in garbage collection, stopped, or deadlocked) is killed, so that it is restarted like a crashed one.
   */
  private killIfHung(): void {
    const pid = this.local?.pid;
    if (!pid || this.silentSince === null || Date.now() - this.silentSince < this.hungAfterMs) return;
    this.logger.error(
      `Neo4j's process (${pid}) runs but has not answered for ${this.hungAfterMs / 1000} s: killing it to restart it.`,
    );
    this.silentSince = null;
    try {
      process.kill(pid, 'SIGKILL');
    } catch (error) {
      this.logger.warn({ err: error }, "Could not kill Neo4j's process.");
    }
  }

  /** null when Neo4j answers, else why not. */
  private async probe(): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.db.probeNow('api/health-server'), timeout]);
      return null;
    } catch (error) {
      return error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async crashed(how: string): Promise<void> {
    if (this.stopped || !this.local) return;
    this.logger.error(
      `Neo4j stopped unexpectedly (${how}); requests get 503 while it restarts. Its log: ${this.local.logFile}`,
    );
    this.restarting = true;
    try {
      await this.restart(this.local);
    } finally {
      this.restarting = false;
    }
    if (!this.stopped && this.availability.state.state !== 'failed') this.schedule(this.heartbeatMs);
  }

  private async restart(local: LocalNeo4j): Promise<void> {
    for (;;) {
      const now = Date.now();
      this.crashes = [...this.crashes.filter((at) => now - at < this.crashWindowMs), now];
      const attempt = this.crashes.length;
      const minutes = Math.round(this.crashWindowMs / 60_000);
      if (attempt > this.maxRestarts) {
        this.logger.error(
          `Neo4j stopped unexpectedly ${attempt} times within ${minutes} min; not restarting it again. ` +
            `See its log (${local.logFile}), then restart the app.`,
        );
        this.availability.set({
          state: 'failed',
          reason:
            `it stopped unexpectedly ${attempt} times within ${minutes} min, so the app stopped ` +
            "restarting it; the operator should read Neo4j's log and restart the app.",
        });
        if (this.timer) clearTimeout(this.timer);
        return;
      }
      const delay = Math.min(this.backoffMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
      this.availability.set({
        state: 'restarting',
        reason: `it stopped unexpectedly and is being restarted (attempt ${attempt} of ${this.maxRestarts}).`,
        retryAfterSeconds: Math.ceil(delay / 1000) + START_ESTIMATE_S,
      });
      this.logger.info(`Restarting Neo4j in ${delay / 1000} s (attempt ${attempt} of ${this.maxRestarts})…`);
      await this.wait(delay);
      if (this.stopped) return;
      try {
        await local.start();
        await this.untilDatabaseAnswers();
      } catch (error) {
        if (this.stopped) return;
        this.logger.error({ err: error }, 'Neo4j did not start again.');
        continue;
      }
      if (this.stopped) return;
      this.logger.info('Neo4j is back; requests are served again.');
      this.availability.up();
      return;
    }
  }

  /**
   * Bolt answers before the database is online (recovering after a crash takes a moment more), and
   * requests let in meanwhile would wait on the driver's retries: the database itself must answer first.
   */
  private async untilDatabaseAnswers(): Promise<void> {
    const started = Date.now();
    for (;;) {
      const error = await this.probe();
      if (error === null || this.stopped) return;
      if (Date.now() - started > DATABASE_ONLINE_TIMEOUT_MS) {
        throw new Error(`its database was not online within ${DATABASE_ONLINE_TIMEOUT_MS / 1000} s`, {
          cause: error,
        });
      }
      await this.wait(250);
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.cancelWait = done;
    });
  }
}
