/**
 * A reviewed draft as the explorer would send it to POST /api/import: a second article (written for
 * these tests, not a real one) about Korea–EU cooperation in quantum metrology, with its full text. It
 * brings a new institution (the EU's Joint Research Centre) and an agreement linking it to KRISS, adds an
 * alias to KRISS, restates two seed domains as they are, and says the KRISS–NIST consultation on quantum
 * supercomputing was agreed in 2024: a conflict with the seed's status and date.
 */
import type { Agreement, Institution } from '../../contract/dataset.js';
import { readDatasetFile } from '../../server/import/validate-dataset.js';
import { SEED_FILE } from './database.js';

export const DRAFT_ARTICLE = 'article-2024-03-15-kriss-jrc-quantum';
export const SEED_ARTICLE = 'article-2023-12-09-cet-dialogue';
export const SEED_ARTICLE_TITLE = '제1차 한미 차세대 핵심ㆍ신흥기술 대화';
export const NEW_INSTITUTION = 'eu-jrc';
export const NEW_AGREEMENT = 'kriss-jrc-quantum-metrology-mou';
export const CONFLICTING_AGREEMENT = 'kriss-nist-quantum-supercomputing-consultation';

export const DRAFT_TITLE = '표준연, 유럽연합 공동연구센터와 양자 계측 협력 양해각서 체결';

export const DRAFT_TEXT = [
  DRAFT_TITLE,
  '한국표준과학연구원(KRISS)은 유럽연합 집행위원회 공동연구센터(JRC)와 양자 계측 표준 분야 공동연구를 위한 양해각서(MOU)를 체결했다고 15일 밝혔다.',
  '두 기관은 양자 기반 측정 기술의 국제표준화를 위해 연구자 교류와 공동 실험을 추진하기로 했다.',
  '표준연은 또 미 국립표준기술연구소(NIST)와 협의해 온 차세대 양자 슈퍼컴퓨팅 공동 연구에 합의했다고 덧붙였다.',
].join('\n\n');

export const MOU_QUOTE =
  '한국표준과학연구원(KRISS)은 유럽연합 집행위원회 공동연구센터(JRC)와 양자 계측 표준 분야 공동연구를 위한 양해각서(MOU)를 체결했다고 15일 밝혔다.';
export const AGREED_QUOTE =
  '표준연은 또 미 국립표준기술연구소(NIST)와 협의해 온 차세대 양자 슈퍼컴퓨팅 공동 연구에 합의했다고 덧붙였다.';

export const NEW_ALIAS = 'KRISS 표준연구원';

const seed = readDatasetFile(SEED_FILE).dataset;
export const seedKriss = seed.institutions.find((institution) => institution.id === 'kr-kriss')!;
export const seedConsultation = seed.agreements.find((agreement) => agreement.id === CONFLICTING_AGREEMENT)!;
const seedDomain = (id: string) => seed.domains.find((domain) => domain.id === id)!;

/** A fresh copy each time, for a test to change. */
export function importDraft() {
  const kriss: Institution = { ...seedKriss, aliases: [...seedKriss.aliases, NEW_ALIAS] };
  const jrc: Institution = {
    id: NEW_INSTITUTION,
    nameEn: 'Joint Research Centre of the European Commission',
    nameKo: '유럽연합 집행위원회 공동연구센터',
    acronym: 'JRC',
    aliases: ['공동연구센터', 'EU JRC'],
    kind: 'institute',
  };
  const mou: Agreement = {
    id: NEW_AGREEMENT,
    titleEn: 'KRISS–JRC MOU on joint research in quantum metrology standards',
    titleKo: '표준연–JRC 양자 계측 표준 공동연구 양해각서',
    kind: 'mou',
    status: 'signed',
    date: '2024-03-15',
    summaryEn: 'KRISS and the JRC signed an MOU on joint research in quantum metrology standards.',
    summaryKo: '한국표준과학연구원과 JRC가 양자 계측 표준 분야 공동연구를 위한 양해각서를 체결했다.',
    domains: ['quantum', 'standards'],
    parties: [
      { institution: 'kr-kriss', role: 'party' },
      { institution: NEW_INSTITUTION, role: 'party' },
    ],
    evidence: [
      {
        source: DRAFT_ARTICLE,
        quoteKo: MOU_QUOTE,
        quoteEn:
          'KRISS said on the 15th that it signed an MOU with the JRC on joint research in quantum metrology standards.',
      },
    ],
  };
  const agreed: Agreement = {
    ...seedConsultation,
    status: 'agreed',
    date: '2024-03-15',
    evidence: [
      ...seedConsultation.evidence,
      {
        source: DRAFT_ARTICLE,
        quoteKo: AGREED_QUOTE,
        quoteEn:
          'KRISS added that it agreed with NIST on the joint research on next-generation quantum supercomputing.',
      },
    ],
  };
  return {
    sources: [
      {
        id: DRAFT_ARTICLE,
        kind: 'article' as const,
        title: DRAFT_TITLE,
        published: '2024-03-15',
        language: 'ko',
        text: DRAFT_TEXT,
      },
    ],
    domains: [seedDomain('quantum'), seedDomain('standards')],
    institutions: [kriss, jrc],
    agreements: [mou, agreed],
  };
}
