/**
 * The graph's version: one value that changes with every write of the graph (each import bumps the
 * `GraphVersion` node, each stored layout too) together with the layout's version and the count store's
 * totals, read in one cheap statement. Every cache of the API (statistics, the OpenAPI document's
 * vocabularies) is keyed on it, so nothing is served from before the last import.
 */
import type { Database } from './database.js';

export async function readGraphVersion(db: Database): Promise<string> {
  const [row] = await db.read('api/graph-version');
  return JSON.stringify(row ?? null);
}

/** Moves the version on after writes made outside the seed importer's one transaction. */
export async function bumpGraphVersion(db: Database): Promise<void> {
  await db.write((tx) => tx.run(db.cypher.get('import/bump-graph-version')));
}
