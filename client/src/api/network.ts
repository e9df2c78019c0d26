/**
 * What the canvas draws: the network whole or filtered, one institution's neighbourhood, the network in
 * pages for large graphs, and the per-institution metrics that size and colour it.
 */
import type { NetworkGraph } from '../../../contract/graph.js';
import type { NetworkPage, NetworkPageQuery } from '../../../contract/network-page.js';
import type { Stats } from '../../../contract/stats.js';
import { filterParams } from '../state/filters.js';
import type { Filters } from '../state/types.js';
import { MalformedResponseError } from './errors.js';
import { getJson } from './http.js';
import { isRecord } from './json.js';

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

/** The address of one page; index.html preloads the first one's, so it must be spelled the same way. */
export function networkPagePath(request: NetworkPageQuery): string {
  const params = new URLSearchParams({
    offset: String(request.offset),
    size: String(request.size),
    edgesPerNode: String(request.edgesPerNode),
  });
  return `/api/graph/page?${params.toString()}`;
}

/** One page of the whole network in compact columns, with the positions the server's layout stored. */
export async function fetchNetworkPage(
  request: NetworkPageQuery,
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
