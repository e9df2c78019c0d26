/**
 * Titles and summaries of a proposed agreement, built from its parties and kind. The English summary is
 * a plain template that says no more than the sentence; the Korean summary is the sentence itself.
 */
import {
  AGREEMENT_KIND_LABELS,
  type AgreementKind,
  type AgreementStatus,
} from '../../contract/vocabulary.js';
import { COUNTRY_BY_CODE } from './countries.js';
import type { StatedAmount } from './amounts.js';
import { DOMAIN_WORDS } from './domains.js';
import type { ResolvedInstitution } from './resolve.js';

export interface PartyLabels {
  en: string;
  ko: string;
  /** An id word: kriss, kr (a government). */
  token: string;
}

const SHORT_COUNTRY_EN: Record<string, string> = { KR: 'Korea', US: 'US', GB: 'UK' };

export function partyLabels(institution: ResolvedInstitution): PartyLabels {
  const record = institution.known ?? institution.guess!;
  const country = record.country ?? null;
  if (record.kind === 'government' && country) {
    const words = COUNTRY_BY_CODE.get(country);
    return {
      en: SHORT_COUNTRY_EN[country] ?? words?.nameEn ?? country,
      ko: words?.ko[country === 'KR' ? 1 : 0] ?? record.nameKo,
      token: country.toLowerCase(),
    };
  }
  const acronym = record.acronym ?? null;
  const koreanNames = [record.nameKo, ...(institution.known?.aliases ?? [])].filter((name) =>
    /^[가-힣]/.test(name),
  );
  const shortestKorean = koreanNames.sort((a, b) => a.length - b.length)[0];
  const ko =
    country === 'KR'
      ? (shortestKorean ?? acronym ?? record.nameKo)
      : (acronym ?? shortestKorean ?? record.nameKo);
  const token = institution.id
    .replace(/^[a-z]{2}-/, '')
    .split('-')
    .slice(0, 3)
    .join('-');
  return { en: acronym ?? record.nameEn, ko, token };
}

const KIND_EN: Record<AgreementKind, string> = {
  mou: 'a memorandum of understanding',
  'joint-research': 'joint research',
  funding: 'funding',
  'working-group': 'a working group',
  exchange: 'cooperation',
  meeting: 'a meeting',
  dialogue: 'a dialogue',
  consultation: 'consultations',
};

export function domainNames(ids: string[]): { en: string; ko: string }[] {
  return ids.map((id) => {
    const words = DOMAIN_WORDS.find((domain) => domain.id === id);
    return { en: words?.nameEn ?? id, ko: words?.nameKo ?? id };
  });
}

export function titles(
  labels: PartyLabels[],
  kind: AgreementKind,
  domains: string[],
): { titleEn: string; titleKo: string } {
  const names = domainNames(domains.slice(0, 2));
  const label = AGREEMENT_KIND_LABELS[kind];
  const kindEn = kind === 'mou' ? 'MOU' : kind === 'exchange' ? 'cooperation' : label.en.toLowerCase();
  const kindKo = kind === 'exchange' ? '협력' : label.ko;
  const fieldEn =
    names.length > 0
      ? ` on ${names.map((name) => name.en.toLowerCase().replace(/^ai$/, 'AI')).join(' and ')}`
      : '';
  const fieldKo = names.length > 0 ? ` ${names.map((name) => name.ko).join('·')}` : '';
  return {
    titleEn: `${labels.map((l) => l.en).join('–')} ${kindEn}${fieldEn}`,
    titleKo: `${labels.map((l) => l.ko).join('–')}${fieldKo} ${kindKo}`,
  };
}

export function summaryEn(
  labels: PartyLabels[],
  kind: AgreementKind,
  status: AgreementStatus,
  domains: string[],
  amount: StatedAmount | null,
): string {
  const names = labels.map((l) => l.en);
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
  const field = domainNames(domains.slice(0, 2)).map((name) => name.en.toLowerCase().replace(/^ai$/, 'AI'));
  const inField = field.length > 0 ? ` in ${field.join(' and ')}` : '';
  const what = KIND_EN[kind];
  const verb: Record<AgreementStatus, string> = {
    signed: kind === 'mou' ? `signed ${what}` : `signed an agreement on ${what}`,
    agreed: `agreed on ${what}`,
    planned: `plan ${what}`,
    'in-consultation': `will consult on ${what}`,
  };
  const money = amount
    ? ` The article states ${amount.stated} (${amount.value.toLocaleString('en')} ${amount.currency}${amount.per ? ' a year' : ''}).`
    : '';
  return `${who} ${verb[status]}${inField}.${money}`;
}
