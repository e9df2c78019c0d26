/**
 * One write transaction of a bulk import, run by hand rather than through `executeWrite`: the driver
 * retries every transient error for seconds, and a batch too large for `db.memory.transaction.max` (a
 * transient error too) would only fail again. Here a memory error surfaces at once as `MemoryLimitError`,
 * for the caller to split its batch; deadlocks and other transient errors are retried a few times.
 */
import neo4j, { type Transaction } from 'neo4j-driver';

import type { Database } from '../../db/database.js';

const ATTEMPTS = 5;

export class MemoryLimitError extends Error {
  override name = 'MemoryLimitError';
}

/** `onRetry` hears of every transient failure retried (deadlocks between concurrent batches, mostly). */
export async function writeTransaction<T>(
  db: Database,
  work: (tx: Transaction) => Promise<T>,
  onRetry?: (error: unknown) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      const tx = session.beginTransaction();
      try {
        const outcome = await work(tx);
        await tx.commit();
        return outcome;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      if (isMemoryError(error)) {
        throw new MemoryLimitError(
          `the batch needs more memory than one transaction may take: ${(error as Error).message}`,
        );
      }
      if (attempt >= ATTEMPTS || !neo4j.isRetryableError(error)) throw error;
      onRetry?.(error);
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    } finally {
      await session.close();
    }
  }
}

function isMemoryError(error: unknown): boolean {
  const { code = '', message = '' } = error as { code?: string; message?: string };
  return /Memory/.test(code) || /db\.memory\.transaction\.max|memory pool limit/.test(message);
}
