/**
 * What the driver may try again: a read stopped by the transaction memory limit (db.memory.transaction.max,
 * which Neo4j marks as transient) fails the same way every time, so it is run once and answered, not
 * retried for seconds while other requests wait.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { CypherLibrary } from '../server/db/cypher-library.js';
import { Database } from '../server/db/database.js';
import { isMemoryLimit } from '../server/db/limits.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'read-retries-'));
let db: Database;

beforeAll(() => {
  // Tens of millions of integers in one list: far past the 32 MiB a transaction may use.
  writeFileSync(
    path.join(dir, 'too-large.cypher'),
    'UNWIND range(1, 20000000) AS n WITH collect(n) AS numbers RETURN size(numbers) AS count',
  );
  writeFileSync(path.join(dir, 'small.cypher'), 'RETURN 1 AS one');
  db = Database.connect(
    { ...inject('neo4j'), database: 'neo4j', queryTimeoutMs: 10_000 },
    CypherLibrary.load(dir),
  );
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reads and the driver’s retries', () => {
  it('runs a read past the memory limit once and rejects with Neo4j’s own error', async () => {
    let attempts = 0;
    const outcome = await db
      .readTransaction((run) => {
        attempts += 1;
        return run('too-large');
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(outcome).toBeInstanceOf(Neo4jError);
    expect(isMemoryLimit((outcome as Neo4jError).code)).toBe(true);
    expect(attempts).toBe(1);
  });

  it('still answers the next read on the same connection pool', async () => {
    expect(await db.read('small')).toEqual([{ one: 1 }]);
  });
});
