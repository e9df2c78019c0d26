/**
 * The rules one at a time: Korean particles and English possessives around names, the country cue that
 * decides between institutions sharing an acronym, new organisations by their shape, and the readings
 * of status, date and amount.
 */
import { describe, expect, it } from 'vitest';

import type { Dataset } from '../../contract/dataset.js';
import { findAmounts } from '../../server/extract/amounts.js';
import { findDates } from '../../server/extract/dates.js';
import { catalogueFromDatasets, extractDraft } from '../../server/extract/index.js';
import { detectLanguage } from '../../server/extract/language.js';
import { splitSentences } from '../../server/extract/sentences.js';
import { readStatus } from '../../server/extract/status.js';
import { seedDataset, testCatalogue } from './catalogue.js';

const catalogue = testCatalogue();

function named(
  text: string,
  published = '2024-05-20',
): Map<string, { match: string; name: string; reasons: string[] }> {
  const result = extractDraft({ text, published }, catalogue);
  return new Map(
    result.review.flatMap((item) =>
      item.type === 'institution'
        ? [[item.id, { match: item.match, name: item.name, reasons: item.reasons }]]
        : [],
    ),
  );
}

describe('institutions with Korean particles and suffixes', () => {
  it.each([
    ['NSF와 과기정통부는 공동연구를 추진하기로 했다.', ['us-nsf', 'kr-msit']],
    ['미국 국립과학재단(NSF)이 한국표준과학연구원과 협력한다.', ['us-nsf', 'kr-kriss']],
    [
      '표준연과 미 상무부 산하 국립표준기술연구소(NIST)가 양해각서를 체결했다.',
      ['kr-kriss', 'us-doc', 'us-nist'],
    ],
    ['보건복지부는 NIH와의 교류를 넓힌다.', ['kr-mohw', 'us-nih']],
    ['과학기술정통부 장관은 NIST)간 협의에 나선다.', ['kr-msit', 'us-nist']],
  ])('%s', (text, ids) => {
    expect([...named(text).keys()].sort()).toEqual([...ids].sort());
  });

  it('reads name and acronym in parentheses as one mention', () => {
    const nsf = named('국립과학재단(NSF)이 지원한다.').get('us-nsf')!;
    expect(nsf.name).toBe('국립과학재단(NSF)');
    expect(nsf.reasons).toContain('name and acronym matched (acronym in parentheses)');
  });

  it('does not read a longer word as a name ("표준연구" is no 표준연)', () => {
    expect(named('표준연구 방법을 논의했다.').has('kr-kriss')).toBe(false);
  });
});

describe('institutions in English', () => {
  it('reads articles, possessives and acronyms', () => {
    const found = named(
      "The National Science Foundation (NSF) and Korea's Ministry of Science and ICT agreed to fund AI research.",
    );
    expect([...found.keys()].sort()).toEqual(['kr-msit', 'us-nsf']);
    expect(found.get('us-nsf')!.name).toBe('National Science Foundation (NSF)');
  });

  it('proposes an unknown organisation by its head word and acronym, with the country of its possessive', () => {
    const found = named(
      "Japan's National Institute for Quantum Science and Technology (QST) signed an MOU with KRISS.",
    );
    expect(found.get('jp-qst')).toMatchObject({
      match: 'new',
      name: 'National Institute for Quantum Science and Technology (QST)',
    });
  });
});

