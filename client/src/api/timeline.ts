/** The time bar's data: every dated status entry of the agreements the filters let through. */
import type { Timeline } from '../../../contract/timeline.js';
import { filterParams } from '../state/filters.js';
import type { Filters } from '../state/types.js';
import { MalformedResponseError } from './errors.js';
import { getJson } from './http.js';
import { isRecord } from './json.js';

/**
 * Enough entries for the generated 100k graph's agreements; past that the answer says `truncated` and
 * the time bar says the map shows part of the history.
 */
const ENTRIES = 100_000;

/**
 * The status filter is left out: it means "had that status as of the chosen day", which the time bar
 * can only tell from every entry of an agreement, not from the entries of that status alone.
 */
export async function fetchTimeline(filters: Filters, signal?: AbortSignal): Promise<Timeline> {
  const params = filterParams({ ...filters, status: null });
  params.set('limit', String(ENTRIES));
  const body = await getJson(`/api/timeline?${params.toString()}`, signal);
  if (!isRecord(body) || !Array.isArray(body.months) || !Array.isArray(body.entries)) {
    throw new MalformedResponseError('GET /api/timeline did not return a timeline');
  }
  return body as unknown as Timeline;
}
