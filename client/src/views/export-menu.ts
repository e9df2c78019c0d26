/**
 * Export: the current view as a PNG (drawn by @sigma/export-image, with the path layer on top), and the
 * (filtered) network as GEXF, GraphML or CSV, which the server builds so the files hold every attribute.
 */
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';

import { exportHref, OFFERED_EXPORT_FORMATS, type OfferedExportFormat } from '../api/export.js';
import { describeError } from '../i18n/describe-error.js';
import { explorerStrings } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { watch } from '../state/watch.js';
import type { CooperationRenderer } from './canvas/renderer.js';
import { el } from './dom.js';

export interface ExportOptions {
  renderer: () => CooperationRenderer | null;
  /** Draws the path layer onto the export's renderer. */
  decorate: (renderer: CooperationRenderer) => void;
}

export function createExportMenu(root: HTMLElement, store: Store, options: ExportOptions): void {
  const toggle = el('button', {
    className: 'tool-toggle',
    attrs: {
      type: 'button',
      'aria-expanded': 'false',
      'aria-controls': 'export-menu',
      'data-testid': 'tool-export',
    },
  });
  const png = el('button', {
    className: 'menu-item',
    attrs: { type: 'button', 'data-testid': 'export-png' },
  });
  const files = new Map<OfferedExportFormat, HTMLAnchorElement>(
    OFFERED_EXPORT_FORMATS.map((format) => [
      format,
      el('a', { className: 'menu-item', attrs: { 'data-testid': `export-${format}`, download: '' } }),
    ]),
  );
  const note = el('p', { className: 'menu-note' });
  const error = el('p', { className: 'menu-note inline-error', attrs: { role: 'alert' } });
  error.hidden = true;
  const menu = el('div', { className: 'menu', attrs: { id: 'export-menu', 'data-testid': 'export-menu' } }, [
    png,
    ...files.values(),
    note,
    error,
  ]);
  menu.hidden = true;
  root.replaceChildren(toggle, menu);

  const setOpen = (open: boolean): void => {
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(menu.hidden));
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) setOpen(false);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || menu.hidden) return;
    event.stopPropagation();
    setOpen(false);
    toggle.focus();
  });
  for (const link of files.values()) link.addEventListener('click', () => setOpen(false));

  png.addEventListener('click', () => {
    const renderer = options.renderer();
    if (renderer === null) return;
    error.hidden = true;
    // The add-on is typed for sigma's default attributes; ours only add to them.
    downloadAsPNG(renderer as unknown as Sigma, {
      fileName: 'cooperation-graph',
      backgroundColor: '#ffffff',
      withTempRenderer: async (temporary) => {
        // The pictograms are images the new renderer loads again: give them a frame to arrive.
        await new Promise((resolve) => window.setTimeout(resolve, 150));
        temporary.refresh();
        options.decorate(temporary as unknown as CooperationRenderer);
      },
    }).then(
      () => setOpen(false),
      (failure: unknown) => {
        error.textContent = `${explorerStrings(store.getState().language).exportFailed}: ${describeError(failure, store.getState().language).summary}`;
        error.hidden = false;
      },
    );
  });

  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language);
    toggle.textContent = `${text.tools.export} ▾`;
    png.textContent = text.exportPng;
    const labels: Record<OfferedExportFormat, string> = {
      gexf: text.exportGexf,
      graphml: text.exportGraphml,
      csv: text.exportCsv,
    };
    for (const [format, link] of files) {
      link.textContent = labels[format];
      link.href = exportHref(format, state.filters, state.asOf, state.language);
    }
    note.textContent = text.exportNote;
  };
  watch(store, ['filters', 'asOf', 'language'], render);
  render(store.getState());
}