describe('a shared acronym', () => {
  const withTwin = catalogueFromDatasets(
    [seedDataset()],
    [
      {
        sources: [],
        countries: [{ code: 'SG', nameEn: 'Singapore', nameKo: '싱가포르' }],
        domains: [],
        people: [],
        events: [],
        agreements: [],
        institutions: [
          {
            id: 'kr-nrf',
            nameEn: 'National Research Foundation of Korea',
            nameKo: '한국연구재단',
            acronym: 'NRF',
            aliases: [],
            kind: 'agency',
            country: 'KR',
          },
          {
            id: 'sg-nrf',
            nameEn: 'National Research Foundation Singapore',
            nameKo: '싱가포르 국가연구재단',
            acronym: 'NRF',
            aliases: [],
            kind: 'agency',
            country: 'SG',
          },
        ],
      } satisfies Dataset,
    ],
  );
  const ids = (text: string): string[] =>
    extractDraft({ text, published: '2024-01-10' }, withTwin).review.flatMap((item) =>
      item.type === 'institution' ? [item.id] : [],
    );

  it('follows the country cue before it', () => {
    expect(ids('싱가포르 NRF와 KRISS가 협력한다.')).toContain('sg-nrf');
    expect(ids('한국 NRF와 NIST가 협력한다.')).toContain('kr-nrf');
    expect(ids("Singapore's NRF and NIST agreed to cooperate.")).toContain('sg-nrf');
  });

  it('lists both as candidates and says how it chose', () => {
    const result = extractDraft(
      { text: '싱가포르 NRF와 KRISS가 협력한다.', published: '2024-01-10' },
      withTwin,
    );
    const nrf = result.review.find((item) => item.type === 'institution' && item.id === 'sg-nrf');
    expect(nrf?.type === 'institution' && nrf.candidates.map((c) => c.id)).toEqual(['sg-nrf', 'kr-nrf']);
    expect(nrf?.reasons.join(' ')).toContain('"싱가포르" before the name');
  });
});

describe('new organisations', () => {
  it('by a Korean suffix, with the English name left to the reviewer', () => {
    const found = named('원자력안전위원회는 프랑스 원자력안전청(ASN)과 협의에 나선다.');
    const asn = found.get('fr-asn')!;
    expect(asn.match).toBe('new');
    expect(asn.reasons).toEqual(
      expect.arrayContaining(['new organisation by its suffix 청', 'country FR from "프랑스"']),
    );
    const committee = [...found.entries()].find(([, value]) => value.name === '원자력안전위원회')!;
    expect(committee[0]).toMatch(/^kr-agency-[0-9a-f]{6}$/);
    expect(committee[1].reasons).toContain(
      'English name set to the Korean name until the reviewer writes it',
    );
  });

  it('skips common nouns that end like institutions', () => {
    expect(
      [...named('정부와 일부 연구원은 박사후연구원 교류를 요청했다.').values()].filter(
        (v) => v.match === 'new',
      ),
    ).toEqual([]);
  });

  it('carries a reference record with its background source and country, and drops a parent it cannot name', () => {
    const result = extractDraft(
      { text: 'KIST와 프라운호퍼는 공동연구 협약을 체결했다.', published: '2024-03-12' },
      catalogue,
    );
    const kist = result.draft.institutions.find((i) => i.id === 'kr-kist')!;
    expect(kist.partOf).toBeUndefined();
    expect(kist.source).toBe('background-extraction-reference-fixture');
    expect(result.draft.sources.map((s) => s.id)).toContain('background-extraction-reference-fixture');
    expect(result.draft.countries.map((c) => c.code)).toEqual(['DE']);
  });
});

describe('status from verb and tense', () => {
  it.each([
    ['양해각서를 체결했다.', 'ko', 'signed'],
    ['양해각서를 체결하기로 했다.', 'ko', 'agreed'],
    ['공동연구에 합의했다.', 'ko', 'agreed'],
    ['워크숍을 개최할 예정이다.', 'ko', 'planned'],
    ['공동 연구를 위한 협의에 나선다.', 'ko', 'in-consultation'],
    ['They signed a memorandum.', 'en', 'signed'],
    ['They agreed to share data.', 'en', 'agreed'],
    ['They will open a joint lab.', 'en', 'planned'],
    ['They plan to fund a call.', 'en', 'planned'],
    ['They discussed joint research.', 'en', 'in-consultation'],
  ] as const)('%s → %s', (text, language, status) => {
    expect(readStatus(text, language, 0, false).status).toBe(status);
  });

  it('a date after publication makes an agreed meeting planned', () => {
    expect(readStatus('회의를 내년 미국에서 개최하기로 했다.', 'ko', 0, true).status).toBe('planned');
  });
});

