/**
 * Months as the date range slider counts them. Agreement dates are partial (`2024`, `2024-03`,
 * `2024-03-05`); the slider works in whole months, from the first month the earliest agreement can mean
 * to the first month the latest can (January, for a date that names only its year: any month of a year
 * keeps it, so the months after would be empty).
 */

/** `YYYY-MM` → months since year 0, or null for anything else. */
export function monthIndex(month: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (match === null) return null;
  const monthNumber = Number(match[2]);
  if (monthNumber < 1 || monthNumber > 12) return null;
  return Number(match[1]) * 12 + monthNumber - 1;
}

export function monthAt(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The first month a partial date can mean: `2024` → `2024-01`. */
export function firstMonthOf(date: string): string | null {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (match === null) return null;
  return `${match[1]}-${match[2] ?? '01'}`;
}

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && monthIndex(value) !== null;
}

/** The last calendar day of `YYYY-MM`, as the API's `asOf` takes it: `2024-02` → `2024-02-29`. */
export function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year ?? 0, monthNumber ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
