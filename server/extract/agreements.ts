/**
 * Agreements from the sentences that state cooperation: the parties named in the sentence (or its subject
 * carried from the sentence before), the kind from its cue words, then status, date, amount and domains.
 * Words inside quotation marks are someone's remarks, not what the sides agreed, and are left out.
 */
import type { AgreementKind } from '../../contract/vocabulary.js';
import { insideQuotes } from './actors.js';
import { findAmounts } from './amounts.js';
import { findDates, type StatedDate } from './dates.js';
import { DEFAULT_DOMAIN, findDomains } from './domains.js';
import { startsWithSubjectParticle } from './korean.js';
import type { Resolution } from './resolve.js';
import type { AgreementFinding } from './finding.js';
import { amountMatch, chooseKind, withoutReferences } from './kinds.js';
import { datesFromCeremonies } from './ceremony-dates.js';
import { mergeRepeats } from './merge.js';
import { readStatus } from './status.js';
import type { Mention, Span, TextContext } from './types.js';

const COOPERATION = {
  ko: /협력|대화|공동|양해각서|MOU|업무협약|협약|약정|체결|합의|지원|추진|협의|논의|교류|워킹그룹|개최|뜻을 모았|파트너십|손잡|참여/,
  en: /\b(?:agree[sd]?|agreement|deal|sign(?:ed|s)?|memorandum|MOU|MoU|letter of intent|joint(?:ly)?|fund(?:s|ed|ing)?|launch(?:ed|es)?|partner(?:s|ship)?|cooperat(?:e|ion|ive)|collaborat(?:e|ion|ive)|associat(?:e|ion)|alliance|work together|exchange|contribut\w*|commit\w*|discuss\w*|consult\w*|talks|summit|forum|conference|workshop|dialogue|committee|working group|co-host\w*|host\w*)\b/,
};

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
    const named = bySentence.get(i) ?? [];
    const own = named.filter((mention) => isParty(input, mention, sentence));
    const masked = mask(
      sentence.text,
      named.map((m) => m.span),
      sentence.start,
    );
    const subjects = subjectsOf(context, own, sentence, masked);
    const previousSubjects = carriedFrom === i - 1 || carriedFrom === i - 2 ? carriedSubjects : [];
    if (subjects.length > 0) {
      carriedSubjects = subjects;
      carriedFrom = i;
    }
    // A stated amount between two parties is a cue of its own ("DSIT will provide £2.5 million").
    const cooperation = COOPERATION[language].exec(masked) ?? amountCue(masked, sentence);
    if (!cooperation) return;
    let partyMentions = preferSpecific(own, resolution);
    let carried: string | null = null;
    const previous = findings.at(-1);
    const both = BOTH_PARTIES[language].exec(masked);
    if (distinct(partyMentions, resolution).length < 2 && both && previous && i - previous.sentence <= 3) {
      partyMentions = [...previous.partyMentions, ...partyMentions];
      carried = `parties from "${both[0]}": those of the agreement stated just before`;
    } else if (
      distinct(partyMentions, resolution).length === 1 &&
      previousSubjects.length > 0 &&
      !DOMESTIC[language].test(masked)
    ) {
      partyMentions = [...previousSubjects, ...partyMentions];
      carried = 'parties include the subject carried from the sentence before';
    }
    const parties = distinct(partyMentions, resolution);
    if (parties.length < 2) return;
    findings.push(
      read(context, i, sentence, masked, parties, partyMentions, carried, cooperation, articleDomain),
    );
  });
  const merged = mergeRepeats(findings, resolution);
  datesFromCeremonies(context, merged);
  return merged;
}

/** A sentence about one country's own measures ("국내에서도 정부가 …") takes no partner from the one before. */
const DOMESTIC = { ko: /국내|자국/, en: /\bdomestic\b/i };

function amountCue(masked: string, sentence: Span): RegExpExecArray | null {
  const amount = findAmounts(masked, sentence.start)[0];
  return amount ? amountMatch(amount, sentence) : null;
}

/** "두 기관은", "the two ministries": the parties of the agreement just stated. */
const BOTH_PARTIES = {
  ko: /(?<![가-힣])(?:두|양)\s?(?:기관|부처|연구기관|대학|기구|나라 기관)/,
  en: /\b(?:the two|both) (?:institutes|institutions|agencies|ministries|organisations|organizations|universities|partners|centres|centers|laboratories|bodies)\b/i,
};

function read(
  context: TextContext,
  i: number,
  sentence: Span,
  masked: string,
  parties: string[],
  partyMentions: Mention[],
  carried: string | null,
  cooperation: RegExpExecArray,
  articleDomain: string | null,
): AgreementFinding {
  const { language, published } = context;
  const reasons: string[] = [];
  const cues: Span[] = [at(sentence, cooperation)];
  reasons.push(`cooperation stated: "${cooperation[0]}"`);
  if (carried) reasons.push(carried);
  const kindText = withoutReferences(masked, language);
  const amounts = findAmounts(masked, sentence.start);
  const amount = amounts[0] ?? null;
  const dates = findDates(masked, published, language, sentence.start).map((date) => ({
    ...date,
    span: { ...date.span, text: context.input.slice(date.span.start, date.span.end) },
  }));
  const stated = dates.find((found) => !describesOther(context.input, found)) ?? null;
  // "signed … in March" in a November article is the March before, not the one to come.
  const date: StatedDate | null =
    stated &&
    published &&
    stated.relative &&
    stated.earliest > published &&
    BARE_MONTH.test(stated.span.text) &&
    PAST[language].test(masked)
      ? yearBefore(stated)
      : stated;
  const future = date !== null && published !== null && date.earliest > published;
  const status = readStatus(masked, language, sentence.start, future);
  if (status.cue) cues.push({ ...status.cue, text: context.input.slice(status.cue.start, status.cue.end) });
  reasons.push(status.reason);
  const kindRule = chooseKind(kindText, language, status.status, amount !== null);
  const kind: AgreementKind = kindRule?.kind ?? 'exchange';
  if (kindRule) {
    const match = kindRule[language].exec(kindText) ?? amountMatch(amount, sentence);
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
  if (carried === null) confidence += 0.15;
  if (status.cue) confidence += 0.1;
  if (kindRule) confidence += 0.1;
  if (partyMentions.every((mention) => mention.candidates.length > 0)) confidence += 0.1;
  if (partyMentions.some((mention) => mention.countryActor)) confidence -= 0.05;
  return {
    sentence: i,
    parties,
    partyMentions,
    carried: carried !== null,
    general: kindRule === undefined,
    kind,
    status: status.status,
    date: date?.value ?? published,
    dateFromPublication: date === null && published !== null,
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
  if (insideQuotes(before)) return false;
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

/** Verbs that say it has happened: a month they name without its year lies before the article. */
const PAST = {
  ko: /(?:체결|합의|서명|개소|출범|맺)(?:했|하였)/,
  // "agreed to run … next year" says what is to come.
  en: /\b(?:signed|launched|opened|concluded)\b|\bagreed\b(?!\s+to\b)/i,
};

/** A month (and day) written without its year and without "next"/"내년": "in March", "3월". */
const BARE_MONTH =
  /^(?!.*(?:next|coming|following|내년|다음|오는|\d{4})).*(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}월)/i;

function yearBefore(date: StatedDate): StatedDate {
  const back = (value: string): string => `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`;
  return {
    ...date,
    value: back(date.value),
    earliest: back(date.earliest),
    reading: `${date.reading}, the one before the article as the verb is past`,
  };
}
