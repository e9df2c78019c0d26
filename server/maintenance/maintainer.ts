/**
 * The app's upkeep of the graph: every few seconds, while Neo4j answers, it asks (from the count store and
 * two nodes, cheaply) whether anything derived is out of date: agreements of an interrupted import
 * without their edges, institutions waiting for theirs, a layout that does not fit the graph. When so,
 * and nobody holds the graph's write lease (or its holder is dead), it tends the graph (upkeep.ts).
 *
 * So an import SIGKILLed half-way is healed within seconds of its process ending (on this machine; on
 * another, once its lease times out), and the network page, refused while the layout does not fit, comes
 * back by itself.
 */
import type { Logger } from 'pino';

import type { Database } from '../db/database.js';
import { describeHolder, isDeadHere, LEASE_TTL_MS, LeaseHeldError } from '../db/write-lease.js';
import { tendGraph } from './upkeep.js';

export interface MaintainerOptions {
  db: Database;
  logger: Logger;
  intervalMs?: number;
  /** How long without a heartbeat makes a writer of the graph dead (db/write-lease.ts). */
  leaseTtlMs?: number;
}

/** What maintenance/state.cypher answers. */
interface UpkeepState {
  owner: string | null;
  host: string | null;
  pid: number | null;
  idleMs: number | null;
  pending: number;
  stale: number;
  /** null before the first layout. */
  layoutCurrent: boolean | null;
}

export class GraphMaintainer {
  private readonly db: Database;
  private readonly logger: Logger;
  private readonly intervalMs: number;
  private readonly leaseTtlMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** The holder last reported as busy, so a long import is logged once, not every beat. */
  private reportedHolder: string | null = null;

  constructor(options: MaintainerOptions) {
    this.db = options.db;
    this.logger = options.logger;
    this.intervalMs = options.intervalMs ?? 5_000;
    this.leaseTtlMs = options.leaseTtlMs ?? LEASE_TTL_MS;
  }

  start(): void {
    this.schedule();
  }

  /** Stops looking; work already started finishes (or fails as the database closes). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** One look, and the upkeep when it is due; resolves when done (the tests' handle). */
  async beat(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.look().finally(() => (this.running = null));
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.beat().finally(() => this.schedule());
    }, this.intervalMs);
    this.timer.unref();
  }

  private async look(): Promise<void> {
    if (this.stopped || !this.db.availability.isUp) return;
    try {
      const [row] = await this.db.read('maintenance/state');
      const state = row as unknown as UpkeepState;
      if (!needsUpkeep(state)) return;
      if (state.owner !== null && !this.holderIsGone(state)) {
        if (this.reportedHolder !== state.owner) {
          this.logger.info(`The graph's upkeep waits: another process (${state.pid}) is writing it.`);
          this.reportedHolder = state.owner;
        }
        return;
      }
      this.reportedHolder = null;
      const outcome = await tendGraph(this.db, { logger: this.logger, leaseTtlMs: this.leaseTtlMs });
      if (outcome.healed > 0 || outcome.laidOut) this.logger.info('The graph is up to date again.');
    } catch (error) {
      if (error instanceof LeaseHeldError) {
        this.logger.info(`The graph's upkeep waits: ${describeHolder(error.holder)} is writing it.`);
        return;
      }
      // A lost Neo4j is the supervisor's to report; anything else is worth a line, and the next beat retries.
      if (this.db.availability.isUp) this.logger.warn({ err: error }, "The graph's upkeep failed.");
    }
  }

  private holderIsGone(state: UpkeepState): boolean {
    if (state.idleMs !== null && state.idleMs > this.leaseTtlMs) return true;
    return state.host !== null && state.pid !== null && isDeadHere({ host: state.host, pid: state.pid });
  }
}

function needsUpkeep(state: UpkeepState): boolean {
  return state.pending > 0 || state.stale > 0 || state.layoutCurrent !== true;
}
