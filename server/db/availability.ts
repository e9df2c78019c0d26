/**
 * Whether Neo4j can be asked right now, as the process knows it without asking: set by whoever watches
 * the database (server/neo4j/supervisor.ts), read by the query layer before every request. While Neo4j is
 * not `up`, requests fail at once with a 503 and `Retry-After` instead of waiting on the driver's
 * retries, and requests already waiting fail the moment Neo4j is known to be gone.
 *
 * What it says is meant for anyone: no addresses, ports or driver messages (those go to the log).
 */
import type { Neo4jState } from '../../contract/health.js';

export interface AvailabilityState {
  state: Neo4jState;
  /** One sentence for an operator, without internal addresses. */
  reason: string;
  /** When a client may ask again; absent when it will not get better by itself. */
  retryAfterSeconds?: number;
}

/** A request refused because Neo4j is known not to answer; the HTTP layer makes it a 503. */
export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';

  constructor(readonly current: AvailabilityState) {
    super(current.reason);
  }
}

const UP: AvailabilityState = { state: 'up', reason: 'Neo4j answers.' };

export class Availability {
  private current: AvailabilityState;
  private readonly lostListeners = new Set<() => void>();
  private readonly changeListeners = new Set<(state: AvailabilityState) => void>();
  private readonly suspectListeners = new Set<() => void>();

  /** Up by default: a database nobody watches (tests, tools) is assumed to answer. */
  constructor(initial: AvailabilityState = UP) {
    this.current = initial;
  }

  get state(): AvailabilityState {
    return this.current;
  }

  get isUp(): boolean {
    return this.current.state === 'up';
  }

  up(): void {
    this.set(UP);
  }

  set(next: AvailabilityState): void {
    const wasUp = this.isUp;
    this.current = next;
    for (const listener of this.changeListeners) listener(next);
    if (wasUp && !this.isUp) for (const listener of [...this.lostListeners]) listener();
  }

  onChange(listener: (state: AvailabilityState) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** A request saw a connection error: the watcher should check now rather than at its next beat. */
  suspect(): void {
    if (this.isUp) for (const listener of this.suspectListeners) listener();
  }

  onSuspect(listener: () => void): () => void {
    this.suspectListeners.add(listener);
    return () => this.suspectListeners.delete(listener);
  }

  /** Throws the 503 of the current state unless Neo4j is up. */
  assertUp(): void {
    if (!this.isUp) throw new Neo4jUnavailableError(this.current);
  }

  /** Runs `work` while Neo4j is up; fails at once when it is not, or as soon as it is known to be lost. */
  guard<T>(work: () => Promise<T>): Promise<T> {
    this.assertUp();
    return new Promise<T>((resolve, reject) => {
      const lost = (): void => reject(new Neo4jUnavailableError(this.current));
      this.lostListeners.add(lost);
      void work()
        .then(resolve, reject)
        .finally(() => this.lostListeners.delete(lost));
    });
  }

  /** Resolves when Neo4j is up (at once when it is). */
  whenUp(): Promise<void> {
    if (this.isUp) return Promise.resolve();
    return new Promise((resolve) => {
      const off = this.onChange((state) => {
        if (state.state !== 'up') return;
        off();
        resolve();
      });
    });
  }
}
