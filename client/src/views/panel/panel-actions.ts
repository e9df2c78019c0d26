/**
 * The institution panel's actions: expand the neighbourhood into the canvas, show only that
 * neighbourhood (or the whole network again), and start a path from or to the institution. The line
 * under them says how the last expansion went.
 */
import { describeError } from '../../i18n/describe-error.js';
import { explorerStrings } from '../../i18n/strings.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';

export function panelActions(state: ExplorerState, id: string, store: Store): HTMLElement {
  const text = explorerStrings(state.language);
  const busy = state.expanding.includes(id);
  const button = (
    label: string,
    testid: string,
    onClick: () => void,
    disabled = false,
  ): HTMLButtonElement => {
    const element = el('button', {
      className: 'button button-small',
      text: label,
      attrs: { type: 'button', 'data-testid': testid, ...(disabled ? { disabled: '' } : {}) },
    });
    element.addEventListener('click', onClick);
    return element;
  };
  const onlyHere = state.focus.length === 1 && state.focus[0] === id;
  const buttons = [
    button(busy ? text.expanding : text.expand, 'expand', () => store.dispatch({ type: 'expand', id }), busy),
    onlyHere
      ? button(text.showWhole, 'show-whole', () => store.dispatch({ type: 'showWholeNetwork' }))
      : button(text.focusHere, 'focus-here', () => store.dispatch({ type: 'focusOn', id })),
    button(text.pathFromHere, 'path-from-here', () =>
      store.dispatch({ type: 'setPathEnd', end: 'from', id }),
    ),
    button(text.pathToHere, 'path-to-here', () => store.dispatch({ type: 'setPathEnd', end: 'to', id })),
  ];

  let note: HTMLElement | null = null;
  const last = state.lastExpansion;
  if (last !== null && last.id === id) {
    if ('error' in last) {
      const { summary } = describeError(last.error, state.language);
      note = el('p', {
        className: 'panel-note panel-note-error',
        text: `${text.expandFailed}: ${summary}`,
        attrs: { role: 'alert' },
      });
    } else {
      note = el('p', {
        className: 'panel-note',
        text: last.added > 0 ? text.expanded(last.added) : text.expandedNone,
        attrs: { role: 'status', 'data-testid': 'expand-status' },
      });
    }
  }
  return el('div', { className: 'panel-actions' }, [
    el('div', { className: 'panel-buttons' }, buttons),
    note,
  ]);
}
