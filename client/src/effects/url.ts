/**
 * Keeps the address bar and the view in step. A change a user would want "Back" to undo (filters,
 * selection, path, colouring, language…) adds a history entry; the camera only replaces the current one,
 * or every pan (and every month the time bar plays through) would be a step back. Going back or forward restores the view of that entry.
 */
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/types.js';
import { parseViewState, serializeViewState, viewStateOf } from '../state/url.js';

export function syncUrl(store: Store): void {
  let written = serializeViewState(viewStateOf(store.getState()));
  // A month the time bar plays through is a step back no more than a pan is.
  const withoutMotion = (view: ViewState, playing: boolean): string =>
    serializeViewState({ ...view, camera: null, asOf: playing ? null : view.asOf });

  store.subscribe((next, previous) => {
    const view = viewStateOf(next);
    const query = serializeViewState(view);
    if (query === written) return;
    const url = `${window.location.pathname}?${query}${window.location.hash}`;
    const playing = next.playback.playing || previous.playback.playing;
    if (withoutMotion(view, playing) === withoutMotion(viewStateOf(previous), playing))
      window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    written = query;
  });

  window.addEventListener('popstate', () => {
    const view = parseViewState(window.location.search, store.getState().language);
    written = serializeViewState(view);
    store.dispatch({ type: 'restoreView', view });
  });

  // The first state may have dropped parts of the link it came from: show the link it really is.
  window.history.replaceState(null, '', `${window.location.pathname}?${written}${window.location.hash}`);
}
