/**
 * Sources keep their words: a source's full text is stored on its node (the seed article's from its
 * `localCopy`), and a quote that does not occur verbatim in its source's text, in the data set or in the
 * graph, is an error naming the quote's path, with nothing written.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../server/db/database.js';
import { importDataset } from '../server/import/importer.js';
import { checkDataset, DatasetError, readDatasetFile } from '../server/import/validate-dataset.js';
import { connectTestDatabase, graphChecksum, SEED_FILE, seedDatabase } from './support/database.js';

const ARTICLE = 'article-2023-12-09-cet-dialogue';
const articleText = readFileSync(
  path.join(path.dirname(SEED_FILE), 'sources', '000_aba27ba06ec56b0b.txt'),
  'utf8',
).trim();

let db: Database;
const dir = mkdtempSync(path.join(os.tmpdir(), 'source-text-'));

beforeAll(async () => {
  db = connectTestDatabase();
  await seedDatabase(db);
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The issues a data set is refused with, or [] when it passes. */
function issuesOf(check: () => unknown): { path: string; message: string }[] {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return error.issues;
  }
}

const agreementQuoting = (source: string, quoteKo: string) => ({
  id: 'kriss-nist-quote-test',
  titleEn: 'A quote test',
  titleKo: '인용 시험',
  kind: 'consultation',
  status: 'planned',
  summaryEn: 'A test agreement.',
  summaryKo: '시험용 협정.',
  domains: ['quantum'],
  parties: [{ institution: 'kr-kriss', role: 'party' }],
  evidence: [{ source, quoteKo, quoteEn: 'A quote.' }],
});

describe('the seed article', () => {
  it('is read from its localCopy and stored whole on its Source node', async () => {
    const { dataset } = readDatasetFile(SEED_FILE);
    expect(dataset.sources.find((source) => source.id === ARTICLE)?.text).toBe(articleText);
    const { records } = await db.driver.executeQuery(
      'MATCH (s:Source {id: $id}) RETURN s.text AS text',
      { id: ARTICLE },
      { database: db.name },
    );
    expect(records[0]?.get('text')).toBe(articleText);
  });
});

describe('a quote of a source with text', () => {
  const source = {
    id: 'article-test',
    kind: 'article',
    title: '시험 기사',
    language: 'ko',
    text: '표준연과 NIST가 양자 협력을 강화한다.\n두 기관은 내년에 만난다.',
  };

  it('passes when it occurs verbatim, in composed or decomposed Hangul', () => {
    expect(
      issuesOf(() =>
        checkDataset({
          sources: [source],
          agreements: [agreementQuoting(source.id, '양자 협력을 강화한다')],
        }),
      ),
    ).toEqual([]);
    const decomposed = '두 기관은 내년에 만난다'.normalize('NFD');
    expect(
      issuesOf(() =>
        checkDataset({ sources: [source], agreements: [agreementQuoting(source.id, decomposed)] }),
      ),
    ).toEqual([]);
  });

  it('is an error at its path when it does not, for evidence and provenance alike', () => {
    const institution = {
      id: 'kr-test-institute',
      nameEn: 'Test institute',
      nameKo: '시험연구원',
      kind: 'institute',
      partOf: { institution: 'kr-kriss', evidence: { source: source.id, quoteKo: '표준연 산하' } },
    };
    const issues = issuesOf(() =>
      checkDataset({
        sources: [source],
        institutions: [institution],
        agreements: [agreementQuoting(source.id, '양자 협력을 강화했다')],
      }),
    );
    expect(issues).toEqual([
      {
        path: 'institutions[0].partOf.evidence.quoteKo',
        message: 'does not occur verbatim in the text of source "article-test"',
      },
      {
        path: 'agreements[0].evidence[0].quoteKo',
        message: 'does not occur verbatim in the text of source "article-test"',
      },
    ]);
  });

  it('of a source the graph holds is checked against the stored text, before anything is written', async () => {
    const before = await graphChecksum(db);
    const checked = checkDataset({ agreements: [agreementQuoting(ARTICLE, '표준연과 NIST가 합의했다')] });
    await expect(importDataset(db, checked)).rejects.toThrow(
      /agreements\[0\]\.evidence\[0\]\.quoteKo: does not occur verbatim in the text of source "article-2023-12-09-cet-dialogue"/,
    );
    expect(await graphChecksum(db)).toBe(before);

    const verbatim =
      '한국표준과학연구원과 미 국립표준기술연구소(NIST) 간 차세대 양자컴퓨터 연구 증진을 위한 협력을 강화하고';
    await importDataset(db, checkDataset({ agreements: [agreementQuoting(ARTICLE, verbatim)] }));
    expect(await graphChecksum(db)).not.toBe(before);
  });
});

describe('a localCopy', () => {
  it('outside the data set folder is refused, so a file cannot carry other files into the graph', () => {
    const folder = path.join(dir, 'drafts');
    const file = path.join(folder, 'draft.json');
    writeFileSync(path.join(dir, 'elsewhere.txt'), 'not part of any data set');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(
      file,
      JSON.stringify({
        sources: [
          {
            id: 'article-test',
            kind: 'article',
            title: '시험',
            language: 'ko',
            localCopy: '../elsewhere.txt',
          },
        ],
      }),
    );
    expect(issuesOf(() => readDatasetFile(file))).toEqual([
      {
        path: 'sources[0].localCopy',
        message: "cannot be read: must be a path inside the data set's folder",
      },
    ]);
  });
});
