/**
 * Countries named as actors, which stand for their governments: "한국과 미국은", "양국은", "한·미는",
 * "Korea and Japan agreed", "the two countries", "정부는" (the home government of a Korean article). A
 * country word that qualifies a name (미국 국립보건원, Japan's AIST) or places an event (미국에서, in
 * Japan) is a cue, not an actor.
 */
import { COUNTRIES, COUNTRY_BY_CODE, findCountryPairs } from './countries.js';
import { hangulRunAt } from './korean.js';
import { isAsciiWordChar, isHangul } from './language.js';
import { sentenceOf } from './match-institutions.js';
import type { NameIndex } from './name-index.js';
import type { Mention, MentionHow, NewInstitution, Span, TextContext } from './types.js';

/** Particles after which a country word is a party of the clause (not 의, 에서, 에, 로). */
const ACTOR_PARTICLES = ['은', '는', '이', '가', '과', '와', '도', '간', '측', '이나', '께서'];

const ENGLISH_FOLLOWERS = new Set(
  (
    'and will have has had signed agreed also plan plans would are is were was announced launched pledged ' +
    'committed intend intends jointly to reached decided agree sign said launch join joins joined deepen open opened'
  ).split(' '),
);
/** A capital or seat stands for its country only before a verb: "Seoul, July 4" is a dateline. */
const SEATS = new Set([
  'Seoul',
  'Washington',
  'Tokyo',
  'Beijing',
  'Berlin',
  'Paris',
  'London',
  'New Delhi',
  'Brussels',
]);
const ENGLISH_LOCATIVES = new Set('in at from across into throughout visit visited outside to'.split(' '));

const PAIR_WORDS_KO = ['양국', '양측', '두 나라', '양 정부'];
const PAIR_WORDS_EN = [
  'both countries',
  'the two countries',
  'both sides',
  'the two sides',
  'both governments',
  'the two governments',
];

export function findActorMentions(context: TextContext, index: NameIndex, taken: Span[]): Mention[] {
  const found: Mention[] = [];
  const free = (start: number, end: number): boolean =>
    !taken.some((span) => start < span.end && span.start < end) &&
    !found.some((mention) => start < mention.span.end && mention.span.start < end);
  const add = (start: number, end: number, codes: string[], how: MentionHow, particle: string): void => {
    const sentence = sentenceOf(context.sentences, start);
    if (sentence < 0 || !free(start, end)) return;
    // A remark in quotation marks ("Germany has the engineering base …") names no party.
    if (insideQuotes(context.input.slice(context.sentences[sentence]!.start, start))) return;
    const span = { start, end, text: context.input.slice(start, end) };
    for (const code of codes) found.push(governmentMention(index, code, span, sentence, how, particle));
  };
  if (context.language === 'ko') koreanActors(context, add);
  else englishActors(context, add);
  return found;
}

type Add = (start: number, end: number, codes: string[], how: MentionHow, particle: string) => void;

function koreanActors(context: TextContext, add: Add): void {
  const { input } = context;
  const actorTail = (end: number): string | null => {
    const tail = hangulRunAt(input, end);
    if (ACTOR_PARTICLES.some((particle) => tail.startsWith(particle))) return tail;
    if (input.startsWith(' 정부', end) && !isHangul(input[end + 3])) return ' 정부';
    if (input.startsWith(' 정부', end) && ACTOR_PARTICLES.some((p) => input.startsWith(p, end + 3))) {
      return hangulRunAt(input, end + 3);
    }
    return null;
  };
  for (const pair of findCountryPairs(input)) {
    const tail = actorTail(pair.span.end);
    if (tail !== null) add(pair.span.start, pair.span.end, pair.codes, 'pair', tail.trim());
  }
  for (const word of PAIR_WORDS_KO) {
    for (let at = input.indexOf(word); at >= 0; at = input.indexOf(word, at + 1)) {
      if (isHangul(input[at - 1])) continue;
      const tail = actorTail(at + word.length);
      if (tail !== null) add(at, at + word.length, context.countries.slice(0, 2), 'pair', tail.trim());
    }
  }
  for (const country of COUNTRIES) {
    for (const word of country.ko.filter((w) => w.length >= 2 && w !== '우리' && w !== '국내')) {
      for (let at = input.indexOf(word); at >= 0; at = input.indexOf(word, at + 1)) {
        if (isHangul(input[at - 1])) continue;
        const tail = actorTail(at + word.length);
        if (tail !== null) add(at, at + word.length, [country.code], 'country', tail.trim());
      }
    }
  }
  // "정부는" alone, in a Korean article, is Korea's government.
  for (let at = input.indexOf('정부'); at >= 0; at = input.indexOf('정부', at + 1)) {
    if (isHangul(input[at - 1])) continue;
    const before = input.slice(Math.max(0, at - 4), at);
    if (/(?:양국|양측|국|본) $/.test(before)) continue;
    const tail = hangulRunAt(input, at + 2);
    if (['은', '는', '이', '가', '도'].some((particle) => tail.startsWith(particle))) {
      add(at, at + 2, ['KR'], 'home-government', tail);
    }
  }
}

