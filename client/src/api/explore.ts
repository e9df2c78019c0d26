/**
 * What the panels and tools ask for: search, one institution or agreement with its evidence, a page of
 * agreements for the table, the paths between two institutions, and the range of agreement dates for the
 * date slider.
 */
import type {
  AgreementList,
  PathProblemBody,
  PathsAnswer,
  SearchAnswer,
  SearchType,
} from '../../../contract/explore.js';
import type { AgreementSummary, InstitutionDetail } from '../../../contract/graph.js';
import { firstMonthOf, lastDayOf } from '../state/months.js';
import type { DateBounds, PathQuery } from '../state/types.js';
import { MalformedResponseError, ProblemError } from './errors.js';
import { getJson } from './http.js';
import { isRecord } from './json.js';

export async function searchEntities(
  q: string,
  options: { type?: SearchType; limit?: number },
  signal?: AbortSignal,
): Promise<SearchAnswer> {
  const params = new URLSearchParams({ q, limit: String(options.limit ?? 10) });
  if (options.type !== undefined) params.set('type', options.type);
  const body = await getJson(`/api/search?${params.toString()}`, signal);
  if (!isRecord(body) || !Array.isArray(body.results)) {
    throw new MalformedResponseError('GET /api/search did not return results');
  }
  return body as unknown as SearchAnswer;
}

export async function fetchInstitution(id: string, signal?: AbortSignal): Promise<InstitutionDetail> {
  const body = await getJson(`/api/institutions/${encodeURIComponent(id)}`, signal);
  if (!isRecord(body) || typeof body.id !== 'string' || !Array.isArray(body.agreements)) {
    throw new MalformedResponseError(`GET /api/institutions/${id} did not return an institution`);
  }
  return body as unknown as InstitutionDetail;
}

export async function fetchAgreement(id: string, signal?: AbortSignal): Promise<AgreementSummary> {
  const body = await getJson(`/api/agreements/${encodeURIComponent(id)}`, signal);
  if (!isRecord(body) || typeof body.id !== 'string' || !Array.isArray(body.parties)) {
    throw new MalformedResponseError(`GET /api/agreements/${id} did not return an agreement`);
  }
  return body as unknown as AgreementSummary;
}

/** Paths over the network as it stood at the end of `asOf`'s month when one is chosen. */
export async function fetchPaths(
  query: PathQuery,
  asOf: string | null,
  signal?: AbortSignal,
): Promise<PathsAnswer> {
  const params = new URLSearchParams({
    from: query.from,
    to: query.to,
    mode: query.mode,
    maxHops: String(query.maxHops),
  });
  if (query.domain !== null) params.set('domain', query.domain);
  params.set('via', query.via.join(','));
  if (asOf !== null) params.set('asOf', lastDayOf(asOf));
  const body = await getJson(`/api/paths?${params.toString()}`, signal);
  if (!isRecord(body) || !Array.isArray(body.paths)) {
    throw new MalformedResponseError('GET /api/paths did not return paths');
  }
  return body as unknown as PathsAnswer;
}

export type Candidate = NonNullable<PathProblemBody['candidates']>[number];

/**
 * The end a failed path query could not resolve, and the institutions an ambiguous one names (the
 * `PathProblem` members); null for any other failure.
 */
export function pathEndProblem(error: unknown): { end: 'from' | 'to'; candidates: Candidate[] } | null {
  if (!(error instanceof ProblemError) || error.problem === null) return null;
  const { end, candidates } = error.problem.extensions;
  if (end !== 'from' && end !== 'to') return null;
  const named = Array.isArray(candidates)
    ? candidates.filter(
        (candidate): candidate is Candidate =>
          isRecord(candidate) &&
          typeof candidate.id === 'string' &&
          typeof candidate.nameEn === 'string' &&
          typeof candidate.nameKo === 'string',
      )
    : [];
  return { end, candidates: named.map((c) => ({ ...c, acronym: c.acronym ?? null })) };
}

/**
 * The months of the earliest and latest agreements: the newest comes first in `/api/agreements`, the
 * oldest is its last entry. Null when there is no dated agreement.
 */
export async function fetchDateBounds(signal?: AbortSignal): Promise<DateBounds | null> {
  const newest = readAgreements(await getJson('/api/agreements?limit=1', signal));
  const latest = newest.agreements[0]?.date ?? null;
  if (newest.total === 0 || latest === null) return null;
  const oldest = readAgreements(
    await getJson(`/api/agreements?limit=1&offset=${Math.max(0, newest.total - 1)}`, signal),
  );
  // Undated agreements sort last; fall back to the newest date when the oldest entry has none.
  const earliest = oldest.agreements[0]?.date ?? latest;
  // A date of a year only is that whole year, and any month of it keeps it (the API compares a partial
  // date as the period it names): the axis ends at the first month the latest can mean, not its last,
  // which stretched it by eleven empty months for an agreement dated "2024".
  const first = firstMonthOf(earliest);
  const last = firstMonthOf(latest);
  return first === null || last === null ? null : { first, last };
}

/** A page of agreements: `params` are the list's filters, words, sort and page, as the contract names them. */
export async function fetchAgreementList(
  params: URLSearchParams,
  signal?: AbortSignal,
): Promise<AgreementList> {
  return readAgreements(await getJson(`/api/agreements?${params.toString()}`, signal));
}

function readAgreements(body: unknown): AgreementList {
  if (!isRecord(body) || !Array.isArray(body.agreements) || typeof body.total !== 'number') {
    throw new MalformedResponseError('GET /api/agreements did not return a list');
  }
  return body as unknown as AgreementList;
}
