/**
 * The panel for an institution: names, kind, country, parent and children, and its agreements grouped by
 * domain (each a card with its parties, status, date, amount and the quotes behind it), under the actions
 * that expand its neighbourhood or start a path.
 */
import type { InstitutionDetail } from '../../../../contract/graph.js';
import { INSTITUTION_KIND_LABELS } from '../../../../contract/vocabulary.js';
import { countryName, domainName } from '../../graph/names.js';
import { domainPalette } from '../../graph/network.js';
import { SEVERAL_DOMAINS_COLOR } from '../../graph/palette.js';
import { vocabularyLabel } from '../../i18n/format.js';
import { explorerStrings, strings } from '../../i18n/strings.js';
import { current } from '../../state/reducer.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { linkList } from './link-list.js';
import { panelActions } from './panel-actions.js';
import {
  agreementCard,
  errorBox,
  institutionLink,
  type ListedAgreement,
  panelHeader,
  type PanelContext,
} from './parts.js';

export function institutionView(context: PanelContext, state: ExplorerState, id: string): Node[] {
  const { graph, store, onRetry } = context;
  const { language } = state;
  const text = strings(language);
  const loaded = current(state.institution);
  const detail = loaded?.id === id ? loaded : null;
  const known = detail ?? (graph.hasNode(id) ? { ...graph.getNodeAttributes(id), id } : null);
  const name = known === null ? id : language === 'ko' ? known.nameKo : known.nameEn;
  const other = known === null ? null : language === 'ko' ? known.nameEn : known.nameKo;
  const kicker = known === null ? [] : [vocabularyLabel(INSTITUTION_KIND_LABELS, known.kind, language)];
  if (known?.country) kicker.push(countryName(graph, known.country, language));

  let body: Node;
  if (detail !== null) body = renderDetail(context, state, detail);
  else if (state.institution.status === 'error')
    body = errorBox(language, text.detailsError, state.institution.error, onRetry);
  else body = el('p', { className: 'panel-status', text: text.detailsLoading, attrs: { role: 'status' } });
  return [
    panelHeader(context, state, { kicker, name, other, acronym: known?.acronym ?? null }),
    el('div', { className: 'panel-body' }, [
      panelActions(state, id, store),
      body,
      linkList(context, state, id),
    ]),
  ];
}

function renderDetail(context: PanelContext, state: ExplorerState, detail: InstitutionDetail): HTMLElement {
  const { graph } = context;
  const { language } = state;
  const text = strings(language);
  const facts: [string, Node | string][] = [
    [text.nameEn, el('span', { text: detail.nameEn, attrs: { lang: 'en' } })],
    [text.nameKo, el('span', { text: detail.nameKo, attrs: { lang: 'ko' } })],
  ];
  if (detail.acronym !== null) facts.push([text.acronym, detail.acronym]);
  facts.push([text.kind, vocabularyLabel(INSTITUTION_KIND_LABELS, detail.kind, language)]);
  facts.push([
    text.country,
    detail.country === null ? text.noCountry : countryName(graph, detail.country, language),
  ]);
  if (detail.aliases.length > 0) facts.push([text.aliases, detail.aliases.join(', ')]);
  if (detail.parent !== null) facts.push([text.parent, institutionLink(context, language, detail.parent)]);
  if (detail.children.length > 0) {
    facts.push([
      text.children,
      el(
        'ul',
        { className: 'ref-list' },
        detail.children.map((child) => el('li', {}, [institutionLink(context, language, child)])),
      ),
    ]);
  }
  return el('div', { className: 'panel-detail' }, [
    el(
      'dl',
      { className: 'facts' },
      facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, [value])]),
    ),
    el('section', { className: 'agreements', attrs: { 'data-testid': 'panel-agreements' } }, [
      el('h3', { className: 'section-title', text: text.agreements(detail.agreementCount) }),
      detail.agreements.length > 0
        ? el('div', { className: 'agreement-groups' }, groupByDomain(context, state, detail))
        : el('p', { className: 'muted', text: text.noAgreements }),
    ]),
  ]);
}

/** One group per domain; agreements covering several domains share one group rather than repeat. */
function groupByDomain(
  context: PanelContext,
  state: ExplorerState,
  detail: InstitutionDetail,
): HTMLElement[] {
  const { graph } = context;
  const { language } = state;
  const text = explorerStrings(language);
  const groups = new Map<string, ListedAgreement[]>();
  for (const agreement of detail.agreements) {
    const key =
      agreement.domains.length === 1
        ? (agreement.domains[0] ?? '')
        : agreement.domains.length === 0
          ? ''
          : '*';
    groups.set(key, [...(groups.get(key) ?? []), agreement]);
  }
  const palette = domainPalette(graph);
  const order = (key: string) => (key === '*' ? '~~' : key === '' ? '~~~' : domainName(graph, key, language));
  return [...groups.entries()]
    .sort(([a], [b]) => order(a).localeCompare(order(b)))
    .map(([key, agreements]) => {
      const swatch = el('span', { className: 'legend-swatch', attrs: { 'aria-hidden': 'true' } });
      swatch.style.backgroundColor =
        key === '*' ? SEVERAL_DOMAINS_COLOR : (palette.get(key) ?? SEVERAL_DOMAINS_COLOR);
      const title =
        key === '*'
          ? text.severalDomainsGroup
          : key === ''
            ? text.noDomain
            : domainName(graph, key, language);
      return el(
        'section',
        { className: 'agreement-group', attrs: { 'data-domain': key === '*' ? 'several' : key } },
        [
          el('h4', { className: 'group-title' }, [
            swatch,
            el('span', { text: title }),
            el('span', { className: 'legend-count', text: String(agreements.length) }),
          ]),
          el(
            'div',
            { className: 'agreement-list' },
            agreements.map((agreement) => agreementCard(context, state, agreement, detail.id)),
          ),
        ],
      );
    });
}
