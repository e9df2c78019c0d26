/**
 * The interface's languages: the two the data names everything in, so the language a view is shown in
 * is also the language of the names the API is asked for (export labels).
 */
import type { NameLanguage } from '../../../contract/export.js';

export type Language = NameLanguage;

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ko';
}
