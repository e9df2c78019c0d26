/** The agreements as nodes, with everyone party to each: what the map draws in its agreements view. */
import type { AgreementGraph } from '../../../contract/agreement-graph.js';
import { filterParams } from '../state/filters.js';
import { lastDayOf } from '../state/months.js';
import type { Filters } from '../state/types.js';
import { MalformedResponseError } from './errors.js';
import { getJson } from './http.js';
import { isRecord } from './json.js';

/**
 * As many agreements as one answer brings: past 1,000 (with their parties) the answer of a large graph
 * passes the server's transaction memory cap (measured on the generated 10k graph: 1,000 in 0.5 s,
 * 5,000 refused). Past them the view says it shows part of them.
 */
const AGREEMENTS = 1_000;

export async function fetchAgreementGraph(
  filters: Filters,
  asOf: string | null,
  signal?: AbortSignal,
): Promise<AgreementGraph> {
  const params = filterParams(filters);
  params.set('shape', 'agreements');
  params.set('limit', String(AGREEMENTS));
  if (asOf !== null) params.set('asOf', lastDayOf(asOf));
  const body = await getJson(`/api/graph?${params.toString()}`, signal);
  if (!isRecord(body) || !Array.isArray(body.nodes) || !Array.isArray(body.edges)) {
    throw new MalformedResponseError('GET /api/graph?shape=agreements did not return a graph');
  }
  return body as unknown as AgreementGraph;
}
