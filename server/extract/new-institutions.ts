/**
 * Organisations the catalogue does not know, proposed from the shape of their names: Korean names end
 * in an institutional suffix (…연구원, …재단, …위원회, …부, …청, …대학교), English ones hold a head word
 * ("National … Institute", "Department of …", "… Agency", "University of …"); "name (ACRONYM)" gives the
 * acronym. Each is a guess for the reviewer: its kind from the suffix, its country from a cue.
 */
import { hangulRunAt } from './korean.js';
import { isAsciiWordChar, isHangul } from './language.js';
import { englishShapes } from './new-english.js';
import { koreanShapes } from './new-korean.js';
import { newMention, overlaps } from './new-mention.js';
import type { Mention, Span, TextContext } from './types.js';

export function findNewMentions(context: TextContext, taken: Span[]): Mention[] {
  const found = context.language === 'ko' ? koreanShapes(context, taken) : [];
  found.push(...englishShapes(context, [...taken, ...found.map((mention) => mention.span)]));
  found.push(...laterAcronyms(context, found, [...taken, ...found.map((mention) => mention.span)]));
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** The acronym of a new organisation, used alone after its first mention. */
function laterAcronyms(context: TextContext, found: Mention[], taken: Span[]): Mention[] {
  const { input } = context;
  const later: Mention[] = [];
  const all = [...taken];
  for (const mention of found) {
    const acronym = mention.guess?.acronym;
    if (!acronym) continue;
    for (let at = input.indexOf(acronym); at >= 0; at = input.indexOf(acronym, at + 1)) {
      const end = at + acronym.length;
      if (isAsciiWordChar(input[at - 1]) || isAsciiWordChar(input[end]) || overlaps(all, at, end)) continue;
      const next = newMention(
        context,
        at,
        end,
        'acronym',
        mention.guess!,
        isHangul(input[end]) ? hangulRunAt(input, end) : '',
      );
      if (next) {
        later.push(next);
        all.push(next.span);
      }
    }
  }
  return later;
}
