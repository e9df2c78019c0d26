/** Importing data sets into the real Neo4j: exact counts, idempotence, and all-or-nothing rejection. */
import { readFileSync } from 'node:fs';

import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../server/db/database.js';
import { importDataset } from '../server/import/importer.js';
import { checkDataset, DatasetError } from '../server/import/validate-dataset.js';
import {
  connectTestDatabase,
  countByLabel,
  graphChecksum,
  resetDatabase,
  SEED_FILE,
} from './support/database.js';

const seedText = readFileSync(SEED_FILE, 'utf8');
const seedDocument = (): Record<string, unknown[]> => parse(seedText) as Record<string, unknown[]>;

let db: Database;

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

async function relationshipCounts(): Promise<Record<string, number>> {
  const { records } = await db.driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count',
  );
  return Object.fromEntries(records.map((r) => [r.get('type') as string, Number(r.get('count'))]));
}

describe('importing the seed', () => {
  it('creates exactly the curated graph', async () => {
    const summary = await importDataset(db, checkDataset(seedDocument()));
    expect(summary.nodesCreated).toBe(66);
    expect(await countByLabel(db)).toEqual({
      Institution: 26,
      Agreement: 21,
      Domain: 8,
      Source: 4,
      Country: 3,
      Event: 2,
      Person: 2,
    });
    expect(await relationshipCounts()).toEqual({
      PARTY_TO: 50,
      COVERS: 27,
      EVIDENCED_BY: 27,
      STATUS_STATED: 21,
      AGREED_AT: 20,
      BASED_IN: 25,
      PART_OF: 3,
      HOLDS: 2,
      CHAIRS: 2,
      COOPERATES_WITH: 28,
    });
  });

  it('derives COOPERATES_WITH from shared agreements', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (:Institution {id: 'kr-msit'})-[c:COOPERATES_WITH]-(:Institution {id: 'us-nsf'})
       RETURN c.agreementIds AS agreementIds, c.domains AS domains, c.weight AS weight`,
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.toObject()).toMatchObject({
      agreementIds: [
        'msit-nsf-bioeconomy-funding',
        'msit-nsf-biomanufacturing-joint-research',
        'msit-nsf-semiconductor-joint-research',
      ],
      domains: ['bio', 'semiconductors'],
    });
    expect(Number(records[0]?.get('weight'))).toBe(3);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await graphChecksum(db);
    const summary = await importDataset(db, checkDataset(seedDocument()));
    expect(summary).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await graphChecksum(db)).toBe(before);
  });
});

describe('a malformed file', () => {
  it('is rejected with the path and reason of every error, and nothing is written', async () => {
    const before = await graphChecksum(db);
    const document = seedDocument();
    const agreements = document.agreements as Record<string, unknown>[];
    agreements[0]!.status = 'maybe';
    agreements[1]!.evidence = [];
    delete (document.institutions as Record<string, unknown>[])[2]!.nameEn;

    let error: unknown;
    try {
      checkDataset(document);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const issues = (error as DatasetError).issues;
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'agreements[0].status',
      'agreements[1].evidence',
      'institutions[2].nameEn',
    ]);
    expect(issues.find((issue) => issue.path === 'agreements[1].evidence')?.message).toMatch(
      /at least one quote/,
    );
    expect((error as DatasetError).message).toMatch(/3 errors/);
    expect(await graphChecksum(db)).toBe(before);
  });

  it('rejects references to ids that neither the file nor the database defines, before writing', async () => {
    const before = await graphChecksum(db);
    const file = {
      agreements: [
        {
          id: 'new-agreement',
          titleEn: 'A new agreement',
          titleKo: '새 협정',
          kind: 'mou',
          status: 'signed',
          summaryEn: 'A test agreement.',
          summaryKo: '시험용 협정.',
          domains: ['quantum'],
          parties: [
            { institution: 'kr-kriss', role: 'party' },
            { institution: 'no-such-institute', role: 'party' },
          ],
          evidence: [{ source: 'article-2023-12-09-cet-dialogue', quoteKo: '인용', quoteEn: 'quote' }],
        },
      ],
    };
    const checked = checkDataset(file);
    await expect(importDataset(db, checked)).rejects.toThrow(
      /agreements\[0\]\.parties\[1\]\.institution: refers to institutions "no-such-institute"/,
    );
    expect(await graphChecksum(db)).toBe(before);
  });

  it('accepts a new agreement between institutions already in the database', async () => {
    const file = {
      agreements: [
        {
          id: 'test-kriss-nist-exchange',
          titleEn: 'Test exchange',
          titleKo: '시험 교류',
          kind: 'exchange',
          status: 'planned',
          date: '2025',
          summaryEn: 'A test agreement.',
          summaryKo: '시험용 협정.',
          domains: ['standards'],
          parties: [
            { institution: 'kr-kriss', role: 'party' },
            { institution: 'us-nih', role: 'party' },
          ],
          evidence: [{ source: 'article-2023-12-09-cet-dialogue', quoteKo: '인용', quoteEn: 'quote' }],
        },
      ],
    };
    const summary = await importDataset(db, checkDataset(file));
    expect(summary.nodesCreated).toBe(1);
    const { records } = await db.driver.executeQuery(
      `MATCH (:Institution {id: 'kr-kriss'})-[c:COOPERATES_WITH]-(:Institution {id: 'us-nih'}) RETURN c.agreementIds AS ids`,
    );
    expect(records[0]?.get('ids')).toEqual(['test-kriss-nist-exchange']);
  });
});

describe('a corrected file', () => {
  it('moves an event to its corrected source rather than adding a second one', async () => {
    const summit = (seedDocument().events as Record<string, unknown>[]).find(
      (event) => event.id === 'korea-us-summit-2023-04-26',
    )!;
    const corrected = {
      ...summit,
      evidence: { source: 'background-us-rok-leaders-joint-statement-2023', note: 'Date and place.' },
    };
    await importDataset(db, checkDataset({ events: [corrected] }));
    const { records } = await db.driver.executeQuery(
      `MATCH (:Event {id: 'korea-us-summit-2023-04-26'})-[r:EVIDENCED_BY]->(s:Source)
       RETURN s.id AS source, r.note AS note`,
    );
    expect(records.map((record) => record.toObject())).toEqual([
      { source: 'background-us-rok-leaders-joint-statement-2023', note: 'Date and place.' },
    ]);
  });
});
