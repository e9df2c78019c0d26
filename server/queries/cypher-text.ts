/**
 * Just enough of Cypher's lexical structure to find the `$parameters` a statement uses: comments, string
 * literals and quoted names are blanked out first (keeping line breaks, so positions stay true), so that
 * a `$` inside 'US$10' or a comment is not taken for a parameter.
 */

/** The text with comments, strings and backquoted names replaced by spaces; newlines are kept. */
export function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    let end: number;
    if (char === '/' && next === '/') {
      end = text.indexOf('\n', i);
      if (end === -1) end = text.length;
    } else if (char === '/' && next === '*') {
      end = text.indexOf('*/', i + 2);
      end = end === -1 ? text.length : end + 2;
    } else if (char === "'" || char === '"' || char === '`') {
      end = closingQuote(text, i);
    } else {
      out += char;
      i += 1;
      continue;
    }
    // A backquoted parameter name (`$`my param``) stays readable, as a name of the same length.
    if (char === '`' && out.endsWith('$')) out += ` ${text.slice(i + 1, end - 1).replace(/\W/g, '_')} `;
    else out += text.slice(i, end).replace(/[^\n]/g, ' ');
    i = end;
  }
  return out;
}

/** The index after the quote that closes the one at `start`; backslash escapes and doubled quotes skip. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') {
      i += 2;
    } else if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return text.length;
}

/** Each parameter the statement uses, with the 1-based line of its first use. */
export function parameterUses(text: string, firstLine = 1): Map<string, number> {
  const uses = new Map<string, number>();
  codeOnly(text)
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(/\$\s?([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const name = match[1];
        if (name !== undefined && !uses.has(name)) uses.set(name, firstLine + index);
      }
    });
  return uses;
}
