/** The curated seed file itself: valid, complete, and every quote verbatim from its source. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readDatasetFile } from '../server/import/validate-dataset.js';
import { ARTICLE_ACRONYMS, SEED_FILE } from './support/database.js';

const { dataset, external } = readDatasetFile(SEED_FILE);

describe('the seed data set', () => {
  it('defines everything it refers to', () => {
    for (const ids of Object.values(external)) expect([...ids.keys()]).toEqual([]);
  });

  it('quotes its sources verbatim', () => {
    const texts = new Map(
      dataset.sources
        .filter((source) => source.localCopy)
        .map((source) => [
          source.id,
          readFileSync(path.resolve(path.dirname(SEED_FILE), source.localCopy!), 'utf8'),
        ]),
    );
    expect(texts.size).toBeGreaterThan(0);
    const quotes = [
      ...dataset.agreements.flatMap((a) => a.evidence.map((e) => ({ at: a.id, ...e }))),
      ...dataset.events.map((e) => ({ at: e.id, ...e.evidence })),
    ];
    for (const quote of quotes) {
      const text = texts.get(quote.source);
      if (text && quote.quoteKo) expect(text, `${quote.at}: ${quote.quoteKo}`).toContain(quote.quoteKo);
    }
  });

  it('names the agencies the article names, with their acronyms', () => {
    const acronyms = dataset.institutions.map((institution) => institution.acronym);
    expect(acronyms).toEqual(expect.arrayContaining(ARTICLE_ACRONYMS));
    const koreanNames = dataset.institutions.map((institution) => institution.nameKo);
    expect(koreanNames).toEqual(
      expect.arrayContaining(['한국표준과학연구원', '과학기술정보통신부', '국가안보실', '보건복지부']),
    );
  });

  it('records the MSIT–NSF bio-economy pledge of US$10 million', () => {
    const pledge = dataset.agreements.find((a) => a.amountUsd !== undefined);
    expect(pledge?.amountUsd).toBe(10_000_000);
    expect(pledge?.parties.map((p) => p.institution).sort()).toEqual(['kr-msit', 'us-nsf']);
    expect(pledge?.domains).toContain('bio');
  });

  it('dates the April summit to 2023, where the article says "last year"', () => {
    const summit = dataset.events.find((event) => event.id === 'korea-us-summit-2023-04-26');
    expect(summit?.date).toBe('2023-04-26');
    expect(summit?.evidence.quoteKo).toContain('지난해 4월 26일');
  });
});
