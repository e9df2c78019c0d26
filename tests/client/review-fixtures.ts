/**
 * An answer of POST /api/extract for the review's unit tests: a short Korean article (written for these
 * tests) in which KRISS signs an MOU with Germany's PTB, and the two form a working group with a body
 * the article calls "미 표준기술연구소", which the extractor proposes as new and lists NIST as a candidate
 * for. Offsets are computed from the text, as the extractor gives them.
 */
import type { ExtractResponse } from '../../contract/extract.js';

export const SOURCE = 'article-2025-03-03-kriss-ptb';
export const TITLE = '표준연, 독일 PTB와 양자 계측 협력';
export const MOU_SENTENCE =
  '한국표준과학연구원(KRISS)은 독일 물리기술연구소(PTB)와 양자 계측 공동연구를 위한 양해각서를 체결했다고 3일 밝혔다.';
export const GROUP_SENTENCE = '두 기관은 미 표준기술연구소와 함께 워킹그룹을 꾸리기로 했다.';
export const TEXT = [TITLE, MOU_SENTENCE, GROUP_SENTENCE].join('\n\n');

export const span = (part: string, within = TEXT) => {
  const start = within.indexOf(part);
  if (start < 0) throw new Error(`${part} is not in the text`);
  return { start, end: start + part.length, text: part };
};

const evidence = (sentence: string, mentions: string[]) => ({
  sentence: span(sentence),
  mentions: mentions.map((mention) => span(mention)),
  quoteEn: '',
});

export function extractResponse(): ExtractResponse {
  return {
    language: 'ko',
    languageDetected: true,
    characters: TEXT.length,
    elapsedMs: 12,
    draft: {
      sources: [
        { id: SOURCE, kind: 'article', title: TITLE, published: '2025-03-03', language: 'ko', text: TEXT },
      ],
      countries: [{ code: 'DE', nameEn: 'Germany', nameKo: '독일' }],
      domains: [],
      institutions: [
        {
          id: 'de-ptb',
          nameEn: 'Physikalisch-Technische Bundesanstalt',
          nameKo: '독일 물리기술연구소',
          acronym: 'PTB',
          aliases: [],
          kind: 'institute',
          country: 'DE',
        },
        {
          id: 'us-standards-institute',
          nameEn: 'US Standards Institute',
          nameKo: '미 표준기술연구소',
          aliases: [],
          kind: 'institute',
          country: 'US',
        },
      ],
      people: [],
      events: [],
      agreements: [
        {
          id: 'kriss-ptb-quantum-metrology-mou',
          titleEn: 'KRISS–PTB MOU on quantum metrology',
          titleKo: '표준연–PTB 양자 계측 양해각서',
          kind: 'mou',
          status: 'signed',
          date: '2025-03-03',
          summaryEn: 'KRISS and PTB signed an MOU on joint research in quantum metrology.',
          summaryKo: '한국표준과학연구원과 PTB가 양자 계측 공동연구 양해각서를 체결했다.',
          domains: ['quantum'],
          parties: [
            { institution: 'kr-kriss', role: 'party' },
            { institution: 'de-ptb', role: 'party' },
          ],
          evidence: [{ source: SOURCE, quoteKo: MOU_SENTENCE, quoteEn: '' }],
        },
        {
          id: 'kriss-ptb-nist-working-group',
          titleEn: 'Working group of KRISS, PTB and the US standards institute',
          titleKo: '표준연·PTB·미 표준기술연구소 워킹그룹',
          kind: 'working-group',
          status: 'planned',
          summaryEn: 'The two institutes will form a working group with the US standards institute.',
          summaryKo: '두 기관이 미 표준기술연구소와 워킹그룹을 꾸린다.',
          domains: ['quantum'],
          parties: [
            { institution: 'kr-kriss', role: 'party' },
            { institution: 'de-ptb', role: 'party' },
            { institution: 'us-standards-institute', role: 'party' },
          ],
          evidence: [{ source: SOURCE, quoteKo: GROUP_SENTENCE, quoteEn: '' }],
        },
      ],
    },
    review: [
      {
        type: 'institution',
        id: 'kr-kriss',
        match: 'graph',
        name: '한국표준과학연구원',
        candidates: [
          {
            id: 'kr-kriss',
            nameEn: 'Korea Research Institute of Standards and Science',
            nameKo: '한국표준과학연구원',
            acronym: 'KRISS',
            in: 'graph',
          },
        ],
        confidence: 0.98,
        reasons: ['Korean name matched', 'acronym matched in parentheses'],
        evidence: [evidence(MOU_SENTENCE, ['한국표준과학연구원(KRISS)'])],
      },
      {
        type: 'institution',
        id: 'de-ptb',
        match: 'reference',
        name: '독일 물리기술연구소',
        candidates: [
          {
            id: 'de-ptb',
            nameEn: 'Physikalisch-Technische Bundesanstalt',
            nameKo: '독일 물리기술연구소',
            acronym: 'PTB',
            in: 'reference',
          },
        ],
        confidence: 0.9,
        reasons: ['acronym matched in parentheses'],
        evidence: [evidence(MOU_SENTENCE, ['독일 물리기술연구소(PTB)'])],
      },
      {
        type: 'institution',
        id: 'us-standards-institute',
        match: 'new',
        name: '미 표준기술연구소',
        candidates: [
          {
            id: 'us-nist',
            nameEn: 'National Institute of Standards and Technology',
            nameKo: '국립표준기술연구소',
            acronym: 'NIST',
            in: 'graph',
          },
        ],
        confidence: 0.4,
        reasons: ['name ends in 연구소'],
        evidence: [evidence(GROUP_SENTENCE, ['미 표준기술연구소'])],
      },
      {
        type: 'agreement',
        id: 'kriss-ptb-quantum-metrology-mou',
        confidence: 0.85,
        reasons: ['cue word 양해각서', 'verb 체결했다: signed'],
        evidence: [evidence(MOU_SENTENCE, ['양해각서', '체결했다'])],
      },
      {
        type: 'agreement',
        id: 'kriss-ptb-nist-working-group',
        confidence: 0.6,
        reasons: ['cue word 워킹그룹', '꾸리기로 했다: planned'],
        evidence: [evidence(GROUP_SENTENCE, ['워킹그룹'])],
      },
    ],
  };
}
