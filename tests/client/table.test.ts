/** The table view's pure parts: choosing a column to sort by, the API query, the cells and the CSV. */
import { describe, expect, it } from 'vitest';

import type { AgreementSummary } from '../../contract/graph.js';
import { EMPTY_FILTERS } from '../../client/src/state/filters.js';
import { DEFAULT_TABLE, pageCount, sortBy, tableParams } from '../../client/src/state/table.js';
import { cellsOf, shorten } from '../../client/src/views/table/columns.js';
import { tableCsv } from '../../client/src/views/table/csv.js';
import { EXPLORER_EN } from '../../client/src/i18n/explorer-en.js';
import { EXPLORER_KO } from '../../client/src/i18n/explorer-ko.js';
import { parseCsv } from '../support/csv.js';

const pledge: AgreementSummary = {
  id: 'msit-nsf-bioeconomy-funding',
  titleEn: 'Joint funding for the bioeconomy, "at least" $10M',
  titleKo: '바이오경제 공동 펀딩',
  kind: 'funding',
  status: 'agreed',
  date: '2023-12-09',
  amountUsd: 10_000_000,
  amount: { value: 10_000_000, currency: 'USD', per: null, stated: '최소 1000만 달러' },
  summaryEn: '',
  summaryKo: '',
  domains: ['bio', 'ai'],
  parties: [
    {
      id: 'us-nsf',
      nameEn: 'National Science Foundation',
      nameKo: '미국 국립과학재단',
      acronym: 'NSF',
      role: 'party',
    },
    {
      id: 'kr-msit',
      nameEn: 'Ministry of Science and ICT',
      nameKo: '과학기술정보통신부',
      acronym: 'MSIT',
      role: 'lead',
    },
  ],
  evidence: [
    {
      quoteKo: '양국은 바이오 분야에 최소 1000만 달러를 공동 투자하기로 했다.',
      quoteEn: '',
      source: {
        id: 'article',
        title: 'Article',
        publisher: null,
        published: null,
        url: null,
        language: 'ko',
        hasText: true,
      },
    },
  ],
  statusHistory: [],
  agreedAt: null,
};

const names: Record<string, { en: string; ko: string }> = {
  bio: { en: 'Bio', ko: '바이오' },
  ai: { en: 'AI', ko: '인공지능' },
};

describe('sorting the table', () => {
  it('starts dates and amounts with the largest, words from A, and turns a column round when chosen again', () => {
    const byAmount = sortBy({ ...DEFAULT_TABLE, page: 4 }, 'amount');
    expect(byAmount).toEqual({ ...DEFAULT_TABLE, sort: 'amount', order: 'desc', page: 0 });
    expect(sortBy(byAmount, 'amount').order).toBe('asc');
    expect(sortBy(byAmount, 'parties')).toMatchObject({ sort: 'parties', order: 'asc' });
    expect(sortBy(DEFAULT_TABLE, 'date')).toMatchObject({ sort: 'date', order: 'asc' });
  });

  it('asks the API for the map’s filters and month, the words, the column and the page', () => {
    const params = tableParams(
      { ...EMPTY_FILTERS, domain: 'quantum', status: 'planned' },
      '2024-02',
      { sort: 'parties', order: 'asc', text: '  NIST ', page: 2 },
      'ko',
    );
    expect(Object.fromEntries(params)).toEqual({
      domain: 'quantum',
      status: 'planned',
      asOf: '2024-02-29',
      q: 'NIST',
      sort: 'parties',
      order: 'asc',
      lang: 'ko',
      limit: '100',
      offset: '200',
    });
    expect(tableParams(EMPTY_FILTERS, null, DEFAULT_TABLE, 'en').has('q')).toBe(false);
    // Fifty thousand rows: the table pages through the first ten thousand.
    expect([pageCount(0), pageCount(100), pageCount(101), pageCount(50_000)]).toEqual([1, 1, 2, 100]);
  });
});

describe('the cells', () => {
  it('name parties by acronym in English and in full in Korean, in alphabetical order', () => {
    const en = cellsOf(pledge, { language: 'en', domainName: (id) => names[id]!.en });
    expect(en).toEqual({
      title: 'Joint funding for the bioeconomy, "at least" $10M',
      parties: 'MSIT; NSF',
      kind: 'Funding',
      status: 'Agreed',
      date: '2023-12-09',
      amount: '10000000',
      currency: 'USD',
      domains: 'AI; Bio',
      // No English translation: the Korean sentence itself.
      quote: '양국은 바이오 분야에 최소 1000만 달러를 공동 투자하기로 했다.',
    });
    const ko = cellsOf(pledge, { language: 'ko', domainName: (id) => names[id]!.ko });
    expect(ko).toMatchObject({
      parties: '과학기술정보통신부; 미국 국립과학재단',
      kind: '재정 지원',
      domains: '바이오; 인공지능',
    });
  });

  it('give an amount recorded in dollars only, and nothing for none', () => {
    const context = { language: 'en' as const, domainName: (id: string) => id };
    expect(cellsOf({ ...pledge, amount: null }, context)).toMatchObject({
      amount: '10000000',
      currency: 'USD',
    });
    expect(cellsOf({ ...pledge, amount: null, amountUsd: null, date: null }, context)).toMatchObject({
      amount: '',
      currency: '',
      date: '',
    });
  });

  it('shorten a long quote at a word', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('the first words of a long quote', 16)).toBe('the first words…');
  });
});

describe('the download', () => {
  it('holds the rows in their order under the columns’ names, quoted where needed, with a byte order mark', () => {
    const context = { language: 'ko' as const, domainName: (id: string) => names[id]!.ko };
    const rows = [cellsOf(pledge, context), cellsOf({ ...pledge, titleKo: '=1+1 "인용"\n둘째 줄' }, context)];
    const csv = tableCsv(EXPLORER_KO.table.columns, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(csv.slice(1));
    expect(header).toEqual(['협정', '당사자', '유형', '상태', '날짜', '금액', '통화', '분야', '인용문']);
    expect(records.map((record) => record[0])).toEqual(['바이오경제 공동 펀딩', `'=1+1 "인용"\n둘째 줄`]);
    expect(records[0]).toEqual(Object.values(rows[0]!));
    expect(parseCsv(tableCsv(EXPLORER_EN.table.columns, []).slice(1))).toEqual([
      ['Agreement', 'Parties', 'Kind', 'Status', 'Date', 'Amount', 'Currency', 'Domains', 'Quote'],
    ]);
  });
});
