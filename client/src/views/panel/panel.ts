/**
 * The side panel: the selected institution (names, kind, country, parent and children, and its agreements
 * grouped by domain, each with its parties, status, date, amount and the quotes behind it), or the selected
 * agreement on its own. It reads the store and dispatches: following a link selects another institution,
 * "show parties" highlights an agreement's parties, and the actions expand the neighbourhood or start a path.
 */
import type { AgreementSummary, InstitutionDetail, InstitutionRef } from '../../../../contract/graph.js';
import {
  AGREEMENT_KIND_LABELS,
  INSTITUTION_KIND_LABELS,
  type PartyRole,
} from '../../../../contract/vocabulary.js';
import { renderAgreement, shortName } from './agreement-card.js';
import { el } from '../dom.js';
import { describeError } from '../../i18n/describe-error.js';
import { type CooperationGraph, domainPalette } from '../../graph/network.js';
import { vocabularyLabel } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { explorerStrings, strings } from '../../i18n/strings.js';
import { countryName, domainName } from '../../graph/names.js';
import { current } from '../../state/reducer.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { panelActions } from './panel-actions.js';

export interface PanelOptions {
  root: HTMLElement;
  graph: CooperationGraph;
  store: Store;
  onRetry: () => void;
}

export interface InstitutionPanel {
  isOpen: () => boolean;
  /** Moves keyboard focus to the panel's title (after choosing from the search). */
  focus: () => void;
}

type Agreement = AgreementSummary & { role?: PartyRole };

