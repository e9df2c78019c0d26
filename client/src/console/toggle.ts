/**
 * Opens and closes the Cypher console. This is the one file of console/ the page loads at once: the rest
 * (index.ts) is loaded the first time the console opens, and Neo4j's Cypher language support, the large
 * part, after that (see index.ts).
 */
import type { Store } from '../state/store.js';
import { watch } from '../state/watch.js';
import type { ConsolePanel } from './index.js';
import type { ConsoleCanvas } from './on-canvas.js';

export function wireConsole(
  toggle: HTMLButtonElement,
  root: HTMLElement,
  store: Store,
  canvas: () => ConsoleCanvas | null,
): void {
  let panel: Promise<ConsolePanel> | null = null;

  const load = (): Promise<ConsolePanel> => {
    panel ??= import('./index.js').then(({ createConsole }) =>
      createConsole({
        root,
        language: store.getState().language,
        store,
        canvas,
        onClose: () => void setOpen(false),
      }),
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
  watch(store, ['language'], ({ language }) => {
    void panel?.then((loaded) => loaded.setLanguage(language));
  });
}
