/**
 * The common frame of API tests: the test run's Neo4j with the seed graph loaded, and the real app on a
 * loopback port, opened before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';

import type { Database } from '../../server/db/database.js';
import { connectTestDatabase, seedDatabase } from './database.js';
import { startApp, type RunningApp } from './http.js';

export interface SeededApp {
  db: Database;
  app: RunningApp;
}

export function useSeededApp(): SeededApp {
  const context = {} as SeededApp;
  beforeAll(async () => {
    context.db = connectTestDatabase();
    await seedDatabase(context.db);
    context.app = await startApp(context.db);
  });
  afterAll(async () => {
    await context.app?.close();
    await context.db?.close();
  });
  return context;
}
