/**
 * The query layer: the one driver of the process, and the only code that opens sessions. Reads go
 * through `executeRead` (a cluster routes them to followers) under a timeout; statements come from the
 * Cypher library by name, values only as parameters.
 */
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';

import { Admission, type AdmissionLimits } from './admission.js';
import { Availability } from './availability.js';
import type { CypherLibrary } from './cypher-library.js';
import { isMemoryLimit } from './limits.js';
import { toJsonObject, type Json } from './to-json.js';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /** The driver's connection pool and the admission control in front of it (defaults: POOL_DEFAULTS). */
  pool?: Partial<PoolOptions>;
}

export interface PoolOptions extends AdmissionLimits {
  /** Connections the driver may open: the API's reads, the console's share, health probes and writes. */
  size: number;
}

/**
 * The defaults of NEO4J_POOL_SIZE, NEO4J_MAX_RUNNING_READS, NEO4J_READ_QUEUE, NEO4J_READ_QUEUE_TIMEOUT_MS.
 * Reads are CPU-bound in Neo4j, so more of them at once only share its cores: on 2 cores, 8 running reads
 * answered in p50 0.34 s where 16 took 2.1 s, for more answers a second (bench/results/stress.md).
 */
export const POOL_DEFAULTS: PoolOptions = { size: 40, running: 8, queued: 256, waitMs: 2_000 };

export type Row = { [key: string]: Json };

/**
 * Carries an error the driver must not retry out of a managed transaction. Neo4j marks the transaction
 * memory limit as transient, so `executeRead` ran a read too large for the limit again and again for
 * `maxTransactionRetryTime` (8 s in all on a 3,000-institution graph) before its 422: work that can only
 * fail the same way, taken from the other requests.
 */
class FinalError extends Error {
  constructor(override readonly cause: unknown) {
    super('not to be retried');
  }
}

function final(error: unknown): unknown {
  return error instanceof Neo4jError && isMemoryLimit(error.code) ? new FinalError(error) : error;
}

/** One named statement inside a read transaction. */
export type ReadStep = (
  statement: string,
  parameters?: Record<string, unknown>,
  slots?: Record<string, string>,
) => Promise<Row[]>;

export class Database {
  /** The API's reads wait here for a connection, in a bounded queue with a deadline. */
  readonly admission: Admission;

  private constructor(
    readonly driver: Driver,
    readonly cypher: CypherLibrary,
    private readonly options: DatabaseOptions,
    pool: PoolOptions,
    /** Whether Neo4j is known to answer; requests fail fast while it is not (see availability.ts). */
    readonly availability: Availability,
  ) {
    this.admission = new Admission(pool);
  }

  static connect(
    options: DatabaseOptions,
    cypher: CypherLibrary,
    availability = new Availability(),
  ): Database {
    const pool = { ...POOL_DEFAULTS, ...options.pool };
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      // Fail fast when Neo4j is away, so health answers 503 promptly instead of hanging.
      connectionTimeout: 3_000,
      maxConnectionPoolSize: pool.size,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
      userAgent: 'cooperation-graph',
    });
    return new Database(driver, cypher, options, pool, availability);
  }

  get name(): string {
    return this.options.database;
  }

  /** Runs a named read statement and returns its rows as plain JSON. */
  read(
    statement: string,
    parameters: Record<string, unknown> = {},
    slots?: Record<string, string>,
  ): Promise<Row[]> {
    return this.readTransaction((run) => run(statement, parameters, slots));
  }

  /**
   * Runs several named reads in one read transaction, under the same timeout as `read`: at once refused
   * while Neo4j is known to be away (availability.ts), else once admitted (admission.ts), past whose
   * bound or deadline it throws `OverloadedError` without starting.
   */
  readTransaction<T>(work: (run: ReadStep) => Promise<T>): Promise<T> {
    return this.guarded(() => this.admission.run(() => this.readTransactionNow(work)));
  }

  private async readTransactionNow<T>(work: (run: ReadStep) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(
        (tx) =>
          work(async (statement, parameters = {}, slots) => {
            try {
              const result = await tx.run(this.cypher.get(statement, slots), parameters);
              return result.records.map(recordToRow);
            } catch (error) {
              throw final(error);
            }
          }),
        { timeout: this.options.queryTimeoutMs },
      );
    } catch (error) {
      throw error instanceof FinalError ? error.cause : error;
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: all of it lands, or none of it. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.guarded(() => this.writeNow(work));
  }

  private async writeNow<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a named statement that commits as it goes (`CALL { … } IN TRANSACTIONS`), which only an
   * auto-commit query may do: for work too large for one transaction whose every batch is safe alone.
   */
  runInTransactions(statement: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    return this.guarded(async () => {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.WRITE,
      });
      try {
        const result = await session.run(this.cypher.get(statement), parameters);
        return result.records.map(recordToRow);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * One auto-commit read for health checks, which must answer quickly either way: no retry loop, except
   * one immediate second try when the first fails on a connection a restarted Neo4j has dropped.
   */
  probe(statement: string): Promise<Row[]> {
    return this.guarded(async () => {
      try {
        return await this.probeNow(statement);
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        return this.probeNow(statement);
      }
    });
  }

  /**
   * The same probe, asked whatever the availability says: how the watcher finds out whether Neo4j
   * answers (again). Never used for requests.
   */
  async probeNow(statement: string, timeoutMs = 2_000): Promise<Row[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.run(this.cypher.get(statement), {}, { timeout: timeoutMs });
      return result.records.map(recordToRow);
    } finally {
      await session.close();
    }
  }

  /** Fails fast while Neo4j is away, and tells the watcher when a request finds it gone. */
  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.availability.guard(work);
    } catch (error) {
      if (isConnectionError(error)) this.availability.suspect();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** The errors of a connection that is gone (Neo4j stopped or restarted), not of the query. */
export function isConnectionError(error: unknown): boolean {
  return error instanceof Neo4jError && ['ServiceUnavailable', 'SessionExpired'].includes(error.code);
}

export function recordToRow(record: Neo4jRecord): Row {
  return toJsonObject(record.toObject() as Record<string, unknown>);
}
