/**
 * The browser's side of the HTTP API. Failures become typed errors so the page can tell the user
 * whether the server is down, refused the request (problem+json), or sent something unreadable,
 * and callers branch on the class, never on message text.
 */
import type { AgreementList, PathsAnswer, SearchAnswer } from '../../../contract/explore.js';
import type { AgreementSummary, InstitutionDetail, NetworkGraph } from '../../../contract/graph.js';
import type { NetworkPage } from '../../../contract/network-page.js';
// The stats schema lives beside its route; only its type crosses over (erased at build).
import type { Stats } from '../../../contract/stats.js';
import type { DateBounds, Filters, PathQuery } from '../state/types.js';
import { filterParams } from '../state/filters.js';
import { firstMonthOf, lastMonthOf } from '../state/months.js';

export type { Stats };

/** RFC 9457 problem details, as every error response of the API carries them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
}

/**
 * The request never reached the API: the network failed, or a proxy in front of it (Vite's in
 * development) answered that the API is down, with its own problem detail when it gave one.
 */
export class ServerUnreachableError extends ApiError {
  override name = 'ServerUnreachableError';
  problem: Problem | null = null;
}

/** The API answered with an error status; `problem` holds its problem+json body when it sent one. */
export class ProblemError extends ApiError {
  override name = 'ProblemError';

  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

/** The API answered 2xx but the body is not the shape the contract promises. */
export class MalformedResponseError extends ApiError {
  override name = 'MalformedResponseError';
}

/**
 * Bad Gateway and Gateway Timeout come from a proxy that could not reach the API behind it.
 * (503 is not among them: the API itself answers 503 when its database is down.)
 */
const GATEWAY_STATUSES = new Set([502, 504]);

/** The network, whole or filtered. */
export async function fetchNetwork(
  filters: Filters | null = null,
  signal?: AbortSignal,
): Promise<NetworkGraph> {
  const query = filters === null ? '' : filterParams(filters).toString();
  return readGraph(await getJson(`/api/graph${query === '' ? '' : `?${query}`}`, signal), '/api/graph');
}

/** The institutions within `depth` cooperation links of one institution. */
export async function fetchNeighbourhood(id: string, depth = 1, signal?: AbortSignal): Promise<NetworkGraph> {
  const path = `/api/institutions/${encodeURIComponent(id)}/neighbourhood?depth=${depth}`;
  return readGraph(await getJson(path, signal), path);
}

/** One page of the whole network in compact columns, with the positions the server's layout stored. */
export interface NetworkPageRequest {
  offset: number;
  size: number;
  edgesPerNode: number;
}

/** The address of one page; index.html preloads the first one's, so it must be spelled the same way. */
export function networkPagePath(request: NetworkPageRequest): string {
  const params = new URLSearchParams({
    offset: String(request.offset),
    size: String(request.size),
    edgesPerNode: String(request.edgesPerNode),
  });
  return `/api/graph/page?${params.toString()}`;
}

export async function fetchNetworkPage(
  request: NetworkPageRequest,
  signal?: AbortSignal,
): Promise<NetworkPage> {
  const path = networkPagePath(request);
  const body = await getJson(path, signal);
  const columns = (value: unknown, names: string[]): boolean =>
    isRecord(value) && names.every((name) => Array.isArray(value[name]));
  if (
    !isRecord(body) ||
    typeof body.total !== 'number' ||
    typeof body.offset !== 'number' ||
    typeof body.layout !== 'string' ||
    !columns(body.institutions, [
      'id',
      'nameEn',
      'nameKo',
      'acronym',
      'kind',
      'country',
      'x',
      'y',
      'partners',
    ]) ||
    !columns(body.edges, ['source', 'target', 'weight']) ||
    !columns(body.partOf, ['source', 'target']) ||
    !Array.isArray(body.countries) ||
    !Array.isArray(body.domains)
  ) {
    throw new MalformedResponseError(`GET ${path} did not return a page of the network`);
  }
  return body as unknown as NetworkPage;
}

function readGraph(body: unknown, path: string): NetworkGraph {
  if (!isRecord(body) || !Array.isArray(body.nodes) || !Array.isArray(body.edges)) {
    throw new MalformedResponseError(`GET ${path} did not return a serialized graph`);
  }
  return body as unknown as NetworkGraph;
}

/** Per-institution metrics (degree, agreements, betweenness, community) of the (filtered) network. */
export async function fetchStats(filters: Filters, signal?: AbortSignal): Promise<Stats> {
  const params = filterParams(filters);
  params.set('limit', '1000');
  const body = await getJson(`/api/stats?${params.toString()}`, signal);
  if (!isRecord(body) || !Array.isArray(body.institutions) || !isRecord(body.view)) {
    throw new MalformedResponseError('GET /api/stats did not return statistics');
  }
  return body as unknown as Stats;
}

export async function searchEntities(
  q: string,
  options: { type?: 'institution' | 'agreement'; limit?: number },
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

export async function fetchAgreement(id: string, signal?: AbortSignal): Promise<AgreementSummary> {
  const body = await getJson(`/api/agreements/${encodeURIComponent(id)}`, signal);
  if (!isRecord(body) || typeof body.id !== 'string' || !Array.isArray(body.parties)) {
    throw new MalformedResponseError(`GET /api/agreements/${id} did not return an agreement`);
  }
  return body as unknown as AgreementSummary;
}

export async function fetchPaths(query: PathQuery, signal?: AbortSignal): Promise<PathsAnswer> {
  const params = new URLSearchParams({
    from: query.from,
    to: query.to,
    mode: query.mode,
    maxHops: String(query.maxHops),
  });
  if (query.domain !== null) params.set('domain', query.domain);
  const body = await getJson(`/api/paths?${params.toString()}`, signal);
  if (!isRecord(body) || !Array.isArray(body.paths)) {
    throw new MalformedResponseError('GET /api/paths did not return paths');
  }
  return body as unknown as PathsAnswer;
}

/**
 * The months of the earliest and latest agreements: the newest comes first in `/api/agreements`, the
 * oldest is its last entry. Null when there is no dated agreement.
 */
export async function fetchDateBounds(signal?: AbortSignal): Promise<DateBounds | null> {
  const newest = await readAgreements(await getJson('/api/agreements?limit=1', signal));
  const latest = newest.agreements[0]?.date ?? null;
  if (newest.total === 0 || latest === null) return null;
  const oldest = await readAgreements(
    await getJson(`/api/agreements?limit=1&offset=${Math.max(0, newest.total - 1)}`, signal),
  );
  // Undated agreements sort last; fall back to the newest date when the oldest entry has none.
  const earliest = oldest.agreements[0]?.date ?? latest;
  const first = firstMonthOf(earliest);
  const last = lastMonthOf(latest);
  return first === null || last === null ? null : { first, last };
}

async function readAgreements(body: unknown): Promise<AgreementList> {
  if (!isRecord(body) || !Array.isArray(body.agreements) || typeof body.total !== 'number') {
    throw new MalformedResponseError('GET /api/agreements did not return a list');
  }
  return Promise.resolve(body as unknown as AgreementList);
}

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where the server builds the (filtered) network as a file to download. */
export function exportHref(format: ExportFormat, filters: Filters, language: 'en' | 'ko'): string {
  const params = filterParams(filters);
  params.set('format', format);
  params.set('lang', language);
  return `/api/export?${params.toString()}`;
}

export async function fetchInstitution(id: string, signal?: AbortSignal): Promise<InstitutionDetail> {
  const body = await getJson(`/api/institutions/${encodeURIComponent(id)}`, signal);
  if (!isRecord(body) || typeof body.id !== 'string' || !Array.isArray(body.agreements)) {
    throw new MalformedResponseError(`GET /api/institutions/${id} did not return an institution`);
  }
  return body as unknown as InstitutionDetail;
}

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    // An abort is the caller's decision, not a failure to report.
    if (signal?.aborted) throw error;
    throw new ServerUnreachableError(`GET ${path} failed: ${String(error)}`, { cause: error });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (GATEWAY_STATUSES.has(response.status)) {
      const error = new ServerUnreachableError(`GET ${path} answered ${response.status} from a gateway`);
      error.problem = problem;
      throw error;
    }
    throw new ProblemError(response.status, problem);
  }
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new MalformedResponseError(`GET ${path} did not return JSON`, { cause: error });
  }
}

/** Reads a problem+json body, tolerating servers (or proxies) that send something else. */
async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await response.json()) as unknown;
    if (!isRecord(body) || typeof body.title !== 'string') return null;
    return {
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: body.title,
      status: typeof body.status === 'number' ? body.status : response.status,
      ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
    };
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