export function createPanel({ root, graph, store, onRetry }: PanelOptions): InstitutionPanel {
  let rendered: { key: string; language: Language } | null = null;

  const render = (state: ExplorerState): void => {
    const { institution, agreement } = state.selection;
    if (institution === null && agreement === null) {
      root.hidden = true;
      root.replaceChildren();
      delete root.dataset.institution;
      delete root.dataset.agreement;
      rendered = null;
      return;
    }
    const key = `${institution ?? ''}|${agreement ?? ''}`;
    const keepScroll =
      rendered?.key.split('|')[0] === (institution ?? '') && rendered.language === state.language;
    const scrollTop = keepScroll ? (root.querySelector('.panel-body')?.scrollTop ?? 0) : 0;
    const content = institution !== null ? institutionView(state, institution) : agreementView(state);
    // The panel is drawn anew on each change: keep the keyboard where it was (the title, a button).
    const focused = root.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    root.replaceChildren(...content);
    if (focused !== null) root.querySelector<HTMLElement>(focused)?.focus({ preventScroll: true });
    root.hidden = false;
    root.dataset.status = institution !== null ? state.institution.status : state.agreement.status;
    if (institution !== null) root.dataset.institution = institution;
    else delete root.dataset.institution;
    if (agreement !== null) root.dataset.agreement = agreement;
    else delete root.dataset.agreement;
    const body = root.querySelector('.panel-body');
    if (body !== null) body.scrollTop = scrollTop;
    rendered = { key, language: state.language };
  };

  const header = (
    state: ExplorerState,
    kicker: string[],
    name: string,
    other: string | null,
    acronym: string | null,
  ) => {
    const text = strings(state.language);
    const close = el('button', {
      className: 'panel-close',
      text: '×',
      attrs: { type: 'button', 'data-testid': 'panel-close', 'aria-label': text.close, title: text.close },
    });
    close.addEventListener('click', () => store.dispatch({ type: 'clearSelection' }));
    return el('header', { className: 'panel-header' }, [
      el('div', { className: 'panel-heading' }, [
        kicker.length > 0 && el('p', { className: 'panel-kicker', text: kicker.join(' · ') }),
        el(
          'h2',
          {
            className: 'panel-title',
            attrs: { id: 'panel-title', 'data-testid': 'panel-title', tabindex: '-1' },
          },
          [
            el('span', { text: name, attrs: { lang: state.language } }),
            acronym !== null && acronym !== name ? ' ' : null,
            acronym !== null && acronym !== name
              ? el('span', { className: 'panel-acronym', text: acronym })
              : null,
          ],
        ),
        other !== null &&
          el('p', {
            className: 'panel-alt-name',
            text: other,
            attrs: { lang: state.language === 'ko' ? 'en' : 'ko' },
          }),
      ]),
      close,
    ]);
  };

  const institutionView = (state: ExplorerState, id: string): Node[] => {
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
    if (detail !== null) body = renderDetail(state, detail);
    else if (state.institution.status === 'error')
      body = errorBox(language, text.detailsError, state.institution.error, onRetry);
    else body = el('p', { className: 'panel-status', text: text.detailsLoading, attrs: { role: 'status' } });
    return [
      header(state, kicker, name, other, known?.acronym ?? null),
      el('div', { className: 'panel-body' }, [panelActions(state, id, store), body]),
    ];
  };

  const agreementView = (state: ExplorerState): Node[] => {
    const { language } = state;
    const text = explorerStrings(language);
    const loaded = current(state.agreement);
    const agreement = loaded?.id === state.selection.agreement ? loaded : null;
    const kicker = [text.agreement];
    if (agreement !== null) kicker.push(vocabularyLabel(AGREEMENT_KIND_LABELS, agreement.kind, language));
    const title =
      agreement === null
        ? (state.selection.agreement ?? '')
        : language === 'ko'
          ? agreement.titleKo
          : agreement.titleEn;
    const other = agreement === null ? null : language === 'ko' ? agreement.titleEn : agreement.titleKo;
    let body: Node;
    if (agreement !== null) body = card(state, agreement, null);
    else if (state.agreement.status === 'error') {
      body = errorBox(language, text.agreementFailed, state.agreement.error, () =>
        store.dispatch({ type: 'selectAgreement', id: state.selection.agreement }),
      );
    } else
      body = el('p', { className: 'panel-status', text: text.agreementLoading, attrs: { role: 'status' } });
    return [header(state, kicker, title, other, null), el('div', { className: 'panel-body' }, [body])];
  };

  const renderDetail = (state: ExplorerState, detail: InstitutionDetail): HTMLElement => {
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
    if (detail.parent !== null) facts.push([text.parent, institutionLink(language, detail.parent)]);
    if (detail.children.length > 0) {
      facts.push([
        text.children,
        el(
          'ul',
          { className: 'ref-list' },
          detail.children.map((child) => el('li', {}, [institutionLink(language, child)])),
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
          ? el('div', { className: 'agreement-groups' }, groupByDomain(state, detail))
          : el('p', { className: 'muted', text: text.noAgreements }),
      ]),
    ]);
  };

  /** One group per domain; agreements covering several domains share one group rather than repeat. */
  const groupByDomain = (state: ExplorerState, detail: InstitutionDetail): HTMLElement[] => {
    const { language } = state;
    const text = explorerStrings(language);
    const groups = new Map<string, Agreement[]>();
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
    const order = (key: string) =>
      key === '*' ? '~~' : key === '' ? '~~~' : domainName(graph, key, language);
    return [...groups.entries()]
      .sort(([a], [b]) => order(a).localeCompare(order(b)))
      .map(([key, agreements]) => {
        const swatch = el('span', { className: 'legend-swatch', attrs: { 'aria-hidden': 'true' } });
        swatch.style.backgroundColor = key === '*' ? '#a3acba' : (palette.get(key) ?? '#a3acba');
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
              agreements.map((agreement) => card(state, agreement, detail.id)),
            ),
          ],
        );
      });
  };

  const card = (state: ExplorerState, agreement: Agreement, institutionId: string | null): HTMLElement =>
    renderAgreement(agreement, {
      language: state.language,
      institutionId,
      domainName: (id) => domainName(graph, id, state.language),
      institutionLink: (ref) => institutionLink(state.language, ref),
      shown: state.selection.agreement === agreement.id,
      onShowParties: (id) =>
        store.dispatch({
          type: 'selectAgreement',
          id: store.getState().selection.agreement === id ? null : id,
        }),
    });

  /** Institutions drawn in the graph become links that select them; others are plain names. */
  const institutionLink = (language: Language, ref: InstitutionRef): Node => {
    const label = shortName(ref, language);
    const fullName = language === 'ko' ? ref.nameKo : ref.nameEn;
    if (!graph.hasNode(ref.id)) return el('span', { text: label, attrs: { title: fullName } });
    const link = el('button', {
      className: 'link-button',
      text: label,
      attrs: { type: 'button', title: fullName, 'data-institution': ref.id },
    });
    link.addEventListener('click', () => store.dispatch({ type: 'selectInstitution', id: ref.id }));
    return link;
  };

  store.subscribe((next, previous) => {
    if (
      next.selection !== previous.selection ||
      next.institution !== previous.institution ||
      next.agreement !== previous.agreement ||
      next.language !== previous.language ||
      next.expanding !== previous.expanding ||
      next.lastExpansion !== previous.lastExpansion ||
      next.focus !== previous.focus ||
      next.graphVersion !== previous.graphVersion
    ) {
      render(next);
    }
  });
  render(store.getState());

  return {
    isOpen: () => !root.hidden,
    focus: () => root.querySelector<HTMLElement>('#panel-title')?.focus(),
  };
}

/** A selector that finds the same control after a re-render. */
function focusKey(element: Element | null): string | null {
  if (element === null) return null;
  if (element.id !== '') return `#${CSS.escape(element.id)}`;
  const testid = element.getAttribute('data-testid');
  const card = element.closest('article[data-agreement]')?.getAttribute('data-agreement');
  if (testid !== null && card)
    return `article[data-agreement="${CSS.escape(card)}"] [data-testid="${testid}"]`;
  return testid === null ? null : `[data-testid="${testid}"]`;
}

function errorBox(language: Language, title: string, error: unknown, retry: () => void): HTMLElement {
  const { summary, detail } = describeError(error, language);
  const button = el('button', {
    className: 'button',
    text: strings(language).retry,
    attrs: { type: 'button' },
  });
  button.addEventListener('click', retry);
  return el('div', { className: 'panel-error', attrs: { role: 'alert', 'data-testid': 'panel-error' } }, [
    el('p', { className: 'panel-error-title', text: title }),
    el('p', { text: summary }),
    detail !== null && el('p', { className: 'panel-error-detail', text: detail }),
    button,
  ]);
}
