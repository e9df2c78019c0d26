/**
 * Opens and closes the Cypher console (client/src/console/). Its module is large (Neo4j's Cypher
 * language support), so it is loaded the first time the console is opened.
 */
import type { ConsolePanel } from './index.js';
import type { Language } from '../i18n/language.js';
import type { CooperationGraph } from '../graph/network.js';
import type { CooperationRenderer } from '../views/canvas/renderer.js';

export interface ConsoleWiring {
  setLanguage: (language: Language) => void;
  isOpen: () => boolean;
}

export function wireConsole(
  toggle: HTMLButtonElement,
  root: HTMLElement,
  language: () => Language,
  canvas: () => { graph: CooperationGraph; renderer: CooperationRenderer } | null,
): ConsoleWiring {
  let panel: Promise<ConsolePanel> | null = null;

  const load = (): Promise<ConsolePanel> => {
    panel ??= import('./index.js').then(({ createConsole }) =>
      createConsole({ root, language: language(), canvas, onClose: () => void setOpen(false) }),
    );
    panel.catch(() => {
      // A failed download may succeed on the next click.
      panel = null;
    });
    return panel;
  };

  const setOpen = async (open: boolean): Promise<void> => {
    toggle.setAttribute('aria-expanded', String(open));
    document.body.dataset.console = open ? 'open' : 'closed';
    try {
      const loaded = await load();
      if (open) loaded.open();
      else loaded.close();
    } catch (error) {
      console.error(error);
      toggle.setAttribute('aria-expanded', 'false');
      document.body.dataset.console = 'closed';
    }
  };

  toggle.addEventListener('click', () => void setOpen(toggle.getAttribute('aria-expanded') !== 'true'));

  return {
    setLanguage(next) {
      void panel?.then((loaded) => loaded.setLanguage(next));
    },
    isOpen: () => toggle.getAttribute('aria-expanded') === 'true',
  };
}
