/**
 * How the bulk importer divides its work, chosen by measurement (bench/README.md): records per write
 * transaction under a 32 MiB transaction cap, and transactions at once on the two-core machine.
 */
import type { Collection } from './writers.js';

export interface Concurrency {
  write: number;
  derive: number;
}

export const DEFAULT_CONCURRENCY: Concurrency = { write: 2, derive: 2 };

export type BatchSizes = Record<Collection | 'cooperation' | 'edges', number>;

export const DEFAULT_BATCH_SIZES: BatchSizes = {
  countries: 1_000,
  domains: 1_000,
  sources: 1_000,
  institutions: 1_000,
  events: 1_000,
  people: 1_000,
  agreements: 1_000,
  /** Party links (institution to agreement) whose edges one transaction rebuilds: ~250 institutions. */
  cooperation: 4_000,
  /** COOPERATES_WITH edges of new agreements written per transaction. */
  edges: 10_000,
};
