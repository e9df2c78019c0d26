/**
 * Technology fields from a bilingual keyword list. The catalogue's domains are reused by id; a field
 * they do not cover (space, nuclear …) becomes a draft domain with its names.
 */
import type { Span } from './types.js';

export interface DomainWords {
  id: string;
  nameEn: string;
  nameKo: string;
  /** Korean keywords, matched anywhere (Korean compounds them: 양자컴퓨터). */
  ko: string[];
  /** English keywords, matched as words, in any case unless written in capitals. */
  en: string[];
}

export const DOMAIN_WORDS: DomainWords[] = [
  { id: 'quantum', nameEn: 'Quantum', nameKo: '양자', ko: ['양자', '퀀텀'], en: ['quantum'] },
  {
    id: 'semiconductors',
    nameEn: 'Semiconductors',
    nameKo: '반도체',
    ko: ['반도체', '시스템칩'],
    en: ['semiconductor', 'semiconductors', 'chip', 'chips', 'chipmaking'],
  },
  {
    id: 'ai',
    nameEn: 'AI',
    nameKo: '인공지능',
    ko: ['인공지능', 'AI'],
    en: ['AI', 'artificial intelligence', 'machine learning'],
  },
  {
    id: 'bio',
    nameEn: 'Bio',
    nameKo: '바이오',
    ko: ['바이오', '생명공학', '합성생물학', '유전체'],
    en: [
      'bio',
      'biotechnology',
      'biomanufacturing',
      'bioeconomy',
      'bio-economy',
      'synthetic biology',
      'genomics',
    ],
  },
  {
    id: 'health',
    nameEn: 'Health & pharmaceuticals',
    nameKo: '의료·제약',
    ko: ['의료', '제약', '의약품', '보건', '백신', '병원', '의사과학자', '감염병'],
    en: [
      'health',
      'medical',
      'pharmaceutical',
      'pharmaceuticals',
      'vaccine',
      'vaccines',
      'cancer',
      'clinical',
    ],
  },
  {
    id: 'batteries-energy',
    nameEn: 'Batteries & energy',
    nameKo: '배터리·에너지',
    ko: ['배터리', '이차전지', '에너지', '수소', 'ESS'],
    en: ['battery', 'batteries', 'energy storage', 'hydrogen', 'clean energy', 'ESS'],
  },
  {
    id: 'nuclear',
    nameEn: 'Nuclear',
    nameKo: '원자력',
    ko: ['원자력', '원전', '원자로', '핵융합', 'SMR', '방사성'],
    en: ['nuclear', 'reactor', 'reactors', 'fusion', 'SMR', 'SMRs', 'radioactive'],
  },
  {
    id: 'space',
    nameEn: 'Space',
    nameKo: '우주',
    ko: ['우주', '위성', '발사체', '달 탐사', '아르테미스', '탐사선'],
    en: [
      'space',
      'satellite',
      'satellites',
      'lunar',
      'Moon',
      'Artemis',
      'launch vehicle',
      'spacecraft',
      'aerospace',
    ],
  },
  {
    id: 'standards',
    nameEn: 'Standards',
    nameKo: '표준',
    ko: ['표준', '계량'],
    en: ['standards', 'standardisation', 'standardization', 'metrology', 'measurement standards'],
  },
  {
    id: 'climate-environment',
    nameEn: 'Climate & environment',
    nameKo: '기후·환경',
    ko: ['기후', '탄소중립', '온실가스'],
    en: ['climate', 'carbon neutrality', 'net zero', 'net-zero', 'emissions', 'environmental'],
  },
  {
    id: 'materials',
    nameEn: 'Materials',
    nameKo: '소재',
    ko: ['신소재', '소재', '핵심광물'],
    en: ['materials', 'critical minerals'],
  },
  {
    id: 'telecommunications',
    nameEn: 'Telecommunications',
    nameKo: '통신',
    ko: ['6G', '5G', '통신'],
    en: ['6G', '5G', 'telecommunications', 'telecom'],
  },
  {
    id: 'critical-emerging-tech',
    nameEn: 'Critical & emerging technology',
    nameKo: '핵심·신흥기술',
    ko: ['핵심·신흥기술', '핵심신흥기술', '첨단기술', '첨단 과학기술', '신흥기술'],
    en: ['critical and emerging', 'emerging technologies', 'emerging technology', 'advanced technologies'],
  },
];

export const DEFAULT_DOMAIN = 'critical-emerging-tech';

export interface DomainHit {
  id: string;
  span: Span;
}

/** Domains named in `text` (offsets from `offset`), in order of first mention. */
export function findDomains(text: string, offset = 0): DomainHit[] {
  const hits: DomainHit[] = [];
  for (const domain of DOMAIN_WORDS) {
    for (const word of [...domain.ko, ...domain.en]) {
      const pattern = wordPattern(word);
      for (const match of text.matchAll(pattern)) {
        hits.push({
          id: domain.id,
          span: { start: offset + match.index, end: offset + match.index + match[0].length, text: match[0] },
        });
      }
    }
  }
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: DomainHit[] = [];
  for (const hit of hits) {
    if (kept.some((other) => hit.span.start < other.span.end && other.span.start < hit.span.end)) continue;
    kept.push(hit);
  }
  return kept;
}

const patterns = new Map<string, RegExp>();

function wordPattern(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const latin = /^[A-Za-z0-9]/.test(word);
    const caseless = latin && word !== word.toUpperCase() ? 'i' : '';
    // Latin words stand alone; "bio" also begins compounds (bio-manufacturing) but not "biography".
    const source = latin
      ? `(?<![A-Za-z0-9])${escaped}${word === 'bio' ? '(?=-)' : '(?![A-Za-z0-9])'}`
      : escaped;
    pattern = new RegExp(source, `g${caseless}`);
    patterns.set(word, pattern);
  }
  return pattern;
}
