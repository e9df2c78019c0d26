/** The agreements as nodes, with everyone party to each: what the map draws in its agreements view. */
import type { AgreementGraph } from '../../../contract/agreement-graph.js';
import { filterParams } from '../state/filters.js';
import { lastDayOf } from '../state/months.js';
import type { Filters } from '../state/types.js';
import { MalformedResponseError } from './errors.js';
import { getJson } from './http.js';
import { isRecord } from './json.js';

/** As many agreements as the view places before it draws (a short layout run); past them it says so. */
const AGREEMENTS = 5_000;

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
