/**
 * The kind of an agreement from its cue words, most specific first: an MOU, a working group, joint
 * research, an exchange, a meeting, a dialogue, funding, consultations; general cooperation is filed as
 * an exchange. An agreement only referred to ("협약에 따라", "under the agreement") names no kind.
 */
import type { AgreementKind, AgreementStatus } from '../../contract/vocabulary.js';
import type { StatedAmount } from './amounts.js';
import type { Span } from './types.js';

export interface KindRule {
  kind: AgreementKind;
  ko: RegExp;
  en: RegExp;
}

const KINDS: KindRule[] = [
  {
    kind: 'mou',
    ko: /양해각서|MOU|업무협약|협약|약정|의향서/,
    en: /\b(?:memorandum|MOU|MoU|letter of intent|implementing arrangement|signed an? (?:\w+ )?agreement)\b/i,
  },
  {
    kind: 'working-group',
    ko: /워킹그룹|실무그룹|작업반|공동위원회|실무협의체/,
    en: /\b(?:working group|joint committee|steering committee)\b/i,
  },
  {
    kind: 'joint-research',
    ko: /공동\s?연구|공동\s?개발|공동\s?실험|공동\s?관측|공동연구실|공동 실험실|연구[^.]{0,12}협력|협력[^.]{0,6}연구/,
    en: /\b(?:joint research|joint lab(?:oratory)?|research collaboration|jointly develop|co-develop|joint stud(?:y|ies)|joint tests?|joint testing|joint evaluations?|joint project|research cooperation|collaborative research)\b/i,
  },
  {
    kind: 'exchange',
    ko: /교류|파견|인력/,
    en: /\b(?:exchanges?|fellowships?|visiting researchers?|secondments?)\b/i,
  },
  {
    kind: 'meeting',
    ko: /회의|포럼|심포지엄|워크숍|콘퍼런스|세미나/,
    en: /\b(?:conference|summit|workshop|forum|symposium|meeting)\b/i,
  },
  { kind: 'dialogue', ko: /대화/, en: /\bdialogue\b/i },
  {
    kind: 'funding',
    ko: /지원|투자|출연|기금|펀드|재원/,
    en: /\b(?:fund(?:s|ed|ing)?|grants?|invest(?:s|ed|ment)?|financ(?:e|ing))\b/i,
  },
  {
    kind: 'consultation',
    ko: /협의|논의|협상/,
    en: /\b(?:consult(?:ation|ations)?|discuss(?:ion|ions)?|talks|negotiat\w*)\b/i,
  },
];

/** "협약에 따라", "under the agreement": an agreement referred to, not the kind of the one stated. */
const REFERENCE = {
  ko: /(?:이번\s)?(?:협약|양해각서|MOU|약정)(?:에 따라|으로|을 바탕으로|를 바탕으로|을 토대로|를 토대로|에 근거해)/g,
  en: /\b[Uu]nder the (?:agreement|deal|MOU|memorandum|arrangement)\b/g,
};
const SIGNING = { ko: /체결|서명/, en: /\b(?:signed|concluded)\b/ };

export function withoutReferences(masked: string, language: 'ko' | 'en'): string {
  if (SIGNING[language].test(masked)) return masked;
  return masked.replace(REFERENCE[language], (phrase) => ' '.repeat(phrase.length));
}

const rule = (kind: AgreementKind): KindRule => KINDS.find((k) => k.kind === kind)!;
const FUNDING_VERBS = {
  ko: /지원|투자|투입|출연|부담|분담/,
  en: /\b(?:fund\w*|commit\w*|contribut\w*|provid\w*|invest\w*|grant\w*)\b/i,
};

/**
 * The kind: consultations when the status says so; an amount with a verb of giving is funding, as is
 * one beside no stronger cue; otherwise the first cue of the list, most specific first.
 */
export function chooseKind(
  text: string,
  language: 'ko' | 'en',
  status: AgreementStatus,
  hasAmount: boolean,
): KindRule | undefined {
  if (status === 'in-consultation' && rule('consultation')[language].test(text)) return rule('consultation');
  if (hasAmount && FUNDING_VERBS[language].test(text)) return rule('funding');
  const first = KINDS.find((k) => k[language].test(text));
  if (hasAmount && (!first || (first.kind !== 'mou' && first.kind !== 'joint-research')))
    return rule('funding');
  return first;
}

export function amountMatch(amount: StatedAmount | null, sentence: Span): RegExpExecArray {
  const match = [amount?.stated ?? ''] as unknown as RegExpExecArray;
  match.index = (amount?.span.start ?? sentence.start) - sentence.start;
  return match;
}