function englishActors(context: TextContext, add: Add): void {
  const { input } = context;
  const lowered = input.toLowerCase();
  for (const phrase of PAIR_WORDS_EN) {
    for (let at = lowered.indexOf(phrase); at >= 0; at = lowered.indexOf(phrase, at + 1)) {
      if (isAsciiWordChar(input[at - 1]) || isAsciiWordChar(input[at + phrase.length])) continue;
      const previous = input
        .slice(0, at)
        .match(/([A-Za-z]+)\s+$/)?.[1]
        ?.toLowerCase();
      // "researchers from both countries" places people; "officials from both governments" names the sides.
      if (previous && ENGLISH_LOCATIVES.has(previous) && !phrase.endsWith('governments')) continue;
      add(at, at + phrase.length, context.countries.slice(0, 2), 'pair', '');
    }
  }
  for (const country of COUNTRIES) {
    for (const word of [...country.adjectives, ...country.en]) {
      const pattern = new RegExp(`\\b(?:the )?${escape(word)} government\\b`, 'g');
      for (const match of input.matchAll(pattern)) {
        add(match.index, match.index + match[0].length, [country.code], 'country', '');
      }
    }
    for (const word of country.en) {
      for (let at = input.indexOf(word); at >= 0; at = input.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (isAsciiWordChar(input[at - 1]) || (isAsciiWordChar(input[end]) && word.at(-1) !== '.')) continue;
        if (/^['’]s\b/.test(input.slice(end))) continue;
        const previous = input
          .slice(0, at)
          .match(/([A-Za-z]+)\s+(?:the\s+)?$/)?.[1]
          ?.toLowerCase();
        if (previous && ENGLISH_LOCATIVES.has(previous)) continue;
        const next = input.slice(end).match(/^\s*([A-Za-z]+|[,.;])/)?.[1];
        if (next === undefined) continue;
        const punctuation = next === ',' || next === '.' || next === ';';
        if (punctuation ? SEATS.has(word) : !ENGLISH_FOLLOWERS.has(next.toLowerCase())) continue;
        const start = input.slice(Math.max(0, at - 4), at).toLowerCase() === 'the ' ? at - 4 : at;
        add(start, end, [country.code], 'country', '');
      }
    }
  }
}

function governmentMention(
  index: NameIndex,
  code: string,
  span: Span,
  sentence: number,
  how: MentionHow,
  particle: string,
): Mention {
  const known = index.governments.get(code);
  const country = COUNTRY_BY_CODE.get(code);
  const union = country?.iso === false;
  const guess: NewInstitution | null =
    known || !country
      ? null
      : union
        ? {
            key: code.toLowerCase(),
            nameEn: country.nameEn,
            nameKo: country.nameKo,
            acronym: code,
            kind: 'government',
            country: null,
            reasons: [`"${span.text}" stands for the ${country.nameEn}, which the catalogue lacks`],
          }
        : {
            key: `${code.toLowerCase()}-government`,
            nameEn: `Government of ${country.nameEn === 'United States' ? 'the United States' : country.nameEn}`,
            nameKo: `${country.nameKo} 정부`,
            acronym: null,
            kind: 'government',
            country: code,
            reasons: [
              `"${span.text}" stands for the government of ${country.nameEn}, which the catalogue lacks`,
            ],
          };
  return {
    span,
    sentence,
    how,
    candidates: known ? [known] : [],
    guess,
    particle,
    choice: null,
    countryActor: true,
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An open quotation before `before`'s end: “…, or an odd number of straight quotes. */
export function insideQuotes(before: string): boolean {
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}
