/** The words index.html carries before the script runs (`data-i18n`), put in the current language. */
import type { Language } from './language.js';
import { strings } from './strings.js';

/** Fills every element marked `data-i18n="key"` with the string of that key. */
export function translateStaticText(root: ParentNode, language: Language): void {
  const table = strings(language) as unknown as Record<string, unknown>;
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n;
    const value = key === undefined ? undefined : table[key];
    if (typeof value === 'string') element.textContent = value;
  }
}
