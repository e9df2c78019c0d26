/**
 * The closed vocabularies of the graph model. Users write Cypher against these values and the client
 * shows their labels, so they are part of the public interface: add values, do not rename them.
 */

export const INSTITUTION_KINDS = [
  'government',
  'ministry',
  'agency',
  'institute',
  'research-centre',
  'office',
  'industry',
  'academia',
] as const;

export const AGREEMENT_KINDS = [
  'mou',
  'joint-research',
  'funding',
  'working-group',
  'exchange',
  'meeting',
  'dialogue',
  'consultation',
] as const;

export const AGREEMENT_STATUSES = ['agreed', 'planned', 'signed', 'in-consultation'] as const;

export const PARTY_ROLES = ['party', 'lead', 'proposer', 'host', 'supporter'] as const;

/** `background` marks facts taken from outside the news sources (a parent ministry, an official name). */
export const SOURCE_KINDS = ['article', 'background'] as const;

/** ISO 4217 codes of the currencies the sources state amounts in; an amount is kept as stated, never converted. */
export const CURRENCIES = ['USD', 'KRW', 'EUR', 'JPY', 'CNY', 'GBP', 'INR', 'AUD', 'CAD', 'CHF'] as const;

/** The links a path may take: shared agreements, parent organisations, the same event, a person's posts. */
export const PATH_LINKS = ['agreement', 'parent', 'event', 'person'] as const;
/** Links that state cooperation or belonging; being at the same event or sharing a person do not. */
export const DEFAULT_PATH_LINKS = ['agreement', 'parent'] as const;

export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type PartyRole = (typeof PARTY_ROLES)[number];

type Labels<K extends string> = Record<K, { en: string; ko: string }>;

export const INSTITUTION_KIND_LABELS: Labels<InstitutionKind> = {
  government: { en: 'Government', ko: '정부' },
  ministry: { en: 'Ministry', ko: '부처' },
  agency: { en: 'Agency', ko: '기관' },
  institute: { en: 'Research institute', ko: '연구기관' },
  'research-centre': { en: 'Research centre', ko: '연구센터' },
  office: { en: 'Office', ko: '실·청' },
  industry: { en: 'Industry', ko: '산업계' },
  academia: { en: 'Academia', ko: '학계' },
};

export const AGREEMENT_KIND_LABELS: Labels<AgreementKind> = {
  mou: { en: 'MOU', ko: '양해각서' },
  'joint-research': { en: 'Joint research', ko: '공동연구' },
  funding: { en: 'Funding', ko: '재정 지원' },
  'working-group': { en: 'Working group', ko: '워킹그룹' },
  exchange: { en: 'Exchange', ko: '교류' },
  meeting: { en: 'Meeting / conference', ko: '회의' },
  dialogue: { en: 'Dialogue', ko: '대화' },
  consultation: { en: 'Consultation', ko: '협의' },
};

export const AGREEMENT_STATUS_LABELS: Labels<AgreementStatus> = {
  agreed: { en: 'Agreed', ko: '합의' },
  planned: { en: 'Planned', ko: '예정' },
  signed: { en: 'Signed', ko: '체결' },
  'in-consultation': { en: 'In consultation', ko: '협의 중' },
};
