/**
 * The agreements of an exported network as a CSV, one row each, beside the edge list: what a
 * spreadsheet user filters and cites. Lists are `;`-joined; the status history reads "status date
 * (source)" in date order; the amount is the one the source states, in its currency.
 */
import { csvText } from '../../../contract/csv.js';

export const AGREEMENTS_CSV_HEADER = [
  'id',
  'titleEn',
  'titleKo',
  'parties',
  'kind',
  'status',
  'statusHistory',
  'date',
  'amount',
  'currency',
  'amountStated',
  'domains',
  'quotesKo',
  'quotesEn',
  'sources',
] as const;

export type AgreementRow = Record<
  (typeof AGREEMENTS_CSV_HEADER)[number],
  string | number | string[] | null
> & {
  amountUsd: number | null;
};

export function writeAgreementsCsv(rows: AgreementRow[]): string {
  return csvText([
    AGREEMENTS_CSV_HEADER,
    ...rows.map((row) =>
      AGREEMENTS_CSV_HEADER.map((column) => {
        // Older records state dollars in amountUsd only.
        if (column === 'amount' && row.amount === null) return row.amountUsd;
        if (column === 'currency' && row.currency === null && row.amountUsd !== null) return 'USD';
        const value = row[column];
        return Array.isArray(value) ? value.join(';') : value;
      }),
    ),
  ]);
}
