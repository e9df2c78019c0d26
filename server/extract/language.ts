/** The article's language from its script: Korean articles are full of Latin acronyms, so a modest share of Hangul decides. */
import type { Language } from './types.js';

const HANGUL = /[\uac00-\ud7a3]/g;
const LATIN = /[A-Za-z]/g;

/** Hangul syllables make up at least a fifth of the letters: Korean (acronyms alone never reach that). */
export function detectLanguage(text: string): Language {
  const hangul = text.match(HANGUL)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (hangul + latin === 0) return 'en';
  return hangul / (hangul + latin) >= 0.2 ? 'ko' : 'en';
}

export function isHangul(char: string | undefined): boolean {
  return char !== undefined && char >= '\uac00' && char <= '\ud7a3';
}

export function isAsciiWordChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}
