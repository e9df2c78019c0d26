/**
 * Writes a checked dataset into Neo4j in one write transaction: batched `UNWIND … MERGE` statements from
 * `cypher/import/`, then the derived `COOPERATES_WITH` edges. MERGE on ids and SET of every property make
 * it idempotent: importing the same file twice creates and deletes nothing the second time.
 *
 * This is the path for curated files (the seed): one transaction, and a global rebuild of the derived
 * edges. Large inputs go through `bulk/` (`importChunks`), which writes in many transactions with the same
 * statements and rebuilds the derived edges only around what changed.
 */
import type { Logger } from 'pino';

import type { Database } from '../db/database.js';
import type { Dataset } from '../../contract/dataset.js';
import {
  DatasetError,
  unresolvedReferences,
  type CheckedDataset,
  type ReferenceKind,
} from './validate-dataset.js';

const BATCH_SIZE = 1_000;

export interface ImportCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export interface ImportSummary extends ImportCounters {
  records: Record<keyof Dataset, number>;
}

/** Statement name → the rows it takes, in dependency order (nodes before the links between them). */
function plan(dataset: Dataset): [string, object[]][] {
  return [
    ['import/countries', dataset.countries],
    ['import/domains', dataset.domains],
    ['import/sources', dataset.sources],
    ['import/institutions', dataset.institutions],
    ['import/part-of', dataset.institutions.filter((institution) => institution.partOf)],
    ['import/events', dataset.events],
    ['import/people', dataset.people],
    ['import/agreements', dataset.agreements],
    ['import/agreement-parties', dataset.agreements],
    ['import/agreement-domains', dataset.agreements],
    ['import/agreement-evidence', dataset.agreements],
  ];
}

export async function importDataset(
  db: Database,
  checked: CheckedDataset,
  logger?: Logger,
): Promise<ImportSummary> {
  const { dataset, external } = checked;
  const summary: ImportSummary = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    records: Object.fromEntries(
      Object.entries(dataset).map(([key, items]) => [key, items.length]),
    ) as ImportSummary['records'],
  };

  await db.write(async (tx) => {
    // Counters restart with each attempt, as a retried transaction replays everything.
    Object.assign(summary, {
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    await checkExternalReferences(external, async (wanted) => {
      const result = await tx.run(db.cypher.get('import/existing-ids'), wanted);
      return result.records[0]?.toObject() as Record<ReferenceKind, string[]>;
    });
    for (const [statement, rows] of plan(dataset)) {
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        const result = await tx.run(db.cypher.get(statement), {
          rows: plain(rows.slice(start, start + BATCH_SIZE)),
        });
        addCounters(summary, result.summary.counters.updates());
      }
      if (rows.length > 0) logger?.info(`  imported ${rows.length} ${statement.replace('import/', '')}`);
    }
    for (const statement of ['import/cooperation-edges', 'import/stale-cooperation-edges']) {
      const result = await tx.run(db.cypher.get(statement));
      addCounters(summary, result.summary.counters.updates());
    }
    // In the same transaction: no reader sees the new graph under the old version.
    await tx.run(db.cypher.get('import/bump-graph-version'));
  });
  return summary;
}

/** Throws the references that neither the input nor the database (asked through `existing`) defines. */
export async function checkExternalReferences(
  external: CheckedDataset['external'],
  existing: (wanted: Record<ReferenceKind, string[]>) => Promise<Record<ReferenceKind, string[]>>,
  file?: string,
): Promise<void> {
  const wanted = Object.fromEntries(
    Object.entries(external).map(([kind, ids]) => [kind, [...ids.keys()]]),
  ) as Record<ReferenceKind, string[]>;
  if (Object.values(wanted).every((ids) => ids.length === 0)) return;
  const issues = unresolvedReferences(external, await existing(wanted));
  if (issues.length > 0) throw new DatasetError(issues, file);
}

export function addCounters(summary: ImportCounters, updates: Partial<ImportCounters>): void {
  summary.nodesCreated += updates.nodesCreated ?? 0;
  summary.nodesDeleted += updates.nodesDeleted ?? 0;
  summary.relationshipsCreated += updates.relationshipsCreated ?? 0;
  summary.relationshipsDeleted += updates.relationshipsDeleted ?? 0;
}

/** Parameters must not carry `undefined`; absent optional fields become null (which removes the property). */
function plain(rows: object[]): unknown {
  return JSON.parse(JSON.stringify(rows, (_key, value: unknown) => (value === undefined ? null : value)));
}
