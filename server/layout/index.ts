/**
 * The stored layout of the cooperation network, refreshed after every import: reads the network
 * (read-network.ts), orders it (order.ts), places it with ForceAtlas2 from a seed or the stored positions
 * (seed-positions.ts, forceatlas2.ts) and writes per institution `x`, `y`, `rank`, `partners` and the
 * links its page delivers, with a version on the `(:Layout {id: 'cooperation'})` node (write.ts).
 *
 * A network that has not changed since the stored layout (same fingerprint) is left exactly as it is, so a
 * re-import of the same data keeps the picture.
 */
import type { Logger } from 'pino';

import type { Database } from '../db/database.js';
import { layoutVersion, networkFingerprint } from './fingerprint.js';
import { orderNetwork, type NetworkOrder } from './order.js';
import { placeNetwork, type Placement } from './place.js';
import { layoutProgressReporter, type LayoutPhase, type LayoutProgress } from './progress.js';
import type { LayoutNetwork } from './network-builder.js';
import { readNetwork } from './read-network.js';
import { writeLayout } from './write.js';

export type { LayoutPhase, LayoutProgress } from './progress.js';

export interface RefreshLayoutOptions {
  logger?: Logger;
  onProgress?: (progress: LayoutProgress) => void;
  /** Lay the network out again even when it has not changed. */
  force?: boolean;
  /** Start from the seed layout, ignoring stored positions (implies `force`). */
  fromScratch?: boolean;
  /** Stops ForceAtlas2 after this long (default 5 minutes). */
  timeLimitMs?: number;
}

export interface LayoutSummary {
  /** `unchanged`: the stored layout already fits the network, nothing was written. */
  outcome: 'computed' | 'unchanged';
  version: string;
  institutions: number;
  edges: number;
  /** Whether ForceAtlas2 started from stored positions rather than the seed layout. */
  fromStored: boolean;
  iterations: number;
  /** Iterations the size called for; more than `iterations` when the time limit stopped the run. */
  planned: number;
  ms: Record<LayoutPhase, number>;
}

interface StoredState {
  version: string | null;
  institutions: number | null;
  fingerprint: string | null;
  status: 'writing' | 'ready' | null;
  total: number;
  graphVersion: number | null;
  currentGraphVersion: number | null;
}

async function storedState(db: Database): Promise<StoredState> {
  return (await db.read('layout/state'))[0] as unknown as StoredState;
}

/**
 * Whether the stored layout is complete, places as many institutions as there are, and was computed (or
 * confirmed) since the graph's last write, without reading the network: cheap enough to ask every few
 * seconds. A write the layout has not seen (an import stopped before its layout) makes it not current.
 */
export async function layoutIsCurrent(db: Database): Promise<boolean> {
  const state = await storedState(db);
  return (
    state.status === 'ready' &&
    state.institutions === state.total &&
    state.graphVersion === state.currentGraphVersion
  );
}

const running = new WeakMap<Database, Promise<LayoutSummary>>();

/** Lays the network out and stores it; concurrent calls for the same database share one run. */
export function refreshLayout(db: Database, options: RefreshLayoutOptions = {}): Promise<LayoutSummary> {
  const current = running.get(db);
  if (current) return current;
  const run = computeLayout(db, options).finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

async function computeLayout(db: Database, options: RefreshLayoutOptions): Promise<LayoutSummary> {
  const started = performance.now();
  const report = layoutProgressReporter(options.logger, options.onProgress);
  const network = await readNetwork(db, (done, total) => report('read', done, total));
  const fingerprint = networkFingerprint(network);
  const stored = await storedState(db);
  const read = Math.round(performance.now() - started);
  if (
    !options.force &&
    !options.fromScratch &&
    stored.version !== null &&
    stored.status === 'ready' &&
    stored.fingerprint === fingerprint &&
    stored.institutions === network.ids.length
  ) {
    await db.write((tx) => tx.run(db.cypher.get('layout/confirm')));
    return {
      outcome: 'unchanged',
      version: stored.version,
      institutions: network.ids.length,
      edges: network.source.length,
      fromStored: false,
      iterations: 0,
      planned: 0,
      ms: { read, layout: 0, write: 0 },
    };
  }
  const placed = await placeLayout(network, options);
  const summary = await storeLayout(db, placed, options);
  return { ...summary, ms: { ...summary.ms, read } };
}

/** A network placed in memory, not stored yet: what storeLayout writes. */
export interface PlacedLayout {
  network: LayoutNetwork;
  order: NetworkOrder;
  fingerprint: string;
  version: string;
  placement: Placement;
  layoutMs: number;
}

/**
 * Places a network held in memory (read from the store, or gathered by an import that has not written it
 * yet). Runs ForceAtlas2 in a worker thread on large networks, so other work goes on meanwhile.
 */
export async function placeLayout(
  network: LayoutNetwork,
  options: Omit<RefreshLayoutOptions, 'force'> = {},
): Promise<PlacedLayout> {
  const started = performance.now();
  const report = layoutProgressReporter(options.logger, options.onProgress);
  const fingerprint = networkFingerprint(network);
  if (options.fromScratch) {
    network.x.fill(Number.NaN);
    network.y.fill(Number.NaN);
  }
  const order = orderNetwork(network);
  const placement = await placeNetwork(network, order, {
    deadline: performance.now() + (options.timeLimitMs ?? 300_000),
    onIteration: (done, planned) => report('layout', done, planned),
  });
  if (placement.iterations < placement.planned) {
    options.logger?.warn(
      `The layout stopped at its time limit after ${placement.iterations} of ${placement.planned} iterations.`,
    );
  }
  const version = layoutVersion(fingerprint, placement.x, placement.y);
  return {
    network,
    order,
    fingerprint,
    version,
    placement,
    layoutMs: Math.round(performance.now() - started),
  };
}

/** Writes a placed layout, which pages are then served from; `ms.read` is left 0 for the caller. */
export async function storeLayout(
  db: Database,
  placed: PlacedLayout,
  options: Pick<RefreshLayoutOptions, 'logger' | 'onProgress'> = {},
): Promise<LayoutSummary> {
  const started = performance.now();
  const report = layoutProgressReporter(options.logger, options.onProgress);
  const { network, order, placement, version, fingerprint } = placed;
  await writeLayout(
    db,
    network,
    order,
    { version, fingerprint, x: placement.x, y: placement.y },
    (done, total) => report('write', done, total),
  );
  return {
    outcome: 'computed',
    version,
    institutions: network.ids.length,
    edges: network.source.length,
    fromStored: placement.fromStored,
    iterations: placement.iterations,
    planned: placement.planned,
    ms: { read: 0, layout: placed.layoutMs, write: Math.round(performance.now() - started) },
  };
}

/** One line for the log. */
export function describeLayout(summary: LayoutSummary): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  if (summary.outcome === 'unchanged') {
    return `The layout ${summary.version} of ${summary.institutions.toLocaleString('en')} institutions is up to date.`;
  }
  return (
    `Laid out ${summary.institutions.toLocaleString('en')} institutions and ` +
    `${summary.edges.toLocaleString('en')} cooperation edges (layout ${summary.version}, ` +
    `${summary.iterations} ForceAtlas2 iterations from ${summary.fromStored ? 'the stored positions' : 'a seed layout'}): ` +
    `read ${seconds(summary.ms.read)}, layout ${seconds(summary.ms.layout)}, write ${seconds(summary.ms.write)}.`
  );
}
