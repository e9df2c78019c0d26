/**
 * Institutions the catalogue knows, found in the text by any of their names: the longest match wins,
 * a Korean name may carry particles (NSF와, 과기정통부는), "name (ACRONYM)" is one mention, and a country
 * cue before a shared acronym (미국/US, 일본, 한국/우리) decides between the institutions that use it.
 */
import { findCountryCues } from './countries.js';
import { hangulRunAt, isParticleTail } from './korean.js';
import { isAsciiWordChar, isHangul } from './language.js';
import type { NameIndex, NameVariant } from './name-index.js';
import type { Mention, MentionHow, Span, TextContext } from './types.js';

interface Hit {
  start: number;
  end: number;
  variant: NameVariant;
  particle: string;
}

export function findKnownMentions(context: TextContext, index: NameIndex): Mention[] {
  const { input } = context;
  const lowered = input.replace(/[A-Z]/g, (char) => char.toLowerCase());
  const hits: Hit[] = [];
  for (const variant of index.variants) {
    const haystack = variant.caseSensitive ? input : lowered;
    const needle = variant.caseSensitive ? variant.text : variant.text.toLowerCase();
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const hit = boundedHit(input, at, variant);
      if (hit) hits.push(hit);
    }
  }
  const chosen = longestFirst(hits);
  return mergeAcronyms(input, chosen)
    .map((group) => toMention(context, index, group))
    .filter((mention): mention is Mention => mention !== null);
}

/** A match counts only as a whole word: Korean particles may follow a Korean name, nothing else may. */
function boundedHit(input: string, at: number, variant: NameVariant): Hit | null {
  const end = at + variant.text.length;
  const first = variant.text[0];
  const last = variant.text[variant.text.length - 1];
  if (isHangul(first) && isHangul(input[at - 1])) return null;
  if (isAsciiWordChar(first) && isAsciiWordChar(input[at - 1])) return null;
  if (isAsciiWordChar(last) && isAsciiWordChar(input[end])) return null;
  const tail = hangulRunAt(input, end);
  if (isHangul(last) && !isParticleTail(tail)) return null;
  return { start: at, end, variant, particle: isParticleTail(tail) ? tail : '' };
}

function longestFirst(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Hit[] = [];
  for (const hit of sorted) {
    if (chosen.some((other) => hit.start < other.end && other.start < hit.end)) continue;
    chosen.push(hit);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** "국립과학재단(NSF)", "the National Science Foundation (NSF)": name and acronym in parentheses, one mention. */
function mergeAcronyms(input: string, hits: Hit[]): Hit[][] {
  const groups: Hit[][] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const next = hits[i + 1];
    if (
      next &&
      /^ ?\($/.test(input.slice(hit.end, next.start)) &&
      input[next.end] === ')' &&
      next.variant.ids.some((id) => hit.variant.ids.includes(id))
    ) {
      groups.push([hit, next]);
      i++;
    } else {
      groups.push([hit]);
    }
  }
  return groups;
}

function toMention(context: TextContext, index: NameIndex, group: Hit[]): Mention | null {
  const { input } = context;
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const paired = group.length > 1;
  const end = paired ? last.end + 1 : last.end;
  const particle = paired ? hangulRunAt(input, end) : first.particle;
  const ids = paired ? first.variant.ids.filter((id) => last.variant.ids.includes(id)) : first.variant.ids;
  const span: Span = { start: first.start, end, text: input.slice(first.start, end) };
  const sentence = sentenceOf(context.sentences, span.start);
  if (sentence < 0) return null;
  const { ranked, choice } = rank(context, index, ids, span, sentence, first.variant.derived);
  const how: MentionHow = paired ? 'name-and-acronym' : first.variant.how;
  return {
    span,
    sentence,
    how,
    candidates: ranked,
    guess: null,
    particle: isParticleTail(particle) ? particle : '',
    choice,
    countryActor: first.variant.bareCountry,
  };
}

/**
 * Best candidate first: the one of the country named just before the mention (미 상무부, Japan's), then
 * one of the article's countries, then one already in the graph.
 */
function rank(
  context: TextContext,
  index: NameIndex,
  ids: string[],
  span: Span,
  sentence: number,
  derived: Set<string>,
): { ranked: string[]; choice: string | null } {
  if (ids.length < 2) return { ranked: ids, choice: null };
  const { input } = context;
  const sentenceStart = context.sentences[sentence]!.start;
  const windowStart = Math.max(sentenceStart, span.start - 16);
  const before = input.slice(windowStart, span.start);
  const cue = findCountryCues(before, windowStart).at(-1);
  const country = (id: string): string | null => index.byId.get(id)?.country ?? null;
  const score = (id: string): number => {
    let value = 0;
    if (cue && country(id) === cue.code) value += 100;
    const articleRank = context.countries.indexOf(country(id) ?? '');
    if (articleRank >= 0) value += 10 - articleRank;
    if (index.byId.get(id)?.in === 'graph') value += 1;
    // A name or alias written as such beats a short form derived from another's name.
    if (derived.has(id)) value -= 20;
    return value;
  };
  const ranked = [...ids].sort((a, b) => score(b) - score(a) || ids.indexOf(a) - ids.indexOf(b));
  const best = ranked[0]!;
  const choice =
    cue && country(best) === cue.code
      ? `"${cue.span.text}" before the name chose ${best} among ${ids.join(', ')}`
      : `${best} chosen among ${ids.join(', ')} by the article's countries; check it`;
  return { ranked, choice };
}

export function sentenceOf(sentences: Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
