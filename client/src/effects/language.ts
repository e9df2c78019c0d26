/** The language chosen last, remembered in the browser for the next visit (a link's `lang` still wins). */
import { isLanguage, type Language } from '../i18n/language.js';
import type { Store } from '../state/store.js';
import { watch } from '../state/watch.js';

const LANGUAGE_KEY = 'cooperation-graph.language';

/** The user's last choice, else English. */
export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): the default is fine.
  }
  return 'en';
}

export function rememberLanguage(store: Store): void {
  watch(store, ['language'], ({ language }) => {
    try {
      window.localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Not remembered across visits; the switch still works.
    }
  });
}
