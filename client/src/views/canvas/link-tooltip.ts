/**
 * The tooltip of the link under the pointer: the two institutions, the agreements it stands for (their
 * titles in the interface language, the first few of many) or the parent it names, and what a click
 * opens. Titles are asked for once per agreement (effects/agreement-cache.ts) and fill in as they come.
 */
import type { AgreementCache } from '../../effects/agreement-cache.js';
import { nodeLabel, type CooperationGraph } from '../../graph/network.js';
import { edgeInView } from '../../graph/view-model.js';
import { explorerStrings } from '../../i18n/strings.js';
import { shownView } from '../../state/reducer.js';
import type { Store } from '../../state/store.js';
import { el } from '../dom.js';
import type { CooperationRenderer } from './renderer.js';

/** Titles named in the tooltip; more are counted. */
const TITLES_SHOWN = 3;
/** Pixels between the pointer and the tooltip. */
const OFFSET = 14;

export function attachLinkTooltip(
  renderer: CooperationRenderer,
  container: HTMLElement,
  graph: CooperationGraph,
  store: Store,
  cache: AgreementCache,
): void {
  const tooltip = el('div', {
    className: 'link-tooltip',
    attrs: { role: 'tooltip', 'data-testid': 'link-tooltip' },
  });
  tooltip.hidden = true;
  container.append(tooltip);
  let shown: string | null = null;

  const render = (edge: string, titles: string[] | null): void => {
    const state = store.getState();
    const text = explorerStrings(state.language).links;
    const name = (node: string) => nodeLabel(graph.getNodeAttributes(node), state.language);
    const [source, target] = graph.extremities(edge);
    if (graph.getEdgeAttribute(edge, 'relation') === 'part-of') {
      tooltip.dataset.edge = edge;
      tooltip.replaceChildren(
        el('p', { className: 'link-tooltip-title', text: text.isPartOf(name(source), name(target)) }),
        el('p', { className: 'link-tooltip-hint', text: text.clickForSource }),
      );
      return;
    }
    const ids = (edgeInView(graph, shownView(state), edge) ?? graph.getEdgeAttributes(edge)).agreementIds;
    const rest = ids.length - Math.min(ids.length, TITLES_SHOWN);
    tooltip.dataset.edge = edge;
    const list =
      titles === null
        ? []
        : [
            el('ul', { className: 'link-tooltip-list' }, [
              ...titles.map((title) => el('li', { text: title, attrs: { lang: state.language } })),
              rest > 0 && el('li', { className: 'muted', text: text.more(rest) }),
            ]),
          ];
    tooltip.replaceChildren(
      el('p', { className: 'link-tooltip-title', text: text.between(name(source), name(target)) }),
      el('p', { className: 'link-tooltip-count', text: text.agreements(ids.length) }),
      ...list,
      el('p', { className: 'link-tooltip-hint', text: text.clickForAgreements }),
    );
  };

  renderer.on('enterEdge', ({ edge, event }) => {
    shown = edge;
    render(edge, null);
    tooltip.style.left = `${event.x + OFFSET}px`;
    tooltip.style.top = `${event.y + OFFSET}px`;
    tooltip.hidden = false;
    if (graph.getEdgeAttribute(edge, 'relation') !== 'cooperation') return;
    const ids = (edgeInView(graph, shownView(store.getState()), edge) ?? graph.getEdgeAttributes(edge))
      .agreementIds;
    cache.get(ids.slice(0, TITLES_SHOWN)).then(
      (agreements) => {
        if (shown !== edge) return;
        const ko = store.getState().language === 'ko';
        render(
          edge,
          agreements.map((agreement) => (ko ? agreement.titleKo : agreement.titleEn)),
        );
      },
      // Without titles the tooltip still counts the agreements; the panel says what failed.
      () => undefined,
    );
  });
  renderer.on('leaveEdge', () => {
    shown = null;
    tooltip.hidden = true;
  });
}
