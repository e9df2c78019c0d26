/**
 * New organisations in English text: capitalised names that hold a head word ("National … Institute",
 * "Department of …", "… Agency", "University of …"), with an acronym in parentheses where one follows.
 */
import type { InstitutionKind } from '../../contract/vocabulary.js';
import { COUNTRY_BY_CODE, findCountryCues } from './countries.js';
import { ACRONYM, countryBefore, newMention, overlaps } from './new-mention.js';
import type { Mention, NewInstitution, Span, TextContext } from './types.js';

const ENGLISH_HEADS: Record<string, InstitutionKind> = {
  Ministry: 'ministry',
  Department: 'ministry',
  Agency: 'agency',
  Administration: 'agency',
  Foundation: 'agency',
  Council: 'agency',
  Commission: 'agency',
  Authority: 'agency',
  Office: 'office',
  Bureau: 'agency',
  Board: 'agency',
  Fund: 'agency',
  Organisation: 'agency',
  Organization: 'agency',
  Institute: 'institute',
  Institutes: 'institute',
  Laboratory: 'institute',
  Laboratories: 'institute',
  Academy: 'institute',
  Society: 'institute',
  Centre: 'research-centre',
  Center: 'research-centre',
  University: 'academia',
  College: 'academia',
  Corporation: 'industry',
  Company: 'industry',
};
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', '&', 'de', 'du', 'für']);
const LEADING_STOP = new Set([
  'The',
  'Under',
  'On',
  'In',
  'At',
  'With',
  'By',
  'As',
  'According',
  'For',
  'And',
  'Both',
  'This',
  'That',
  'Officials',
  'Meanwhile',
  'Also',
  'Separately',
  'Earlier',
  'Last',
  'Next',
  'A',
  'An',
  'Its',
  'Their',
  'From',
]);
/** Generic groups ("U.S. universities" is no one organisation), skipped. */
const ENGLISH_GENERIC_LAST = new Set(['Universities', 'Institutes', 'Laboratories', 'Companies']);

interface Token {
  text: string;
  start: number;
  end: number;
}

export function englishShapes(context: TextContext, taken: Span[]): Mention[] {
  const { input } = context;
  const found: Mention[] = [];
  const tokens: Token[] = [...input.matchAll(/[A-Za-z][A-Za-z0-9&.’'-]*[A-Za-z0-9]|[A-Za-z]|&/g)].map(
    (m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }),
  );
  let i = 0;
  while (i < tokens.length) {
    const sequence: Token[] = [];
    let j = i;
    while (j < tokens.length) {
      const token = tokens[j]!;
      const previous = sequence.at(-1);
      if (previous && !joined(input, previous, token)) break;
      const possessive = /['’]s$/.test(token.text);
      if (/^[A-Z]/.test(token.text) || (previous && CONNECTORS.has(token.text))) {
        if (possessive) break;
        sequence.push(token);
        j++;
      } else break;
    }
    i = Math.max(j, i + 1);
    const name = trimSequence(sequence);
    if (name.length === 0) continue;
    const heads = name.map((token) => ENGLISH_HEADS[token.text]).filter((kind) => kind !== undefined);
    if (heads.length === 0 || ENGLISH_GENERIC_LAST.has(name.at(-1)!.text)) continue;
    const start = name[0]!.start;
    const end = name.at(-1)!.end;
    if (overlaps(taken, start, end)) continue;
    const text = input.slice(start, end);
    const acronymMatch = input.slice(end).match(ACRONYM);
    const acronym = acronymMatch?.[1] ?? null;
    const mentionEnd = acronymMatch ? end + acronymMatch[0].length : end;
    if (acronymMatch && overlaps(taken, end, mentionEnd)) continue;
    const cue = findCountryCues(text)[0] ?? null;
    const before = cue ? null : countryBefore(context, start);
    const code = cue?.code ?? before?.code ?? null;
    const country = code && COUNTRY_BY_CODE.get(code)?.iso === false ? null : code;
    const kind = heads.at(-1)!;
    const reasons = [`new organisation by its head word ${name.find((t) => ENGLISH_HEADS[t.text])!.text}`];
    if (acronym) reasons.push(`acronym ${acronym} in parentheses`);
    reasons.push(
      country
        ? `country ${country} from "${cue?.span.text ?? before!.text}"`
        : 'no country named: no country prefix in its id',
    );
    reasons.push('Korean name set to the English name until the reviewer writes it');
    const guess: NewInstitution = {
      key: acronym ?? text.toLowerCase(),
      nameEn: text,
      nameKo: text,
      acronym,
      kind,
      country,
      reasons,
    };
    const mention = newMention(
      context,
      start,
      mentionEnd,
      acronym ? 'shape-and-acronym' : 'shape',
      guess,
      '',
    );
    if (mention) found.push(mention);
  }
  return found;
}

/** Two tokens of one name: one space between them, or ", " inside a list that an "and" closes. */
function joined(input: string, previous: Token, token: Token): boolean {
  const gap = input.slice(previous.end, token.start);
  if (gap === ' ') return true;
  if (gap === ', ') return /^(?:[A-Z][a-z]+,? )+and [A-Z]/.test(input.slice(token.start, token.start + 80));
  return false;
}

function trimSequence(sequence: Token[]): Token[] {
  let from = 0;
  let to = sequence.length;
  while (from < to && (LEADING_STOP.has(sequence[from]!.text) || CONNECTORS.has(sequence[from]!.text)))
    from++;
  while (to > from && CONNECTORS.has(sequence[to - 1]!.text)) to--;
  return sequence.slice(from, to);
}
