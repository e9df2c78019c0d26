/**
 * Answers that follow the selection and the path query: the chosen institution with its agreements, the
 * chosen agreement with its parties and quotes,
 * and the paths between two institutions. Institutions a path runs through that the canvas lacks (it
 * shows only some neighbourhoods) are expanded, so the path can be drawn.
 */
import type { InstitutionDetail } from '../../../contract/graph.js';
import { fetchAgreement, fetchInstitution, fetchPaths } from '../api/explore.js';
import type { CooperationGraph } from '../graph/network.js';
import type { Store } from '../state/store.js';
import type { ExplorerState, PathQuery } from '../state/types.js';

export interface DetailEffects {
  retryInstitution: () => void;
  start: () => void;
}

export function createDetailEffects(store: Store, graph: CooperationGraph): DetailEffects {
  let agreementRequest: AbortController | null = null;
  let institutionRequest: AbortController | null = null;
  // Details change only with an import: reopening an institution is instant.
  const institutions = new Map<string, InstitutionDetail>();

  const loadInstitution = (id: string | null): void => {
    institutionRequest?.abort();
    institutionRequest = null;
    if (id === null) return;
    const cached = institutions.get(id);
    if (cached !== undefined) {
      store.dispatch({ type: 'institutionSucceeded', institution: cached });
      return;
    }
    const controller = new AbortController();
    institutionRequest = controller;
    store.dispatch({ type: 'institutionStarted' });
    fetchInstitution(id, controller.signal).then(
      (institution) => {
        if (controller.signal.aborted) return;
        institutions.set(id, institution);
        store.dispatch({ type: 'institutionSucceeded', institution });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) store.dispatch({ type: 'institutionFailed', error });
      },
    );
  };
  let pathRequest: AbortController | null = null;

  const loadAgreement = (id: string | null): void => {
    agreementRequest?.abort();
    agreementRequest = null;
    if (id === null) return;
    const controller = new AbortController();
    agreementRequest = controller;
    store.dispatch({ type: 'agreementStarted' });
    fetchAgreement(id, controller.signal).then(
      (agreement) => {
        if (!controller.signal.aborted) store.dispatch({ type: 'agreementSucceeded', agreement });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) store.dispatch({ type: 'agreementFailed', error });
      },
    );
  };

  const loadPaths = (query: PathQuery | null, asOf: string | null): void => {
    pathRequest?.abort();
    pathRequest = null;
    if (query === null) return;
    const controller = new AbortController();
    pathRequest = controller;
    store.dispatch({ type: 'pathsStarted' });
    fetchPaths(query, asOf, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        store.dispatch({ type: 'pathsSucceeded', answer });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) store.dispatch({ type: 'pathsFailed', error });
      },
    );
  };

  /** Institutions of the path the canvas lacks (it shows only some neighbourhoods) are expanded. */
  const expandMissing = (state: ExplorerState): void => {
    if (state.paths.status !== 'ready') return;
    const missing = new Set(
      state.paths.value.paths.flatMap((path) =>
        path.nodes
          .filter((node) => node.type === 'institution' && !graph.hasNode(node.id))
          .map((node) => node.id),
      ),
    );
    for (const id of missing) if (!state.expanding.includes(id)) store.dispatch({ type: 'expand', id });
  };

  return {
    /** Loads again what failed (the panel's retry). */
    retryInstitution: () => {
      institutions.delete(store.getState().selection.institution ?? '');
      loadInstitution(store.getState().selection.institution);
    },
    start() {
      const state = store.getState();
      loadInstitution(state.selection.institution);
      loadAgreement(state.selection.agreement);
      loadPaths(state.path, state.asOf);
      store.subscribe((next, previous, action) => {
        // An import may have added agreements and evidence to what is shown: load it again.
        if (action.type === 'datasetImported') {
          institutions.clear();
          loadInstitution(next.selection.institution);
          loadAgreement(next.selection.agreement);
          return;
        }
        if (next.selection.institution !== previous.selection.institution) {
          loadInstitution(next.selection.institution);
        }
        if (next.selection.agreement !== previous.selection.agreement)
          loadAgreement(next.selection.agreement);
        if (next.path !== previous.path || next.asOf !== previous.asOf) loadPaths(next.path, next.asOf);
        if ((next.paths !== previous.paths || next.load !== previous.load) && next.load.status === 'ready') {
          expandMissing(next);
        }
      });
    },
  };
}
