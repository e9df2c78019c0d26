/**
 * An agreement's status over time: entries ordered by date, the later status winning at equal dates by
 * how far an agreement has come (in consultation, planned, agreed, signed). The importer's Cypher
 * (import/agreement-status) orders them the same way.
 */
import type { AgreementStatus } from './vocabulary.js';

/** How far along an agreement is: a later stage wins over an earlier one stated the same day. */
export const STATUS_STAGE: Record<AgreementStatus, number> = {
  'in-consultation': 0,
  planned: 1,
  agreed: 2,
  signed: 3,
};

interface Entry {
  status: AgreementStatus;
  date: string;
}

export function orderEntries<T extends Entry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => a.date.localeCompare(b.date) || STATUS_STAGE[a.status] - STATUS_STAGE[b.status],
  );
}

/** The status the entries leave the agreement in. */
export function currentStatus(entries: readonly Entry[]): AgreementStatus | undefined {
  return orderEntries(entries).at(-1)?.status;
}
