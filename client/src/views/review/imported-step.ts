/**
 * After the import: what was written, and each agreement it brought or changed, to be shown on the map
 * with its evidence (the panel then names the new source).
 */
import { explorerStrings } from '../../i18n/strings.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { agreementTitle } from './names.js';

export interface ImportedStep {
  element: HTMLElement;
  render: (state: ExplorerState) => void;
  focus: () => void;
}

export function createImportedStep(store: Store): ImportedStep {
  const heading = el('h3', {
    className: 'review-step-title',
    attrs: { tabindex: '-1', id: 'review-imported-title' },
  });
  const summary = el('p', { attrs: { role: 'status', 'data-testid': 'review-imported-summary' } });
  const list = el('ul', { className: 'review-imported-list', attrs: { 'data-testid': 'review-imported' } });
  const another = el('button', {
    className: 'button',
    attrs: { type: 'button', 'data-testid': 'review-another' },
  });
  another.addEventListener('click', () => store.dispatch({ type: 'review', change: { type: 'discard' } }));
  const element = el('div', { className: 'review-imported' }, [
    heading,
    summary,
    list,
    el('div', { className: 'form-actions' }, [another]),
  ]);

  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language).review;
    const report = state.review.imported;
    heading.textContent = text.importedTitle;
    another.textContent = text.another;
    if (report === null) return;
    summary.textContent = text.importedSummary(report.counts.created, report.counts.updated);
    const agreements = report.items.filter(
      (item) => item.collection === 'agreements' && item.change !== 'unchanged',
    );
    list.replaceChildren(
      ...agreements.map((item) => {
        const show = el('button', {
          className: 'button button-small',
          text: text.showAgreement,
          attrs: { type: 'button', 'data-testid': 'review-show-agreement', 'data-agreement': item.id },
        });
        show.addEventListener('click', () => {
          // The map and the panel are what the user wants to see now: the drawer makes way.
          store.dispatch({ type: 'openTool', tool: null });
          store.dispatch({ type: 'clearSelection' });
          store.dispatch({ type: 'selectAgreement', id: item.id });
        });
        return el('li', {}, [
          el('span', { className: `badge badge-${item.change}`, text: text.changes[item.change] }),
          ' ',
          el('span', { text: agreementTitle(state.review.decisions, item.id, state.language) }),
          ' ',
          show,
        ]);
      }),
    );
  };
  return { element, render, focus: () => heading.focus() };
}
