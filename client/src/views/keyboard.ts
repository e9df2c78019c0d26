/**
 * Page-wide keys: `/` (or Ctrl+K) goes to the search; Escape closes the side panel (and returns to the
 * search when the keyboard was in the panel), or else the open tool. Fields handle their own Escape first.
 */
import type { Store } from '../state/store.js';

export interface KeyboardTargets {
  search: HTMLInputElement;
  panel: HTMLElement;
  tools: HTMLElement;
  console: HTMLElement;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function bindKeyboard(store: Store, targets: KeyboardTargets): void {
  document.addEventListener('keydown', (event) => {
    const inConsole = event.target instanceof Node && targets.console.contains(event.target);
    if (
      (event.key === '/' && !isTyping(event.target)) ||
      (event.key === 'k' && (event.ctrlKey || event.metaKey))
    ) {
      if (inConsole) return;
      event.preventDefault();
      targets.search.focus();
      targets.search.select();
      return;
    }
    if (event.key !== 'Escape' || inConsole) return;
    // An open dialog (the source reader) closes on its own Escape; what is behind it stays.
    if (document.querySelector('dialog[open]') !== null) return;
    const state = store.getState();
    const inPanel = event.target instanceof Node && targets.panel.contains(event.target);
    const { institution, agreement, link } = state.selection;
    if (institution !== null || agreement !== null || link !== null) {
      store.dispatch({ type: 'clearSelection' });
      if (inPanel || document.activeElement === document.body) targets.search.focus();
      return;
    }
    const inTools = event.target instanceof Node && targets.tools.contains(event.target);
    if (state.tool !== null && (inTools || !isTyping(event.target))) {
      store.dispatch({ type: 'openTool', tool: null });
      if (inTools) document.querySelector<HTMLElement>(`[data-testid="tool-${state.tool}"]`)?.focus();
    }
  });
}
