/**
 * Sentences with their offsets in the input. A line break always ends one (headlines, captions and
 * paragraphs stand on lines of their own); within a line a full stop, question or exclamation mark ends
 * one when a space and a new sentence follow, unless it closes an abbreviation such as "U.S." or "Dr.".
 */
import type { Span } from './types.js';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'sr',
  'jr',
  'dept',
  'approx',
  'est',
]);

export function splitSentences(input: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(input[start]!)) start++;
    while (end > start && /\s/.test(input[end - 1]!)) end--;
    if (end > start) spans.push({ start, end, text: input.slice(start, end) });
  };
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (char === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (char !== '.' && char !== '?' && char !== '!') continue;
    let end = i + 1;
    // Closing quotes and brackets belong to the sentence they close.
    while (end < input.length && /["'”’)\]]/.test(input[end]!)) end++;
    if (end < input.length && input[end] !== ' ' && input[end] !== '\t') continue;
    const next = input.slice(end).match(/^[ \t]+(\S)/)?.[1];
    if (next === undefined) continue;
    if (char === '.' && closesAbbreviation(input, i)) continue;
    // A lower-case word after the stop continues the sentence ("approx. five"); Hangul, digits, capitals and quotes start one.
    if (/[a-z]/.test(next)) continue;
    push(start, end);
    start = end;
  }
  push(start, input.length);
  return spans;
}

function closesAbbreviation(input: string, dot: number): boolean {
  const word = input.slice(0, dot).match(/([A-Za-z.]+)$/)?.[1];
  if (!word) return false;
  // Initials: "U.S", "U.K", "E.U" — and a single capital before the stop ("J. Smith").
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
