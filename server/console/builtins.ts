/**
 * The names of Neo4j's built-in functions, asked of the server once (they depend on its version) and
 * kept per database connection. A failure is not kept: the next console query asks again.
 */
import type { Database } from '../db/database.js';

const cache = new WeakMap<Database, Promise<ReadonlySet<string>>>();

export function builtinFunctions(db: Database): Promise<ReadonlySet<string>> {
  let names = cache.get(db);
  if (names === undefined) {
    names = load(db);
    cache.set(db, names);
    names.catch(() => cache.delete(db));
  }
  return names;
}

async function load(db: Database): Promise<ReadonlySet<string>> {
  const [row] = await db.read('console/builtin-functions');
  const names = row?.names;
  if (!Array.isArray(names) || names.length === 0) {
    throw new Error('SHOW FUNCTIONS listed no built-in functions');
  }
  return new Set(names.filter((name): name is string => typeof name === 'string'));
}
