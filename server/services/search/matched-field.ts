/**
 * Which field of a hit the query matched best. Lucene ranks but does not say why, so this compares the
 * query's words with each field: exact word, prefix, substring (Korean), then one edit (typos).
 */
import type { SearchResult } from '../../../contract/explore.js';
import { searchWords } from './lucene-query.js';

type Field = SearchResult['matchedField'];

export interface FieldText {
  field: Field;
  text: string;
}

/**
 * The best-matching field, and how well it matches: 4 per exact word, 3 prefix, 2 substring, 1 typo;
 * `contains` when some field holds every word of the query as typed (no typo forgiven).
 */
export function bestField(
  query: string,
  fields: FieldText[],
): { field: FieldText; quality: number; contains: boolean } {
  const words = searchWords(query);
  let best = { field: fields[0]!, quality: -1 };
  let contains = false;
  for (const candidate of fields) {
    const scores = words.map((word) => wordScore(word, searchWords(candidate.text)));
    const quality = scores.reduce((sum, score) => sum + score, 0);
    if (quality > best.quality) best = { field: candidate, quality };
    if (scores.length > 0 && scores.every((score) => score >= 2)) contains = true;
  }
  return { ...best, contains };
}

function wordScore(word: string, fieldWords: string[]): number {
  let score = 0;
  for (const candidate of fieldWords) {
    if (candidate === word) score = Math.max(score, 4);
    else if (candidate.startsWith(word)) score = Math.max(score, 3);
    else if (candidate.includes(word) || (word.length >= 2 && fieldWords.join('').includes(word)))
      score = Math.max(score, 2);
    else if (word.length >= 4 && withinOneEdit(word, candidate)) score = Math.max(score, 1);
  }
  return score;
}

/** True when one insertion, deletion or substitution turns `a` into `b`. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
