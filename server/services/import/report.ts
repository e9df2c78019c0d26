/**
 * What an import would do, item by item: each record of the data set is `created` (the graph does not
 * hold it), `updated` (with each changing field, graph → incoming) or `unchanged`, and carries the ids of
 * its conflicts. The same report answers a dry run, a refused write (409) and a write.
 */
import type { Dataset } from '../../../contract/dataset.js';
import { IMPORT_COLLECTIONS, type ImportItem, type ImportReport } from '../../../contract/import.js';
import type { ReadStep } from '../../db/database.js';
import { findConflicts } from './conflicts.js';
import { changedFields, keyOf, readGraphRecords, type ItemRecord } from './records.js';

export type ReportBody = Omit<ImportReport, 'dryRun' | 'written'>;

/** Reads the graph's side of every item (in the caller's transaction) and compares. */
export async function reportImport(
  read: ReadStep,
  dataset: Dataset,
  acceptConflicts: readonly string[],
): Promise<ReportBody> {
  const graph = await readGraphRecords(read, dataset);
  const accepted = new Set(acceptConflicts);
  const conflicts = findConflicts(dataset, graph, accepted);
  const conflictsOf = (collection: string, id: string): string[] =>
    conflicts
      .filter((conflict) => conflict.collection === collection && conflict.itemId === id)
      .map((conflict) => conflict.id);

  const items: ImportItem[] = IMPORT_COLLECTIONS.flatMap((collection) =>
    (dataset[collection] as ItemRecord[]).map((incoming): ImportItem => {
      const id = keyOf(collection, incoming);
      const held = graph[collection].get(id);
      const changes = held ? changedFields(collection, held, incoming) : [];
      return {
        collection,
        id,
        change: !held ? 'created' : changes.length > 0 ? 'updated' : 'unchanged',
        changes,
        conflicts: conflictsOf(collection, id),
      };
    }),
  );
  const count = (change: ImportItem['change']): number =>
    items.filter((item) => item.change === change).length;
  const known = new Set(conflicts.map((conflict) => conflict.id));
  return {
    counts: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      conflicts: conflicts.length,
      accepted: conflicts.filter((conflict) => conflict.accepted).length,
    },
    items,
    conflicts,
    unmatchedAcceptances: [...accepted].filter((id) => !known.has(id)),
  };
}
