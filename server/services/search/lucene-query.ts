/**
 * Turns what a user typed into a Lucene query for Neo4j's full-text indexes. Only letters and digits
 * survive, so no Lucene syntax a user types can change the query's meaning. Each word matches exactly
 * (boosted), as a prefix, and — for Latin words of four letters or more — within one or two edits, which
 * forgives case, small typos and words typed as one ("arpah"). Hangul goes through the index's `cjk`
 * analyzer, which splits it into bigrams, so partial Korean words ("표준") and spacing ("한국 표준") match.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const HANGUL = /\p{Script=Hangul}/u;

export function searchWords(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).slice(0, 12);
}

export function luceneQuery(text: string): string | null {
  const clauses = searchWords(text).map((word) => {
    if (HANGUL.test(word)) return `"${word}"`;
    const alternatives = [`${word}^3`, `${word}*^2`];
    if (word.length >= 4) alternatives.push(`${word}~${word.length >= 8 ? 2 : 1}`);
    return `(${alternatives.join(' OR ')})`;
  });
  return clauses.length > 0 ? clauses.join(' OR ') : null;
}
