/**
 * The interface in two languages. i18n/ holds every user-visible word, as one table per language for the
 * page (page-*.ts) and for the explorer's tools (explorer-*.ts), the formatters of dates, amounts and
 * labels (format.ts), and the words for a failed request (describe-error.ts). Switching language is a
 * matter of re-rendering with another table, never of patching text in place.
 */
import { EXPLORER_EN } from './explorer-en.js';
import { EXPLORER_KO } from './explorer-ko.js';
import type { ExplorerStrings } from './explorer-strings.js';
import type { Language } from './language.js';
import { PAGE_EN } from './page-en.js';
import { PAGE_KO } from './page-ko.js';
import type { Strings } from './page-strings.js';

const PAGE: Record<Language, Strings> = { en: PAGE_EN, ko: PAGE_KO };
const EXPLORER: Record<Language, ExplorerStrings> = { en: EXPLORER_EN, ko: EXPLORER_KO };

export function strings(language: Language): Strings {
  return PAGE[language];
}

export function explorerStrings(language: Language): ExplorerStrings {
  return EXPLORER[language];
}
