/**
 * The bar over the canvas while a large network arrives in pages: how many institutions are drawn of how
 * many, in the current language. It is there only while pages are still coming, and tells assistive
 * technology politely (the canvas stays usable meanwhile).
 */
import { explorerStrings } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

export function createLoadProgress(stage: HTMLElement, store: Store): void {
  const bar = el('span', { className: 'load-progress-bar' });
  const text = el('span', { className: 'load-progress-text' });
  const root = el(
    'div',
    {
      className: 'load-progress',
      attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'load-progress' },
    },
    [el('span', { className: 'load-progress-track' }, [bar]), text],
  );
  root.hidden = true;
  stage.append(root);

  const render = (state: ExplorerState): void => {
    const { pages } = state;
    const done = pages === null || pages.loaded >= pages.total || state.load.status !== 'ready';
    root.hidden = done;
    if (pages !== null) {
      root.dataset.loaded = String(pages.loaded);
      root.dataset.total = String(pages.total);
    }
    if (pages === null || done) return;
    const percent = Math.floor((100 * pages.loaded) / Math.max(1, pages.total));
    const number = (value: number) => value.toLocaleString(state.language === 'ko' ? 'ko-KR' : 'en');
    text.textContent = explorerStrings(state.language).loadingPages(
      number(pages.loaded),
      number(pages.total),
      percent,
    );
    bar.style.width = `${percent}%`;
  };
  watch(store, ['pages', 'language', 'load'], render);
  render(store.getState());
}
