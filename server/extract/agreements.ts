/**
 * Agreements from the sentences that state cooperation: the parties named in the sentence (or its subject
 * carried from the sentence before), the kind from its cue words, then status, date, amount and domains.
 * Words inside quotation marks are someone's remarks, not what the sides agreed, and are left out.
 */
import type { AgreementKind, AgreementStatus } from '../../contract/vocabulary.js';
import { findAmounts, type StatedAmount } from './amounts.js';
import { findDates, type StatedDate } from './dates.js';
import { DEFAULT_DOMAIN, findDomains } from './domains.js';
import { startsWithSubjectParticle } from './korean.js';
import type { Resolution } from './resolve.js';
import { readStatus } from './status.js';
import type { Mention, Span, TextContext } from './types.js';

export interface AgreementFinding {
  sentence: number;
  /** Draft ids of the parties, in order of mention. */
  parties: string[];
  partyMentions: Mention[];
  carried: boolean;
  kind: AgreementKind;
  status: AgreementStatus;
  date: string | null;
  amount: StatedAmount | null;
  domains: string[];
  /** Cue words, the date and the amount, for the evidence. */
  cues: Span[];
  reasons: string[];
  confidence: number;
  /** Further sentences that state the same agreement. */
  more: number[];
}

const COOPERATION = {
  ko: /협력|대화|공동\s?연구|공동\s?개발|양해각서|MOU|업무협약|협약|체결|합의|지원|추진|협의|교류|워킹그룹|개최|뜻을 모았|파트너십|손잡|참여/,
  en: /\b(?:agree[sd]?|agreement|sign(?:ed|s)?|memorandum|MOU|MoU|joint(?:ly)?|fund(?:s|ed|ing)?|launch(?:ed|es)?|partner(?:s|ship)?|cooperat(?:e|ion|ive)|collaborat(?:e|ion|ive)|associat(?:e|ion)|alliance|work together|exchange)\b/,
};

interface KindRule {
  kind: AgreementKind;
  ko: RegExp;
  en: RegExp;
}

