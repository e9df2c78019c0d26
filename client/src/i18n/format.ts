/**
 * Values as the interface shows them in the current language: vocabulary labels, partial dates, amounts
 * and country names, through the platform's `Intl` formatters.
 */
import type { Language } from './language.js';

/**
 * The label of a vocabulary value (`AGREEMENT_KIND_LABELS`, a party role, …) in `language`. The
 * vocabularies grow ("add values, do not rename them"), so a value this build does not know yet is
 * shown as it is rather than breaking the panel.
 */
export function vocabularyLabel<K extends string>(
  labels: Record<K, { en: string; ko: string } | string>,
  value: K,
  language: Language,
): string {
  const label = (labels as Partial<Record<string, { en: string; ko: string } | string>>)[value];
  if (label === undefined) return value;
  return typeof label === 'string' ? label : label[language];
}

/** BCP 47 locale used by the `Intl` formatters for each interface language. */
const LOCALES: Record<Language, string> = { en: 'en-US', ko: 'ko-KR' };

/**
 * Dates on the wire are partial (`2024`, `2024-03`, `2024-03-05`) because sources often say only
 * "next year"; show exactly the precision the source gave, never an invented day.
 */
export function formatPartialDate(value: string, language: Language): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[language], options).format(date);
}

/** Compact amounts ("$10M", "US$1000만") read the way the sources write them. */
export function formatAmount(amount: number, language: Language, currency = 'USD'): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** A country's name from the platform when the network's own list does not name it. */
export function regionName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
