/**
 * The page around the tools: its title and static words in the current language, the language switch,
 * the loading status, and the error box while the network cannot be loaded.
 */
import { describeError } from '../i18n/describe-error.js';
import { translateStaticText } from '../i18n/static-text.js';
import { explorerStrings, strings } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';
import type { PageElements } from './page-elements.js';

export interface Chrome {
  /** `data-state` on the body (tests wait for `ready`) and the loading status. */
  setPageState: (state: 'loading' | 'ready' | 'error') => void;
}

export function createChrome(elements: PageElements, store: Store, onRetry: () => void): Chrome {
  /** The error box exists only while the network cannot be loaded, so tests can look for it by presence. */
  const renderError = (state: ExplorerState): void => {
    elements.stage.querySelector('.error')?.remove();
    if (state.load.status !== 'error') return;
    const text = strings(state.language);
    const { summary, detail } = describeError(state.load.error, state.language);
    const retry = el('button', {
      className: 'button',
      text: text.retry,
      attrs: { type: 'button', 'data-testid': 'retry' },
    });
    retry.addEventListener('click', onRetry);
    elements.stage.append(
      el('div', { className: 'error', attrs: { role: 'alert', 'data-testid': 'error-message' } }, [
        el('h2', { className: 'error-title', text: text.errorTitle }),
        el('p', { className: 'error-summary', text: summary }),
        detail !== null && el('p', { className: 'error-detail', text: detail }),
        retry,
      ]),
    );
  };

  const render = (state: ExplorerState): void => {
    const { language } = state;
    const text = strings(language);
    document.documentElement.lang = language;
    document.title = text.appTitle;
    translateStaticText(document, language);
    elements.graph.setAttribute('aria-label', text.graphLabel);
    elements.agreementsGraph.setAttribute('aria-label', explorerStrings(language).shape.graphLabel);
    elements.toolbar.setAttribute('aria-label', language === 'ko' ? '도구' : 'Tools');
    elements.languageSwitch.dataset.language = language;
    elements.languageSwitch.setAttribute('aria-label', text.switchLanguage);
    elements.languageSwitch.title = text.switchLanguage;
    for (const option of elements.languageSwitch.querySelectorAll<HTMLElement>('[data-lang]')) {
      option.classList.toggle('active', option.dataset.lang === language);
    }
    elements.consoleToggle.textContent = text.console.open;
    renderError(state);
  };

  elements.languageSwitch.addEventListener('click', () =>
    store.dispatch({ type: 'setLanguage', language: store.getState().language === 'en' ? 'ko' : 'en' }),
  );

  watch(store, ['language', 'load'], render);
  render(store.getState());

  return {
    setPageState(state) {
      document.body.dataset.state = state;
      elements.status.hidden = state !== 'loading';
    },
  };
}
