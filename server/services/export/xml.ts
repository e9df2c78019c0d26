/** Text made safe for XML 1.0, shared by the GraphML and GEXF writers. */

// Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab, LF and CR,
// lone surrogates, U+FFFE and U+FFFF. With the `u` flag a surrogate pair is one code point, so only lone
// surrogates fall outside the class.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references, whitespace survives the normalization parsers apply to attribute values.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Drops the characters XML cannot represent. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML_CHAR, '');

/** Escapes text for an attribute value or element content alike. */
export const escapeXml = (text: string): string =>
  xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (char) => REFERENCES[char] ?? char);
