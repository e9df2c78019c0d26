/**
 * Country cues: the words that say which country an organisation belongs to (미 상무부, Japan's AIST) or
 * that stand for a country's government (미국은, "Korea and Japan agreed"). Korean writes one-syllable
 * abbreviations in pairs (한·미, 한일), which `PAIRS` reads.
 */
import { isAsciiWordChar, isHangul } from './language.js';
import type { Span } from './types.js';

export interface CountryWords {
  code: string;
  nameEn: string;
  nameKo: string;
  /** Korean words for the country, standalone (미국, 미). */
  ko: string[];
  /** English nouns for the country (Japan, the U.S.); a possessive of one is a cue too. */
  en: string[];
  /** English adjectives (Japanese), cues only. */
  adjectives: string[];
  /** The one-syllable form in pairs such as 한·일. */
  syllable: string | null;
  /** False for the European Union: a side in cooperation, but no ISO country for a record's `country`. */
  iso?: false;
}

export const COUNTRIES: CountryWords[] = [
  {
    code: 'KR',
    nameEn: 'Republic of Korea',
    nameKo: '대한민국',
    syllable: '한',
    ko: ['대한민국', '한국', '우리나라', '우리', '국내', '韓'],
    en: ['South Korea', 'Republic of Korea', 'Korea', 'ROK', 'Seoul'],
    adjectives: ['Korean', 'South Korean'],
  },
  {
    code: 'US',
    nameEn: 'United States',
    nameKo: '미국',
    syllable: '미',
    ko: ['미국', '미', '美'],
    en: ['United States', 'U.S.', 'US', 'America', 'Washington'],
    adjectives: ['American'],
  },
  {
    code: 'JP',
    nameEn: 'Japan',
    nameKo: '일본',
    syllable: '일',
    ko: ['일본', '日'],
    en: ['Japan', 'Tokyo'],
    adjectives: ['Japanese'],
  },
  {
    code: 'CN',
    nameEn: 'China',
    nameKo: '중국',
    syllable: '중',
    ko: ['중국', '中'],
    en: ['China', 'Beijing'],
    adjectives: ['Chinese'],
  },
  {
    code: 'DE',
    nameEn: 'Germany',
    nameKo: '독일',
    syllable: '독',
    ko: ['독일', '獨'],
    en: ['Germany', 'Berlin'],
    adjectives: ['German'],
  },
  {
    code: 'FR',
    nameEn: 'France',
    nameKo: '프랑스',
    syllable: '프',
    ko: ['프랑스', '佛'],
    en: ['France', 'Paris'],
    adjectives: ['French'],
  },
  {
    code: 'GB',
    nameEn: 'United Kingdom',
    nameKo: '영국',
    syllable: '영',
    ko: ['영국', '英'],
    en: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'London'],
    adjectives: ['British'],
  },
  {
    code: 'IN',
    nameEn: 'India',
    nameKo: '인도',
    syllable: null,
    ko: ['인도'],
    en: ['India', 'New Delhi'],
    adjectives: ['Indian'],
  },
  {
    code: 'AU',
    nameEn: 'Australia',
    nameKo: '호주',
    syllable: '호',
    ko: ['호주'],
    en: ['Australia', 'Canberra'],
    adjectives: ['Australian'],
  },
  {
    code: 'CA',
    nameEn: 'Canada',
    nameKo: '캐나다',
    syllable: null,
    ko: ['캐나다'],
    en: ['Canada', 'Ottawa'],
    adjectives: ['Canadian'],
  },
  {
    code: 'IT',
    nameEn: 'Italy',
    nameKo: '이탈리아',
    syllable: null,
    ko: ['이탈리아'],
    en: ['Italy', 'Rome'],
    adjectives: ['Italian'],
  },
  {
    code: 'SG',
    nameEn: 'Singapore',
    nameKo: '싱가포르',
    syllable: null,
    ko: ['싱가포르'],
    en: ['Singapore'],
    adjectives: ['Singaporean'],
  },
  {
    code: 'EU',
    nameEn: 'European Union',
    nameKo: '유럽연합',
    syllable: null,
    iso: false,
    ko: ['유럽연합', 'EU'],
    en: ['European Union', 'EU', 'Brussels'],
    adjectives: ['European'],
  },
];

export const COUNTRY_BY_CODE = new Map(COUNTRIES.map((country) => [country.code, country]));

export interface CountryCue {
  code: string;
  span: Span;
  /** A possessive or adjective (Japan's, Japanese): it qualifies what follows. */
  qualifier: boolean;
}

interface CueWord {
  code: string;
  word: string;
  korean: boolean;
  qualifier: boolean;
}

const CUE_WORDS: CueWord[] = COUNTRIES.flatMap((country) => [
  ...country.ko.map((word) => ({ code: country.code, word, korean: true, qualifier: false })),
  ...country.en.map((word) => ({ code: country.code, word, korean: false, qualifier: false })),
  ...country.adjectives.map((word) => ({ code: country.code, word, korean: false, qualifier: true })),
]).sort((a, b) => b.word.length - a.word.length);

/** Every country word in `text` (offsets from `offset`), longest first where two overlap. */
export function findCountryCues(text: string, offset = 0): CountryCue[] {
  const cues: CountryCue[] = [];
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  for (const cue of CUE_WORDS) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(cue.word, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + cue.word.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      if (!standsAlone(text, at, end, cue)) continue;
      for (let i = at; i < end; i++) taken[i] = true;
      const possessive = !cue.korean && /^['’]s\b/.test(text.slice(end));
      cues.push({
        code: cue.code,
        span: { start: offset + at, end: offset + end, text: cue.word },
        qualifier: cue.qualifier || possessive,
      });
    }
  }
  return cues.sort((a, b) => a.span.start - b.span.start);
}

function standsAlone(text: string, at: number, end: number, cue: CueWord): boolean {
  if (!cue.korean) return !isAsciiWordChar(text[at - 1]) && !isAsciiWordChar(text[end]);
  if (isHangul(text[at - 1])) return false;
  const after = text[end];
  // 미 and 우리 stand alone only before a space ("미 상무부", "우리 표준과학연구원").
  if (cue.word.length === 1 || cue.word === '우리') return after === ' ';
  if (cue.word === '국내') return after === ' ';
  return true;
}

/** Korean pairs of one-syllable country names: 한·미, 한미, 한-일, 한·미·인도 (with full names after the first). */
export function findCountryPairs(text: string, offset = 0): { codes: string[]; span: Span }[] {
  const syllables = new Map(
    COUNTRIES.filter((c) => c.syllable).map((country) => [country.syllable!, country.code]),
  );
  const names = new Map(COUNTRIES.flatMap((country) => country.ko.slice(0, 2).map((w) => [w, country.code])));
  const found: { codes: string[]; span: Span }[] = [];
  const pattern = /(?<![가-힣])한[·ㆍ-]?([미일중독영호]|EU|인도|유럽)(?:[·ㆍ-](인도|EU|[미일중독영호]))?/g;
  for (const match of text.matchAll(pattern)) {
    const parts = [match[1]!, match[2]].filter((part): part is string => part !== undefined);
    const codes = ['KR'];
    for (const part of parts) {
      const code = syllables.get(part) ?? names.get(part) ?? (part === 'EU' || part === '유럽' ? 'EU' : null);
      if (code) codes.push(code);
    }
    const start = offset + match.index;
    found.push({ codes: [...new Set(codes)], span: { start, end: start + match[0].length, text: match[0] } });
  }
  return found;
}
