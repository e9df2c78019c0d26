/**
 * The baseline the bulk importer is measured against: what a straightforward importer does — every
 * record in its own write transaction, with the seed importer's MERGE statements, and the derived
 * COOPERATES_WITH edges merged pair by pair as each agreement arrives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Database } from '../../server/db/database.js';
import { datasetSchema, type Dataset } from '../../contract/dataset.js';

const COOPERATION_PAIRS = readFileSync(path.join(import.meta.dirname, 'cooperation-pairs.cypher'), 'utf8');

/** Statements per record of each collection, in the seed importer's order. */
const STATEMENTS: [keyof Dataset, string[]][] = [
  ['countries', ['import/countries']],
  ['domains', ['import/domains']],
  ['sources', ['import/sources']],
  ['institutions', ['import/institutions', 'import/part-of']],
  ['events', ['import/events']],
  ['people', ['import/people']],
  [
    'agreements',
    [
      'import/agreements',
      'import/agreement-parties',
      'import/agreement-domains',
      'import/agreement-evidence',
    ],
  ],
];

export interface NaiveOutcome {
  records: number;
  transactions: number;
  relationshipsCreated: number;
  nodesCreated: number;
}

export async function naiveImport(
  db: Database,
  chunks: Iterable<unknown> | AsyncIterable<unknown>,
  onRecord?: (records: number) => void,
): Promise<NaiveOutcome> {
  const outcome: NaiveOutcome = { records: 0, transactions: 0, relationshipsCreated: 0, nodesCreated: 0 };
  for await (const raw of chunks) {
    const dataset = datasetSchema.parse(raw);
    for (const [collection, statements] of STATEMENTS) {
      for (const record of dataset[collection]) {
        const updates = await db.write(async (tx) => {
          const counted = { relationshipsCreated: 0, nodesCreated: 0 };
          const run = async (text: string, parameters: Record<string, unknown>): Promise<void> => {
            const result = await tx.run(text, parameters);
            const counters = result.summary.counters.updates();
            counted.relationshipsCreated += counters.relationshipsCreated ?? 0;
            counted.nodesCreated += counters.nodesCreated ?? 0;
          };
          for (const statement of statements) await run(db.cypher.get(statement), { rows: [record] });
          if (collection === 'agreements') {
            const agreement = record as Dataset['agreements'][number];
            await run(COOPERATION_PAIRS, {
              pairs: pairsOf(agreement.parties.map((party) => party.institution)),
              agreement: agreement.id,
              domains: agreement.domains,
            });
          }
          return counted;
        });
        outcome.records += 1;
        outcome.transactions += 1;
        outcome.relationshipsCreated += updates.relationshipsCreated;
        outcome.nodesCreated += updates.nodesCreated;
        onRecord?.(outcome.records);
      }
    }
  }
  return outcome;
}

function pairsOf(ids: string[]): [string, string][] {
  const sorted = [...ids].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b): [string, string] => [a, b]));
}