describe('dates at the precision stated', () => {
  it.each([
    ['2024년 3월 15일 체결', 'ko', '2024-03-15'],
    ['3월 서울에서', 'ko', '2023-03'],
    ['내년 개최', 'ko', '2024'],
    ['지난해 4월 26일', 'ko', '2022-04-26'],
    ['다음 달 공고', 'ko', '2024-01'],
    ['signed in March 2024', 'en', '2024-03'],
    ['from early next year', 'en', '2024'],
    ['opens next month', 'en', '2024-01'],
    ['on 20 November 2023', 'en', '2023-11-20'],
    ['in 2026', 'en', '2026'],
  ] as const)('%s → %s', (text, language, value) => {
    expect(findDates(text, '2023-12-09', language)[0]?.value).toBe(value);
  });

  it('keeps offsets into the text', () => {
    const [date] = findDates('협약은 내년 3월 발효된다.', '2023-12-09', 'ko', 100);
    expect(date).toMatchObject({ value: '2024-03', span: { start: 104, end: 109, text: '내년 3월' } });
  });
});

describe('the day an agreement was signed', () => {
  const dateOf = (text: string, published: string): (string | undefined)[] =>
    extractDraft({ text, published }, catalogue).draft.agreements.map((agreement) => agreement.date);

  it('reads a month without its year after a past verb as the one before the article', () => {
    expect(dateOf('NRF and JSPS signed a memorandum in March to co-fund research.', '2024-11-20')).toEqual([
      '2024-03',
    ]);
    // "agreed to … next year" is to come, and stays so.
    expect(dateOf('NRF and JSPS agreed to run a joint call next year.', '2024-11-20')).toEqual(['2025']);
  });

  it('takes the day of the signing ceremony the next sentence tells of', () => {
    const text = [
      '한국표준과학연구원(KRISS)은 미국 국립표준기술연구소(NIST)와 양자 공동연구 협약을 체결했다.',
      '협약식은 지난 18일 대전 본원에서 열렸다.',
    ].join(' ');
    expect(dateOf(text, '2024-10-20')).toEqual(['2024-10-18']);
  });
});

describe('amounts as stated, never converted', () => {
  it.each([
    ['최소 1000만 달러 규모를 지원', { value: 10_000_000, currency: 'USD', stated: '최소 1000만 달러' }],
    ['500억 원을 투입', { value: 50_000_000_000, currency: 'KRW', stated: '500억 원' }],
    ['3억5000만 달러', { value: 350_000_000, currency: 'USD', stated: '3억5000만 달러' }],
    ['10억 엔을 부담', { value: 1_000_000_000, currency: 'JPY', stated: '10억 엔' }],
    ['$5 million a year', { value: 5_000_000, currency: 'USD', per: 'year', stated: '$5 million a year' }],
    ['€10 million over five years', { value: 10_000_000, currency: 'EUR', stated: '€10 million' }],
    ['£2.5 million', { value: 2_500_000, currency: 'GBP', stated: '£2.5 million' }],
    ['KRW 50 billion', { value: 50_000_000_000, currency: 'KRW', stated: 'KRW 50 billion' }],
    ['Rs 50 crore', { value: 500_000_000, currency: 'INR', stated: 'Rs 50 crore' }],
  ])('%s', (text, amount) => {
    const [found] = findAmounts(text);
    expect({
      value: found!.value,
      currency: found!.currency,
      stated: found!.stated,
      ...(found!.per ? { per: found!.per } : {}),
    }).toEqual(amount);
  });

  it('reads no money in 연구원 or 원자력', () => {
    expect(findAmounts('3명의 연구원이 원자력 연구에 참여한다')).toEqual([]);
  });
});

describe('language and sentences', () => {
  it('detects Korean with acronyms and English', () => {
    expect(detectLanguage('KRISS와 NIST는 MOU를 체결했다.')).toBe('ko');
    expect(detectLanguage('KRISS and NIST signed an MOU.')).toBe('en');
  });

  it('splits at sentence ends, not after U.S. or inside 1.5트랙', () => {
    const text = 'The U.S. and Korea agreed. 1.5트랙 회의를 연다. 다음 문장이다.\nA headline';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. and Korea agreed.',
      '1.5트랙 회의를 연다.',
      '다음 문장이다.',
      'A headline',
    ]);
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
