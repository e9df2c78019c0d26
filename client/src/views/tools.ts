/**
 * The tool drawer (filters, path finder, analysis, the table, adding a source), one tool at a time,
 * opened from the top bar. The open tool is part of the view state, so a shared link opens it too.
 */
import { explorerStrings } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import { type ExplorerState, type Tool, TOOLS } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

export interface ToolBodies {
  filters: HTMLElement;
  path: HTMLElement;
  analysis: HTMLElement;
  table: HTMLElement;
  review: HTMLElement;
}

export function createTools(toolbar: HTMLElement, drawer: HTMLElement, store: Store): ToolBodies {
  const bodies: ToolBodies = {
    filters: el('div', { className: 'tool-body', attrs: { 'data-testid': 'tool-body-filters' } }),
    path: el('div', { className: 'tool-body', attrs: { 'data-testid': 'tool-body-path' } }),
    analysis: el('div', { className: 'tool-body', attrs: { 'data-testid': 'tool-body-analysis' } }),
    table: el('div', { className: 'tool-body', attrs: { 'data-testid': 'tool-body-table' } }),
    review: el('div', { className: 'tool-body', attrs: { 'data-testid': 'tool-body-review' } }),
  };
  const heading = el('h2', { className: 'tool-title', attrs: { id: 'tool-title', tabindex: '-1' } });
  const close = el('button', {
    className: 'panel-close',
    text: '×',
    attrs: { type: 'button', 'data-testid': 'tool-close' },
  });
  close.addEventListener('click', () => store.dispatch({ type: 'openTool', tool: null }));
  drawer.setAttribute('aria-labelledby', 'tool-title');
  drawer.replaceChildren(
    el('header', { className: 'tool-header' }, [heading, close]),
    el('div', { className: 'tool-scroll' }, [
      bodies.filters,
      bodies.path,
      bodies.analysis,
      bodies.table,
      bodies.review,
    ]),
  );

  const buttons = new Map<Tool, HTMLButtonElement>();
  for (const tool of TOOLS) {
    const button = el('button', {
      className: 'tool-toggle',
      attrs: {
        type: 'button',
        'data-testid': `tool-${tool}`,
        'aria-controls': 'tools',
        'aria-expanded': 'false',
      },
    });
    button.addEventListener('click', () => {
      const open = store.getState().tool === tool;
      store.dispatch({ type: 'openTool', tool: open ? null : tool });
      if (!open) heading.focus({ preventScroll: true });
    });
    buttons.set(tool, button);
  }
  toolbar.prepend(...buttons.values());

  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language);
    for (const [tool, button] of buttons) {
      button.textContent = text.tools[tool];
      button.setAttribute('aria-expanded', String(state.tool === tool));
    }
    close.setAttribute('aria-label', text.closeTool);
    close.title = text.closeTool;
    drawer.hidden = state.tool === null;
    drawer.dataset.tool = state.tool ?? '';
    document.body.dataset.tool = state.tool ?? '';
    if (state.tool !== null) heading.textContent = text.tools[state.tool];
    for (const tool of TOOLS) bodies[tool].hidden = state.tool !== tool;
  };
  watch(store, ['tool', 'language'], render);
  render(store.getState());
  return bodies;
}
