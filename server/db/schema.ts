/**
 * Applies `cypher/schema/*.cypher` at start, in file order. Every statement is `IF NOT EXISTS`, so
 * running it again changes nothing. Schema commands cannot share a transaction with each other, so each
 * runs on its own.
 */
import type { Database } from './database.js';

export async function applySchema(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    for (const file of db.cypher.names('schema/')) {
      for (const statement of db.cypher.getAll(file)) await session.run(statement);
    }
  } finally {
    await session.close();
  }
}
