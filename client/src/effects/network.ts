/**
 * The effects: what the store asks for, loaded and dispatched back as answers. effects/ holds the network
 * (this file), the details that follow the selection and the path query (details.ts), the address bar
 * (url.ts) and the remembered language (language.ts).
 *
 * Loads what the canvas shows and keeps it in step with the state: the whole network or the
 * neighbourhoods in focus, each neighbourhood the user expands, and the filtered view with its statistics.
 * Requests are aborted when the state they were for is gone, so a slow answer never overwrites a newer one.
 */
import type { NetworkPage } from '../../../contract/network-page.js';
import type { Stats } from '../../../contract/stats.js';
import { ProblemError } from '../api/errors.js';
import { fetchDateBounds } from '../api/explore.js';
import { fetchNeighbourhood, fetchNetwork, fetchNetworkPage, fetchStats } from '../api/network.js';
import { initialLayout, placeNewNodes } from '../graph/layout.js';
import { type CooperationGraph, mergeNetwork, type MergeResult } from '../graph/network.js';
import { LayoutChangedError, mergePage, type PagedNetwork } from '../graph/pages.js';
import { EMPTY_FILTERS, isFiltered, sameFilters, serverFilters } from '../state/filters.js';
import type { Store } from '../state/store.js';
import type { EdgeInView, ExplorerState, NetworkView } from '../state/types.js';

export interface NetworkHooks {
  /** The first answer tells whether the network is large (it comes in pages), before it is merged. */
  onScale?: (large: boolean) => void | Promise<void>;
  /** The network's answer arrived (before it is merged and laid out): the start of the first-frame clock. */
  onAnswer?: () => void;
  /** The graph holds the first answer, before the state says so: the canvas draws it before the views. */
  onMerged?: () => void;
  /** Institutions or links were added: the layout should make room for them. */
  onGrow: (added: MergeResult) => void;
  /** The graph was emptied and filled again (whole network ↔ focus). */
  onReset: () => void;
}

export interface NetworkEffects {
  /** The first load; resolves when the graph holds the network (or rejects). */
  start: () => Promise<void>;
}

const WHOLE = 'whole';

/**
 * Networks of up to this many institutions come whole from `/api/graph` and are laid out here, with every
 * link's agreements; larger ones come in pages with the positions the server stored. Measured
 * (bench/results/client-profile.md): the whole answer of a generated 1k network already passes the
 * server's 32 MiB transaction cap (its hubs share thousands of agreements), and a few hundred
 * institutions are all a synchronous ForceAtlas2 pass can place before the first frame.
 */
export const PAGED_ABOVE = 500;
/** The first page: the hubs, drawn as soon as they arrive. Later pages are larger (fewer round trips). */
export const FIRST_PAGE = 2_000;
const NEXT_PAGES = 10_000;
/** The strongest links of each institution a page brings: the picture's structure, not every link. */
export const EDGES_PER_NODE = 5;

