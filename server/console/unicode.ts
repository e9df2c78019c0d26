/**
 * Unicode checks of the console's gate. Neo4j's keywords are ASCII, and what reaches Neo4j is exactly
 * the text that was checked, so lookalike letters cannot hide a keyword from Neo4j; they can hide it from
 * a human reviewer or from a simpler check, though, and invisible characters (zero-width, bidi controls)
 * can make the query someone sees differ from the one that runs. Such text is refused, not repaired.
 */

/**
 * Anywhere in a query, strings and comments included: format characters (zero-width, bidi controls, soft
 * hyphen, BOM), control characters other than tab and line breaks, lone surrogates, private-use and
 * unassigned code points.
 */
const FORBIDDEN_ANYWHERE = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]|[^\P{Cc}\t\n\r]/u;

export interface CharacterFinding {
  offset: number;
  codePoint: number;
}

export function findForbiddenCharacter(text: string): CharacterFinding | null {
  const match = FORBIDDEN_ANYWHERE.exec(text);
  if (match === null) return null;
  return { offset: match.index, codePoint: match[0].codePointAt(0) ?? 0 };
}

export function describeCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Letters of other scripts that look like Latin ones (after Unicode's confusables list, reduced to the
 * letters Cypher keywords use), and Latin letters that look like other Latin letters.
 */
const LOOKALIKE_ROWS: [lookalikes: string, latin: string][] = [
  ['авекмнорстухіјѕԁԛԝһүӏѵɡ', 'abekmhopctyxijsdqwhylvg'],
  ['АВЕКМНОРСТУХІЈЅԀԚԜҺҮӀѴ', 'ABEKMHOPCTYXIJSDQWHYIV'],
  ['αεικνορτυχϲϳ', 'aeikvoptuxcj'],
  ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ', 'ABEZHIKMNOPTYXC'],
  ['ıȷɑʟꓲꓳ', 'ijaLIO'],
];
const LOOKALIKES = new Map<string, string>(
  LOOKALIKE_ROWS.flatMap(([lookalikes, latin]) =>
    [...lookalikes].map((char, index) => [char, latin[index] ?? char]),
  ),
);

/** The word with lookalike letters replaced by the ASCII letters they imitate, upper-cased. */
export function skeleton(word: string): string {
  return [...word]
    .map((char) => LOOKALIKES.get(char) ?? char)
    .join('')
    .toUpperCase();
}

const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/**
 * Why an unquoted identifier with non-ASCII letters is refused, or null when it is fine (Korean names
 * are). `keywords` are upper-case.
 */
export function identifierProblem(word: string, keywords: ReadonlySet<string>): string | null {
  if (/^[\p{ASCII}]*$/u.test(word)) return null;
  if (word.normalize('NFKC') !== word) {
    return `"${word}" uses compatibility characters (full-width or styled letters, ligatures): type plain letters`;
  }
  if (LATIN.test(word) && LOOKALIKE_SCRIPTS.test(word)) {
    return `"${word}" mixes Latin letters with lookalike letters of another script`;
  }
  const plain = skeleton(word);
  if (keywords.has(plain) || /^[A-Z_]+$/.test(plain)) {
    return `"${word}" looks like ${keywords.has(plain) ? `the keyword ${plain}` : `"${plain}"`} but uses lookalike letters`;
  }
  return null;
}
