/**
 * Writes a checked dataset into Neo4j in one write transaction: batched `UNWIND … MERGE` statements from
 * `cypher/import/`, then the derived `COOPERATES_WITH` edges. MERGE on ids and SET of every property make
 * it idempotent: importing the same file twice creates and deletes nothing the second time.
 *
 * This is the path for curated files (the seed): one transaction, and a global rebuild of the derived
 * edges. Large inputs go through `bulk/` (`importChunks`), which writes in many transactions with the same
 * statements and rebuilds the derived edges only around what changed.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Logger } from 'pino';

import type { Dataset } from '../../contract/dataset.js';
import { recordToRow, type Database, type ReadStep } from '../db/database.js';
import {
  DatasetError,
  misquotes,
  unresolvedReferences,
  type CheckedDataset,
  type DatasetIssue,
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
    ['import/agreement-status', dataset.agreements],
    ['import/derive-status', dataset.agreements],
  ];
}

export interface ImportOptions {
  logger?: Logger;
  /**
   * Runs in the import's transaction once the data set is known to fit the graph, before anything is
   * written: reads the graph as the import finds it, and throws to write nothing (the HTTP import's
   * conflicts).
   */
  inspect?: (read: ReadStep) => Promise<void>;
}

export async function importDataset(
  db: Database,
  checked: CheckedDataset,
  { logger, inspect }: ImportOptions = {},
): Promise<ImportSummary> {
  const { dataset } = checked;
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
    const read = readStep(db, tx);
    await checkAgainstGraph(checked, read);
    await inspect?.(read);
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

/** Named reads inside a write transaction, as `db.readTransaction` gives them to a read. */
function readStep(db: Database, tx: ManagedTransaction): ReadStep {
  return async (statement, parameters = {}) =>
    (await tx.run(db.cypher.get(statement), parameters)).records.map(recordToRow);
}

/**
 * Throws every error of a checked data set that only the graph can tell: references to ids that neither
 * the data set nor the graph defines, and quotes that do not occur in the text the graph holds of their
 * source. The HTTP import's dry run asks the same in a read transaction.
 */
export async function checkAgainstGraph(checked: CheckedDataset, read: ReadStep): Promise<void> {
  const issues: DatasetIssue[] = [];
  const wanted = wantedReferences(checked.external);
  if (wanted) {
    const [existing] = await read('import/existing-ids', wanted);
    issues.push(
      ...unresolvedReferences(checked.external, existing as unknown as Record<ReferenceKind, string[]>),
    );
  }
  const cited = [...new Set(checked.externalQuotes.map((quote) => quote.source))];
  if (cited.length > 0) {
    const rows = await read('import/source-texts', { ids: cited });
    const texts = new Map(rows.map((row) => [row.id as string, row.text as string | null]));
    issues.push(...misquotes(checked.externalQuotes, texts));
  }
  if (issues.length > 0) throw new DatasetError(issues);
}

/** Throws the references that neither the input nor the database (asked through `existing`) defines. */
export async function checkExternalReferences(
  external: CheckedDataset['external'],
  existing: (wanted: Record<ReferenceKind, string[]>) => Promise<Record<ReferenceKind, string[]>>,
  file?: string,
): Promise<void> {
  const wanted = wantedReferences(external);
  if (!wanted) return;
  const issues = unresolvedReferences(external, await existing(wanted));
  if (issues.length > 0) throw new DatasetError(issues, file);
}

/** The ids to look up per kind, or null when the input refers to nothing outside itself. */
function wantedReferences(external: CheckedDataset['external']): Record<ReferenceKind, string[]> | null {
  const wanted = Object.fromEntries(
    Object.entries(external).map(([kind, ids]) => [kind, [...ids.keys()]]),
  ) as Record<ReferenceKind, string[]>;
  return Object.values(wanted).every((ids) => ids.length === 0) ? null : wanted;
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
