/**
 * An agreement's status entries and what they derive on it, for the offline import, which writes files
 * instead of running Cypher: the same rules as create-agreements.cypher (the entries) and
 * derive-status.cypher (the derived properties), so that both paths store the same graph — the offline
 * import's test compares the two graphs whole.
 */
import type { Agreement } from '../../../contract/dataset.js';

export interface StatusEntry {
  status: Agreement['status'];
  /** Absent when neither the agreement, its event nor its source has a date. */
  date: string | undefined;
  source: string;
  quoteKo: string;
  quoteEn: string;
}

export interface DerivedStatus {
  status: Agreement['status'];
  statuses: string[];
  statusDates: string[];
  knownFrom: string;
}

const STAGE: Record<Agreement['status'], number> = {
  'in-consultation': 0,
  planned: 1,
  agreed: 2,
  signed: 3,
};

/**
 * The row's status history, or its one status stated by the newest source of its evidence (the last
 * quote of that source on a tie), dated by the day it was signed or agreed, else its event's day, else
 * the source's.
 */
export function statusEntries(
  row: Agreement,
  published: ReadonlyMap<string, string>,
  eventDates: ReadonlyMap<string, string>,
): StatusEntry[] {
  if (row.statusHistory) return row.statusHistory.map((entry) => ({ ...entry }));
  let newest = 0;
  for (let at = 1; at < row.evidence.length; at += 1) {
    if (
      (published.get(row.evidence[at]!.source) ?? '') >= (published.get(row.evidence[newest]!.source) ?? '')
    )
      newest = at;
  }
  const quote = row.evidence[newest]!;
  const stated = (row.status === 'agreed' || row.status === 'signed') && row.date !== undefined;
  const date = stated
    ? row.date
    : ((row.agreedAt === undefined ? undefined : eventDates.get(row.agreedAt)) ??
      published.get(quote.source) ??
      row.date);
  return [{ status: row.status, date, source: quote.source, quoteKo: quote.quoteKo, quoteEn: quote.quoteEn }];
}

/** The latest entry is the status (on the same day, the later stage); dates missing count as ''. */
export function deriveStatus(entries: readonly StatusEntry[]): DerivedStatus {
  const ordered = entries
    .map((entry) => ({ status: entry.status, date: entry.date ?? '' }))
    .sort((x, y) => compare(x.date, y.date) || STAGE[x.status] - STAGE[y.status]);
  return {
    status: ordered.at(-1)!.status,
    statuses: ordered.map((entry) => entry.status),
    statusDates: ordered.map((entry) => entry.date),
    knownFrom: ordered[0]!.date,
  };
}

/** Cypher's order of strings (UTF-16 code units). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
