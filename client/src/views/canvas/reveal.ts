/**
 * Bringing what the user chose into view: an institution (selected, and its neighbourhood loaded when it
 * is not drawn), an agreement's parties once its details are in, and a path once it and the network are
 * both there. The camera waits for what it should show; a link that names a camera position keeps it.
 */
import type { CooperationGraph } from '../../graph/network.js';
import { current } from '../../state/reducer.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { watch } from '../../state/watch.js';
import type { CanvasView } from './canvas.js';

export interface Reveal {
  /** Selects an institution and brings it into view, loading its neighbourhood when it is not drawn. */
  institution: (id: string, moveFocus: boolean) => void;
  /** Shows an agreement on its own and its parties on the canvas, once its details are in. */
  agreement: (id: string, moveFocus: boolean) => void;
  /** Moves the camera to what it waits for, if that has arrived. */
  follow: (state: ExplorerState) => void;
}

export function createReveal(
  store: Store,
  graph: CooperationGraph,
  canvas: () => CanvasView | null,
  /** Moves keyboard focus to the panel, after a choice from the search. */
  focusPanel: () => void,
): Reveal {
  /** A link that names a camera position keeps it, rather than framing the path it also names. */
  const linkPath = store.getState().camera === null ? null : store.getState().path;
  /** Where the camera should go once the graph or the agreement it waits for has arrived. */
  let pending: { institution: string } | { agreement: string } | null = null;

  const follow = (state: ExplorerState): void => {
    const view = canvas();
    if (pending === null || view === null) return;
    if ('institution' in pending && graph.hasNode(pending.institution)) {
      view.showNode(pending.institution);
      pending = null;
    } else if ('agreement' in pending) {
      const agreement = current(state.agreement);
      if (agreement?.id !== pending.agreement) return;
      view.showNodes(agreement.parties.map((party) => party.id).filter((party) => graph.hasNode(party)));
      pending = null;
    }
  };

  watch(store, ['graphVersion', 'agreement'], follow);
  // A path found is brought into view (once it and the network are both there), unless the link that
  // opened the page says where the camera is. After the canvas has read the same change: next frame.
  watch(store, ['paths', 'load'], (next) => {
    if (next.paths.status !== 'ready' || next.path === linkPath) return;
    requestAnimationFrame(() => {
      const overlay = canvas()?.overlay();
      if (overlay !== null && overlay !== undefined && overlay.nodes.size > 0)
        canvas()?.showNodes(overlay.nodes);
    });
  });

  return {
    institution(id, moveFocus) {
      store.dispatch({ type: 'selectInstitution', id });
      if (graph.hasNode(id)) canvas()?.showNode(id);
      else {
        pending = { institution: id };
        store.dispatch({ type: 'expand', id });
      }
      if (moveFocus) requestAnimationFrame(focusPanel);
    },
    agreement(id, moveFocus) {
      store.dispatch({ type: 'clearSelection' });
      store.dispatch({ type: 'selectAgreement', id });
      pending = { agreement: id };
      if (moveFocus) requestAnimationFrame(focusPanel);
    },
    follow,
  };
}
