/**
 * What the canvas says when the filters let nothing through: an empty map is an answer, not a failure, so
 * it is a calm note in the middle of the stage with the way back (clearing the filters), wherever the
 * filters were set from — the panel, a shared link, the back button.
 */
import { explorerStrings } from '../i18n/strings.js';
import { isFiltered } from '../state/filters.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

export function createEmptyView(stage: HTMLElement, store: Store): void {
  const message = el('p', { className: 'empty-view-message' });
  const clear = el('button', {
    className: 'button',
    attrs: { type: 'button', 'data-testid': 'empty-view-clear' },
  });
  clear.addEventListener('click', () => store.dispatch({ type: 'resetFilters' }));
  const root = el(
    'div',
    { className: 'empty-view', attrs: { role: 'status', 'data-testid': 'empty-view' } },
    [message, clear],
  );
  root.hidden = true;
  stage.append(root);

  const render = (state: ExplorerState): void => {
    const { view } = state;
    root.hidden = !(
      view.status === 'ready' &&
      view.value.filtered &&
      view.value.nodes?.size === 0 &&
      state.shape === 'cooperation' &&
      isFiltered(state.filters)
    );
    const text = explorerStrings(state.language);
    message.textContent = text.nothingPasses;
    clear.textContent = text.clearFilters;
  };
  watch(store, ['view', 'filters', 'language', 'shape'], render);
  render(store.getState());
}
