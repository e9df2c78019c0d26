/**
 * The timeline of the agreements that pass the filters: status entries per month (and per year for
 * those a source dates to a year only), and the entries themselves in date order.
 */
import type { Timeline, TimelineQuery } from '../../contract/timeline.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../contract/vocabulary.js';
import type { Database } from '../db/database.js';
import { checkVocabulary, countryScope } from './network.js';

type Entry = Timeline['entries'][number];
type Counts = Record<AgreementStatus, number>;

export async function loadTimeline(db: Database, query: TimelineQuery): Promise<Timeline> {
  await checkVocabulary(db, query);
  const rows = (await db.read('api/timeline', {
    kind: query.kind ?? null,
    status: query.status ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    domain: query.domain ?? null,
    country: query.country ?? null,
    countryScope: countryScope(query),
    institutionKind: query.institutionKind ?? null,
  })) as unknown as Entry[];
  rows.sort(byDateThenIds);
  const months = new Map<string, Counts>();
  const years = new Map<string, Counts>();
  for (const entry of rows) {
    const [buckets, key] = entry.date.length >= 7 ? [months, entry.date.slice(0, 7)] : [years, entry.date];
    const counts = buckets.get(key) ?? emptyCounts();
    counts[entry.status] += 1;
    buckets.set(key, counts);
  }
  return {
    months: everyMonth(months),
    years: [...years].sort(([a], [b]) => a.localeCompare(b)).map(([year, counts]) => ({ year, counts })),
    entries: rows.slice(0, query.limit),
    total: rows.length,
    truncated: rows.length > query.limit,
  };
}

/** Date order, as text (partial dates before the days of their period), then by agreement and source. */
function byDateThenIds(a: Entry, b: Entry): number {
  const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return order(a.date, b.date) || order(a.agreementId, b.agreementId) || order(a.sourceId, b.sourceId);
}

const emptyCounts = (): Counts =>
  Object.fromEntries(AGREEMENT_STATUSES.map((status) => [status, 0])) as Counts;

/** The counted months and every month between them, so that a time bar's gaps are real gaps. */
function everyMonth(counted: Map<string, Counts>): Timeline['months'] {
  const keys = [...counted.keys()].sort();
  if (keys.length === 0) return [];
  const [firstYear, firstMonth] = keys[0]!.split('-').map(Number) as [number, number];
  const last = keys.at(-1)!;
  const months: Timeline['months'] = [];
  for (let year = firstYear, month = firstMonth; ; month += 1) {
    if (month > 12) [year, month] = [year + 1, 1];
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push({ month: key, counts: counted.get(key) ?? emptyCounts() });
    if (key === last) return months;
  }
}
