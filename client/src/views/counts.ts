/**
 * The line over the canvas that says what it shows: institutions (of how many loaded), links and the
 * agreements behind them, counted from the same view model the reducers draw, so the numbers and the
 * canvas change together. It also says when the canvas holds only some neighbourhoods, with the way back.
 */
import type { CooperationGraph } from '../graph/network.js';
import { countView } from '../graph/view-model.js';
import { describeError } from '../i18n/describe-error.js';
import { explorerStrings, strings } from '../i18n/strings.js';
import { current, shownView } from '../state/reducer.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

export function createCounts(root: HTMLElement, store: Store, graph: CooperationGraph): void {
  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language);
    if (state.load.status !== 'ready') {
      root.replaceChildren();
      return;
    }
    if (graph.order === 0) {
      root.replaceChildren(el('span', { text: strings(state.language).empty }));
      return;
    }
    if (state.shape === 'agreements') {
      renderAgreementCounts(state);
      return;
    }
    const view = shownView(state);
    const counts = countView(graph, view);
    // Pages bring links without the agreements behind them: the server's count of the view stands in.
    const stats = current(state.stats);
    if (state.pages !== null && state.asOf === null && counts.agreements === 0 && stats !== null)
      counts.agreements = stats.view.agreements;
    root.dataset.institutions = String(counts.institutions);
    root.dataset.links = String(counts.links);
    root.dataset.agreements = String(counts.agreements);
    root.dataset.status = state.view.status;
    const parts: (Node | null)[] = [
      el('span', {
        className: 'counts',
        attrs: { 'data-testid': 'counts' },
        text: text.counts(counts.institutions, graph.order, counts.links, counts.agreements),
      }),
      state.view.status === 'loading'
        ? el('span', { className: 'counts-busy', text: ` · ${text.updating}` })
        : null,
    ];
    if (state.focus.length > 0) {
      const whole = el('button', {
        className: 'link-button',
        text: text.showWhole,
        attrs: { type: 'button', 'data-testid': 'show-whole' },
      });
      whole.addEventListener('click', () => store.dispatch({ type: 'showWholeNetwork' }));
      parts.push(
        el('span', { className: 'counts-note', text: ` · ${text.focusNotice(state.focus.length)} ` }),
        whole,
      );
    } else if (graph.getAttribute('truncated') === true || view?.truncated === true) {
      parts.push(el('span', { className: 'counts-note', text: ` · ${text.truncated}` }));
    }
    root.replaceChildren(...parts.filter((part): part is Node => part !== null));
  };
  /** The agreements view counts its own nodes: institutions and agreements. */
  const renderAgreementCounts = (state: ExplorerState): void => {
    const graph = current(state.agreementsView);
    let institutions = 0;
    let agreements = 0;
    graph?.forEachNode((_node, { data }) => {
      if (data.type === 'institution') institutions += 1;
      else if (data.type === 'agreement') agreements += 1;
    });
    root.dataset.institutions = String(institutions);
    root.dataset.links = String(graph?.size ?? 0);
    root.dataset.agreements = String(agreements);
    root.dataset.status = state.agreementsView.status;
    const text = explorerStrings(state.language);
    root.replaceChildren(
      ...[
        el('span', {
          className: 'counts',
          attrs: { 'data-testid': 'counts' },
          text: text.agreementCounts(institutions, agreements),
        }),
        state.agreementsView.status === 'error'
          ? el('span', {
              className: 'counts-note',
              text: ` · ${describeError(state.agreementsView.error, state.language).summary}`,
            })
          : state.agreementsView.status === 'loading'
            ? el('span', { className: 'counts-busy', text: ` · ${text.updating}` })
            : graph?.getAttribute('truncated') === true
              ? el('span', { className: 'counts-note', text: ` · ${text.truncated}` })
              : null,
      ].filter((part): part is HTMLSpanElement => part !== null),
    );
  };

  watch(
    store,
    ['view', 'timeView', 'load', 'language', 'focus', 'graphVersion', 'shape', 'agreementsView'],
    render,
  );
  render(store.getState());
}
