/** What the two ways of proposing a new organisation share: the mention, overlaps, the country cue before it. */
import { findCountryCues } from './countries.js';
import { isParticleTail } from './korean.js';
import { sentenceOf } from './match-institutions.js';
import type { Mention, NewInstitution, Span, TextContext } from './types.js';

/** "(KHNP)" right after a name. */
export const ACRONYM = /^ ?\(([A-Z][A-Za-z0-9&-]{1,11})\)/;

export const overlaps = (taken: Span[], start: number, end: number): boolean =>
  taken.some((span) => start < span.end && span.start < end);

/** The country word just before a name (미 상무부, 프랑스 원자력청, Japan's AIST, the French CEA). */
export function countryBefore(context: TextContext, start: number): { code: string; text: string } | null {
  const from = Math.max(0, start - 14);
  const cue = findCountryCues(context.input.slice(from, start), from).at(-1);
  if (!cue) return null;
  const between = context.input.slice(cue.span.end, start);
  if (!/^(?:['’]s)? ?(?:the )?$/.test(between) && !/^ (?:산하 )?$/.test(between)) return null;
  return { code: cue.code, text: cue.span.text };
}

export function newMention(
  context: TextContext,
  start: number,
  end: number,
  how: Mention['how'],
  guess: NewInstitution,
  particle: string,
): Mention | null {
  const sentence = sentenceOf(context.sentences, start);
  if (sentence < 0) return null;
  return {
    span: { start, end, text: context.input.slice(start, end) },
    sentence,
    how,
    candidates: [],
    guess,
    particle: isParticleTail(particle) ? particle : '',
    choice: null,
    countryActor: false,
  };
}
