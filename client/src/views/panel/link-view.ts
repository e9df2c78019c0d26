/**
 * The panel of a link of the map: a cooperation link lists the agreements it stands for, each a card with
 * its evidence; a part-of link (child → parent) shows the source that establishes it, with its words
 * where the data has them.
 */
import type { InstitutionDetail } from '../../../../contract/graph.js';
import { LINK_AGREEMENTS_LISTED } from '../../effects/links.js';
import { nodeLabel } from '../../graph/network.js';
import { explorerStrings } from '../../i18n/strings.js';
import { current } from '../../state/reducer.js';
import type { ExplorerState, LinkDetail } from '../../state/types.js';
import { el } from '../dom.js';
import { renderEvidence } from './evidence.js';
import { agreementCard, errorBox, institutionLink, panelHeader, type PanelContext } from './parts.js';

export function linkView(context: PanelContext, state: ExplorerState, edge: string): Node[] {
  const { graph, store } = context;
  const { language } = state;
  const text = explorerStrings(language).links;
  if (!graph.hasEdge(edge)) {
    const waiting = state.load.status !== 'ready';
    return [
      panelHeader(context, state, { kicker: [], name: text.cooperation, other: null, acronym: null }),
      el('div', { className: 'panel-body' }, [
        el('p', {
          className: 'panel-status',
          text: waiting ? text.loading : text.notDrawn,
          attrs: { role: 'status' },
        }),
      ]),
    ];
  }
  const [source, target] = graph.extremities(edge);
  const partOf = graph.getEdgeAttribute(edge, 'relation') === 'part-of';
  const name = (node: string) => nodeLabel(graph.getNodeAttributes(node), language);
  const loaded = current(state.link);
  const detail = loaded?.edge === edge ? loaded : null;
  const ref = (node: string) => ({ id: node, ...graph.getNodeAttributes(node) });

  let body: Node;
  if (detail !== null) body = renderDetail(context, state, detail);
  else if (state.link.status === 'error') {
    body = errorBox(language, text.failed, state.link.error, () => {
      store.dispatch({ type: 'selectLink', id: null });
      store.dispatch({ type: 'selectLink', id: edge });
    });
  } else body = el('p', { className: 'panel-status', text: text.loading, attrs: { role: 'status' } });
  return [
    panelHeader(context, state, {
      kicker: [partOf ? text.partOf : text.cooperation],
      name: partOf ? text.isPartOf(name(source), name(target)) : text.between(name(source), name(target)),
      other: null,
      acronym: null,
    }),
    el('div', { className: 'panel-body', attrs: { 'data-testid': 'link-panel' } }, [
      el('p', { className: 'link-ends' }, [
        institutionLink(context, language, ref(source)),
        partOf ? ' → ' : ' — ',
        institutionLink(context, language, ref(target)),
      ]),
      body,
    ]),
  ];
}

function renderDetail(context: PanelContext, state: ExplorerState, detail: LinkDetail): HTMLElement {
  const text = explorerStrings(state.language).links;
  if (detail.relation === 'part-of') return parentSource(context, state, detail.child);
  const listed = detail.agreements.length;
  return el('section', { className: 'agreements', attrs: { 'data-testid': 'link-agreements' } }, [
    el('h3', { className: 'section-title', text: text.agreements(detail.total) }),
    listed < detail.total && el('p', { className: 'muted', text: text.firstListed(listed, detail.total) }),
    el(
      'div',
      { className: 'agreement-list' },
      detail.agreements
        .slice(0, LINK_AGREEMENTS_LISTED)
        .map((agreement) => agreementCard(context, state, agreement, null)),
    ),
  ]);
}

function parentSource(context: PanelContext, state: ExplorerState, child: InstitutionDetail): HTMLElement {
  const text = explorerStrings(state.language).links;
  const evidence = child.parent?.evidence ?? null;
  return el('section', { className: 'evidence', attrs: { 'data-testid': 'link-source' } }, [
    el('h3', { className: 'section-title', text: text.establishedBy }),
    evidence?.source == null
      ? el('p', { className: 'muted', text: text.noSource })
      : renderEvidence(
          { source: evidence.source, quoteKo: evidence.quoteKo, quoteEn: null, note: evidence.note },
          state.language,
          context.readSource,
        ),
  ]);
}
