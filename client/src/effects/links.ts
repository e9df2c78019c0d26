/**
 * Loads what the selected link's panel shows: the agreements a cooperation link stands for (as the map
 * shows it, filters and time applied), or the child of a part-of link with the source of its parent. A
 * link opened from an address waits for the network to hold it.
 */
import { fetchInstitution } from '../api/explore.js';
import type { CooperationGraph } from '../graph/network.js';
import { edgeInView } from '../graph/view-model.js';
import { current, shownView } from '../state/reducer.js';
import type { Store } from '../state/store.js';
import type { ExplorerState, LinkDetail } from '../state/types.js';
import type { AgreementCache } from './agreement-cache.js';

/** A link may stand for hundreds of agreements: the panel lists the first ones, and says how many. */
export const LINK_AGREEMENTS_LISTED = 20;

export function followLinks(store: Store, graph: CooperationGraph, cache: AgreementCache): void {
  let loading: string | null = null;

  const load = (state: ExplorerState): void => {
    const edge = state.selection.link;
    loading = edge;
    if (edge === null || !graph.hasEdge(edge)) return;
    store.dispatch({ type: 'linkStarted' });
    detail(state, edge).then(
      (link) => {
        if (loading === edge) store.dispatch({ type: 'linkSucceeded', link });
      },
      (error: unknown) => {
        if (loading === edge) store.dispatch({ type: 'linkFailed', error });
      },
    );
  };

  const detail = async (state: ExplorerState, edge: string): Promise<LinkDetail> => {
    if (graph.getEdgeAttribute(edge, 'relation') === 'part-of') {
      return { edge, relation: 'part-of', child: await fetchInstitution(graph.source(edge)) };
    }
    const ids = (edgeInView(graph, shownView(state), edge) ?? graph.getEdgeAttributes(edge)).agreementIds;
    const agreements = await cache.get(ids.slice(0, LINK_AGREEMENTS_LISTED));
    return { edge, relation: 'cooperation', agreements, total: ids.length };
  };

  store.subscribe((next, previous, action) => {
    if (action.type === 'datasetImported') cache.clear();
    const { link } = next.selection;
    const waiting = link !== null && next.link.status !== 'loading' && current(next.link)?.edge !== link;
    if (
      next.selection.link !== previous.selection.link ||
      action.type === 'datasetImported' ||
      (waiting && next.graphVersion !== previous.graphVersion)
    )
      load(next);
  });
  load(store.getState());
}