const KINDS: KindRule[] = [
  {
    kind: 'mou',
    ko: /양해각서|MOU|업무협약|협약/,
    en: /\b(?:memorandum|MOU|MoU|letter of intent|implementing arrangement|signed an? (?:\w+ )?agreement)\b/i,
  },
  {
    kind: 'working-group',
    ko: /워킹그룹|실무그룹|작업반|공동위원회|실무협의체/,
    en: /\b(?:working group|joint committee|steering committee)\b/i,
  },
  {
    kind: 'joint-research',
    ko: /공동\s?연구|공동\s?개발|공동연구실|공동 실험실|연구[^.]{0,12}협력|협력[^.]{0,6}연구/,
    en: /\b(?:joint research|joint lab(?:oratory)?|research collaboration|jointly develop|co-develop|joint stud(?:y|ies)|joint project|research cooperation|collaborative research)\b/i,
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

/** Who reports ("…고 대통령실은 밝혔다", "NASA said") is no party to what is reported. */
const REPORTING_KO = /^[가-힣]*\s*(?:밝혔다|말했다|전했다|설명했다|강조했다|덧붙였다)/;
const REPORTING_EN = /^\s*(?:said|says|told|added|noted)\b/;
const REPORTED_BY_EN = /according to (?:the )?$/i;

export function findAgreements(
  context: TextContext,
  mentions: Mention[],
  resolution: Resolution,
): AgreementFinding[] {
  const { input, language } = context;
  const bySentence = new Map<number, Mention[]>();
  for (const mention of mentions) {
    if (!resolution.idOf.has(mention)) continue;
    bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);
  }
  const articleDomain = dominantDomain(context, mentions);
  const findings: AgreementFinding[] = [];
  let carriedSubjects: Mention[] = [];
  let carriedFrom = -1;
  context.sentences.forEach((sentence, i) => {
    const own = (bySentence.get(i) ?? []).filter((mention) => isParty(input, mention, sentence));
    const masked = mask(
      sentence.text,
      own.map((m) => m.span),
      sentence.start,
    );
    const subjects = subjectsOf(context, own, sentence, masked);
    const previousSubjects = carriedFrom === i - 1 || carriedFrom === i - 2 ? carriedSubjects : [];
    if (subjects.length > 0) {
      carriedSubjects = subjects;
      carriedFrom = i;
    }
    const cooperation = COOPERATION[language].exec(masked);
    if (!cooperation) return;
    let partyMentions = preferSpecific(own, resolution);
    let carried = false;
    if (distinct(partyMentions, resolution).length < 2 && previousSubjects.length > 0) {
      partyMentions = [...previousSubjects, ...partyMentions];
      carried = true;
    }
    const parties = distinct(partyMentions, resolution);
    if (parties.length < 2) return;
    findings.push(
      read(context, i, sentence, masked, parties, partyMentions, carried, cooperation, articleDomain),
    );
  });
  return mergeRepeats(findings);
}

function read(
  context: TextContext,
  i: number,
  sentence: Span,
  masked: string,
  parties: string[],
  partyMentions: Mention[],
  carried: boolean,
  cooperation: RegExpExecArray,
  articleDomain: string | null,
): AgreementFinding {
  const { language, published } = context;
  const reasons: string[] = [];
  const cues: Span[] = [at(sentence, cooperation)];
  reasons.push(`cooperation stated: "${cooperation[0]}"`);
  if (carried) reasons.push('parties include the subject carried from the sentence before');
  const amounts = findAmounts(masked, sentence.start);
  const amount = amounts[0] ?? null;
  const dates = findDates(masked, published, language, sentence.start).map((date) => ({
    ...date,
    span: { ...date.span, text: context.input.slice(date.span.start, date.span.end) },
  }));
  const date: StatedDate | null = dates.find((found) => !describesOther(context.input, found)) ?? null;
  const future = date !== null && published !== null && date.value > published.slice(0, date.value.length);
  const status = readStatus(masked, language, sentence.start, future);
  if (status.cue) cues.push({ ...status.cue, text: context.input.slice(status.cue.start, status.cue.end) });
  reasons.push(status.reason);
  const kindRule =
    status.status === 'in-consultation' &&
    KINDS.find((k) => k.kind === 'consultation')![language].test(masked)
      ? KINDS.find((k) => k.kind === 'consultation')!
      : amount && !KINDS[0]![language].test(masked)
        ? KINDS.find((k) => k.kind === 'funding')!
        : KINDS.find((rule) => rule[language].test(masked));
  const kind: AgreementKind = kindRule?.kind ?? 'exchange';
  if (kindRule) {
    const match = kindRule[language].exec(masked)!;
    cues.push(at(sentence, match));
    reasons.push(`kind ${kind} from "${match[0]}"${amount && kind === 'funding' ? ' and the amount' : ''}`);
  } else {
    reasons.push('kind exchange: general cooperation, no more specific cue');
  }
  if (date) {
    cues.push(date.span);
    reasons.push(`date ${date.value} from ${date.reading}`);
  } else if (published) {
    reasons.push(`date ${published}: the publication date, as the sentence names none`);
  }
  if (amount) {
    cues.push(amount.span);
    reasons.push(
      `amount ${amount.value} ${amount.currency}${amount.per ? ' per year' : ''} as stated: "${amount.stated}"`,
    );
  }
  const hits = findDomains(masked, sentence.start);
  const domains = [...new Set(hits.map((hit) => hit.id))];
  if (domains.length > 0) {
    reasons.push(`domains from ${[...new Set(hits.map((hit) => `"${hit.span.text}"`))].join(', ')}`);
    cues.push(
      ...hits.map((hit) => ({ ...hit.span, text: context.input.slice(hit.span.start, hit.span.end) })),
    );
  } else if (articleDomain) {
    domains.push(articleDomain);
    reasons.push(`domain ${articleDomain}: the sentence names no field, the article's most named one`);
  } else {
    domains.push(DEFAULT_DOMAIN);
    reasons.push(`domain ${DEFAULT_DOMAIN}: neither the sentence nor the article names a field`);
  }
  let confidence = 0.45;
  if (!carried) confidence += 0.15;
  if (status.cue) confidence += 0.1;
  if (kindRule) confidence += 0.1;
  if (partyMentions.every((mention) => mention.candidates.length > 0)) confidence += 0.1;
  if (partyMentions.some((mention) => mention.countryActor)) confidence -= 0.05;
  return {
    sentence: i,
    parties,
    partyMentions,
    carried,
    kind,
    status: status.status,
    date: date?.value ?? published,
    amount,
    domains,
    cues: dedupeSpans(cues),
    reasons,
    confidence: Math.round(Math.min(0.95, confidence) * 100) / 100,
    more: [],
  };
}

/**
 * A date before a past adnominal of another event ("지난해 시도한 … 체계", "launched last year") dates that
 * event, not the agreement; one before 체결한/서명한/합의한 is the agreement's own.
 */
function describesOther(input: string, date: StatedDate): boolean {
  const after = input.slice(date.span.end, date.span.end + 12);
  const adnominal = after.match(/^\s*([가-힣]+)[한된던](?=\s)/);
  if (adnominal) return !/(?:체결|서명|합의|협약|약속)$/.test(adnominal[1]!);
  const before = input.slice(Math.max(0, date.span.start - 30), date.span.start);
  return /\b(?:launched|founded|established|created|set up|opened)\s+(?:in\s+)?$/i.test(before);
}

function isParty(input: string, mention: Mention, sentence: Span): boolean {
  const after = input.slice(mention.span.end, sentence.end);
  if (mention.particle.startsWith('산하') || /^\s?산하/.test(after)) return false;
  // "대통령실에서": where it happened, not who agreed.
  if (mention.particle === '에서') return false;
  if (REPORTING_KO.test(after.slice(mention.particle.length)) && mention.particle.length > 0) return false;
  if (REPORTING_EN.test(after)) return false;
  const before = input.slice(sentence.start, mention.span.start);
  if (REPORTED_BY_EN.test(before) || /\b(?:under|part of) the $/i.test(before)) return false;
  if (inQuotes(before)) return false;
  return true;
}

/** Institutions named beside their countries: the institutions are the parties ("양국은 … KRISS와 NIST 간"). */
function preferSpecific(mentions: Mention[], resolution: Resolution): Mention[] {
  const specific = mentions.filter((mention) => !mention.countryActor);
  return distinct(specific, resolution).length >= 2 ? specific : mentions;
}

function distinct(mentions: Mention[], resolution: Resolution): string[] {
  return [...new Set(mentions.map((mention) => resolution.idOf.get(mention)!))];
}

/** The subject of a sentence: in Korean the mentions up to the first marked 은/는/이/가; in English those before the verb. */
function subjectsOf(context: TextContext, mentions: Mention[], sentence: Span, masked: string): Mention[] {
  if (context.language === 'ko') {
    const first = mentions.findIndex((mention) => startsWithSubjectParticle(mention.particle));
    return first < 0 ? [] : mentions.slice(0, first + 1);
  }
  const verb = /\b(?:signed|agreed|will|plans?|launched|announced|pledged|said|has|have|are|is)\b/.exec(
    masked,
  );
  if (!verb) return [];
  return mentions.filter((mention) => mention.span.start - sentence.start < verb.index);
}

/** Blanks the named institutions and quoted remarks, so their words are no cues ("한국에너지기술연구원" is no energy cue). */
function mask(text: string, spans: Span[], offset: number): string {
  // Code units, not code points: offsets stay those of the input.
  const chars = text.split('');
  for (const span of spans)
    for (let i = span.start - offset; i < span.end - offset; i++)
      if (i >= 0 && i < chars.length) chars[i] = ' ';
  let quote: string | null = null;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (quote === null && (char === '“' || char === '"')) quote = char === '“' ? '”' : '"';
    else if (quote !== null && char === quote) quote = null;
    else if (quote !== null) chars[i] = ' ';
  }
  return chars.join('');
}