export function createNetworkEffects(
  store: Store,
  graph: CooperationGraph,
  hooks: NetworkHooks,
): NetworkEffects {
  /** What the graph holds: the whole network, or the neighbourhoods of these institutions. */
  let loaded: typeof WHOLE | Set<string> | null = null;
  let viewRequest: AbortController | null = null;
  let loadRequest: AbortController | null = null;

  const loadScope = async (focus: string[]): Promise<void> => {
    loadRequest?.abort();
    const controller = new AbortController();
    loadRequest = controller;
    store.dispatch({ type: 'loadStarted' });
    try {
      if (focus.length === 0) {
        const first = await firstPage(controller.signal);
        if (controller.signal.aborted) return;
        if (first !== null && first.total > PAGED_ABOVE) {
          await hooks.onScale?.(true);
          if (controller.signal.aborted) return;
          loadPages(first, controller);
          return;
        }
      }
      const requests =
        focus.length === 0
          ? [fetchNetwork(null, controller.signal)]
          : focus.map((id) => fetchNeighbourhood(id, 1, controller.signal));
      // Whatever the canvas sets up runs while the answer is on its way.
      const [parts] = await Promise.all([
        Promise.all(requests),
        focus.length === 0 && hooks.onScale?.(false),
      ]);
      if (controller.signal.aborted) return;
      hooks.onAnswer?.();
      const reset = graph.order > 0;
      graph.clear();
      graph.replaceAttributes({ countries: [], domains: [] });
      for (const part of parts) mergeNetwork(graph, part);
      initialLayout(graph);
      hooks.onMerged?.();
      loaded = focus.length === 0 ? WHOLE : new Set(focus);
      store.dispatch({ type: 'loadSucceeded', attributes: graph.getAttributes(), pages: null });
      if (reset) hooks.onReset();
      refreshView(store.getState(), true);
    } catch (error) {
      if (controller.signal.aborted) return;
      store.dispatch({ type: 'loadFailed', error });
      throw error;
    }
  };

  /**
   * The whole network's first page; null when the server has no pages to give (none stored yet, or its
   * layout is being rewritten after an import): the whole answer of `/api/graph` then, as for small ones.
   */
  const firstPage = (signal: AbortSignal) =>
    fetchNetworkPage({ offset: 0, size: FIRST_PAGE, edgesPerNode: EDGES_PER_NODE }, signal).catch(
      (error: unknown) => {
        if (error instanceof ProblemError) return null;
        throw error;
      },
    );

  /**
   * Draws the first page at once (the load resolves then), then merges the others as they come, the next
   * one requested while the current one is merged. A page from a newer layout (an import ran meanwhile)
   * starts the load over.
   */
  const loadPages = (first: NetworkPage, controller: AbortController): void => {
    hooks.onAnswer?.();
    const reset = graph.order > 0;
    graph.clear();
    graph.replaceAttributes({ countries: [], domains: [] });
    const { paged } = mergePage(graph, null, first);
    hooks.onMerged?.();
    loaded = WHOLE;
    store.dispatch({
      type: 'loadSucceeded',
      attributes: graph.getAttributes(),
      pages: { loaded: paged.order.length, total: paged.total },
    });
    if (reset) hooks.onReset();
    refreshView(store.getState(), true);
    // The page is usable from here on: the other pages arrive in the background.
    void loadRemainingPages(paged, controller).catch((error: unknown) => {
      if (!controller.signal.aborted) store.dispatch({ type: 'loadFailed', error });
    });
  };

  const loadRemainingPages = async (start: PagedNetwork, controller: AbortController): Promise<void> => {
    let paged = start;
    const request = (offset: number | null): Promise<NetworkPage> | null => {
      if (offset === null) return null;
      const next = fetchNetworkPage(
        { offset, size: NEXT_PAGES, edgesPerNode: EDGES_PER_NODE },
        controller.signal,
      );
      // A page requested ahead and never awaited (the load was abandoned) must not fail unheard.
      next.catch(() => undefined);
      return next;
    };
    let pending = request(paged.next);
    while (pending !== null) {
      const page = await pending;
      if (controller.signal.aborted) return;
      pending = request(page.next);
      try {
        paged = mergePage(graph, paged, page).paged;
      } catch (error) {
        if (!(error instanceof LayoutChangedError)) throw error;
        controller.abort();
        void loadScope([]).catch(() => undefined);
        return;
      }
      store.dispatch({ type: 'pageLoaded', loaded: paged.order.length, total: paged.total });
      // Lets the canvas draw what came before the next page is merged.
      await new Promise((resolve) => window.setTimeout(resolve, 0));
    }
  };

  /** Adds one institution's neighbourhood to what the canvas holds. */
  const expand = async (id: string): Promise<void> => {
    store.dispatch({ type: 'expandStarted', id });
    try {
      const part = await fetchNeighbourhood(id, 1);
      const added = mergeNetwork(graph, part);
      placeNewNodes(graph, added.nodes);
      if (loaded instanceof Set) loaded.add(id);
      store.dispatch({ type: 'expandSucceeded', id, added: added.nodes.length });
      if (added.nodes.length > 0 || added.edges.length > 0) {
        store.dispatch({ type: 'graphChanged' });
        hooks.onGrow(added);
        // Filtered, the new institutions still have to pass the filters.
        const { filters, asOf } = store.getState();
        if (isFiltered(serverFilters(filters, asOf))) refreshView(store.getState(), true);
      }
    } catch (error) {
      store.dispatch({ type: 'expandFailed', id, error });
    }
  };

  /** The filtered view of the graph, and the statistics that size and colour it. */
  const refreshView = (state: ExplorerState, force: boolean): void => {
    if (!force && viewRequest === null && state.view.status === 'ready') return;
    viewRequest?.abort();
    const controller = new AbortController();
    viewRequest = controller;
    const filters = serverFilters(state.filters, state.asOf);
    store.dispatch({ type: 'viewStarted' });
    const filtered = isFiltered(filters);
    const network = filtered ? fetchNetwork(filters, controller.signal) : Promise.resolve(null);
    const stats = fetchStats(filters, controller.signal).catch((error: unknown) => {
      // Metrics only size and colour the nodes: without them the canvas still shows the right network.
      if (!controller.signal.aborted) store.dispatch({ type: 'statsFailed', error });
      return null;
    });
    // The chips count what each domain would keep under the other filters: the view's own statistics
    // when no domain is chosen, else those of the view without it.
    const chipStats =
      filters.domain === null
        ? stats
        : fetchStats({ ...filters, domain: null }, controller.signal).catch(() => null);
    void chipStats.then((answer) => {
      if (answer !== null && !controller.signal.aborted)
        store.dispatch({ type: 'chipCountsLoaded', counts: answer.agreementsPerDomain });
    });
    Promise.all([network, stats]).then(
      ([answer, metrics]: [Awaited<typeof network>, Stats | null]) => {
        if (controller.signal.aborted) return;
        viewRequest = null;
        let view: NetworkView = { filtered: false, nodes: null, edges: null, truncated: false };
        if (answer !== null) {
          // Whole-network mode: institutions the first load cut off may appear under a filter.
          if (loaded === WHOLE) {
            const added = mergeNetwork(graph, answer);
            placeNewNodes(graph, added.nodes);
            if (added.nodes.length > 0) store.dispatch({ type: 'graphChanged' });
          }
          const edges = new Map<string, EdgeInView>();
          for (const edge of answer.edges) {
            if (edge.attributes === undefined) continue;
            const key = edge.key ?? `${edge.attributes.relation}:${edge.source}:${edge.target}`;
            const { agreementIds, domains, weight } = edge.attributes;
            edges.set(key, { agreementIds, domains, weight });
          }
          view = {
            filtered: true,
            nodes: new Set(answer.nodes.map((node) => node.key)),
            edges,
            truncated: Boolean(answer.attributes?.truncated),
          };
        }
        store.dispatch({ type: 'viewSucceeded', view, stats: metrics });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        viewRequest = null;
        store.dispatch({ type: 'viewFailed', error });
      },
    );
  };

  const loadReferenceData = (): void => {
    fetchStats(EMPTY_FILTERS).then(
      (stats) => store.dispatch({ type: 'baselineSucceeded', stats }),
      (error: unknown) => store.dispatch({ type: 'baselineFailed', error }),
    );
    fetchDateBounds().then(
      (dates) =>
        dates === null
          ? store.dispatch({ type: 'datesFailed', error: null })
          : store.dispatch({ type: 'datesSucceeded', dates }),
      (error: unknown) => store.dispatch({ type: 'datesFailed', error }),
    );
  };

  store.subscribe((next, previous, action) => {
    // An import wrote to the graph: what is drawn, and the reference data, are loaded again.
    if (action.type === 'datasetImported' && loaded !== null) {
      void loadScope(next.focus)
        .catch(() => undefined)
        .finally(loadReferenceData);
      return;
    }
    if (action.type === 'expand' && loaded !== null) {
      if (!next.expanding.includes(action.id)) void expand(action.id);
      return;
    }
    if (next.focus !== previous.focus && loaded !== null) {
      const wanted = next.focus;
      const grows =
        loaded instanceof Set && wanted.length > 0 && [...loaded].every((id) => wanted.includes(id));
      if (grows) {
        for (const id of wanted) if (!(loaded as Set<string>).has(id)) void expand(id);
      } else {
        void loadScope(wanted).catch(() => undefined);
      }
      return;
    }
    const filters = serverFilters(next.filters, next.asOf);
    if (!sameFilters(filters, serverFilters(previous.filters, previous.asOf)) && loaded !== null)
      refreshView(next, true);
  });

  return {
    async start() {
      // After the first answer: the statistics behind the filters would compete with it for the server.
      try {
        await loadScope(store.getState().focus);
      } finally {
        loadReferenceData();
      }
    },
  };
}