function inQuotes(before: string): boolean {
  const open = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return open > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

function dominantDomain(context: TextContext, mentions: Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const hit of findDomains(
    mask(
      context.input,
      mentions.map((m) => m.span),
      0,
    ),
  )) {
    counts.set(hit.id, (counts.get(hit.id) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

/** One agreement stated twice (the headline and the body, or a sentence that goes on about it). */
function mergeRepeats(findings: AgreementFinding[]): AgreementFinding[] {
  const kept: AgreementFinding[] = [];
  for (const finding of findings) {
    const same = kept.find(
      (other) =>
        other.kind === finding.kind && sameSet(other.parties, finding.parties) && sameDomains(other, finding),
    );
    if (!same) {
      kept.push(finding);
      continue;
    }
    same.more.push(finding.sentence);
    same.cues.push(...finding.cues);
    same.reasons.push(`also stated in sentence ${finding.sentence + 1}`);
    if (!same.amount && finding.amount) same.amount = finding.amount;
    // A headline states least: the body's status and date are the ones to keep.
    if (same.sentence === 0) {
      same.status = finding.status;
      same.date = finding.date;
    }
  }
  return kept;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function sameDomains(a: AgreementFinding, b: AgreementFinding): boolean {
  return a.domains.some((domain) => b.domains.includes(domain));
}

function at(sentence: Span, match: RegExpExecArray): Span {
  const start = sentence.start + match.index;
  return {
    start,
    end: start + match[0].length,
    text: sentence.text.slice(match.index, match.index + match[0].length),
  };
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((span) => {
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
