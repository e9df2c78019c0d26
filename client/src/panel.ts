/**
 * The side panel about one institution: its names, kind, country, place in its organisation and
 * its agreements with their evidence. It owns the request for the details (aborting a stale one
 * when another node is chosen) and re-renders from what it holds when the language changes.
 */
import type {
  InstitutionDetail,
  InstitutionNodeAttributes,
  InstitutionRef,
} from '../../server/contract/graph.js';
import { INSTITUTION_KIND_LABELS } from '../../server/contract/vocabulary.js';
import { renderAgreement, shortName } from './agreement-card.js';
import { fetchInstitution } from './api.js';
import { el } from './dom.js';
import { describeError } from './errors.js';
import { type Language, strings, vocabularyLabel } from './i18n.js';
import { countryName } from './legend.js';
import type { CooperationGraph } from './network.js';

export interface PanelOptions {
  root: HTMLElement;
  graph: CooperationGraph;
  language: Language;
  /** The user asked to close the panel (close button); the page clears the selection. */
  onClose: () => void;
  /** The user followed a link to another institution of the graph. */
  onSelect: (id: string) => void;
}

export interface InstitutionPanel {
  open: (id: string) => void;
  close: () => void;
  isOpen: () => boolean;
  setLanguage: (language: Language) => void;
}

type PanelState =
  | { status: 'closed' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; id: string; detail: InstitutionDetail }
  | { status: 'error'; id: string; error: unknown };

export function createPanel(options: PanelOptions): InstitutionPanel {
  const { root, graph, onClose, onSelect } = options;
  let language = options.language;
  let state: PanelState = { status: 'closed' };
  let request: AbortController | null = null;
  // Details do not change while the page is open; keep them so reopening is instant.
  const cache = new Map<string, InstitutionDetail>();

  const load = (id: string): void => {
    request?.abort();
    const cached = cache.get(id);
    if (cached !== undefined) {
      state = { status: 'ready', id, detail: cached };
      render(true);
      return;
    }
    const controller = new AbortController();
    request = controller;
    state = { status: 'loading', id };
    render(true);
    fetchInstitution(id, controller.signal).then(
      (detail) => {
        if (controller.signal.aborted) return;
        cache.set(id, detail);
        state = { status: 'ready', id, detail };
        render(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        state = { status: 'error', id, error };
        render(false);
      },
    );
  };

  const render = (scrollToTop: boolean): void => {
    if (state.status === 'closed') {
      root.hidden = true;
      root.replaceChildren();
      return;
    }
    const previousBody = root.querySelector('.panel-body');
    const scrollTop = scrollToTop ? 0 : (previousBody?.scrollTop ?? 0);
    const body = el('div', { className: 'panel-body' }, [renderBody(state)]);
    root.replaceChildren(renderHeader(state.id, state.status === 'ready' ? state.detail : null), body);
    root.hidden = false;
    root.dataset.institution = state.id;
    root.dataset.status = state.status;
    body.scrollTop = scrollTop;
  };

  const renderHeader = (id: string, detail: InstitutionDetail | null): HTMLElement => {
    const text = strings(language);
    const known: (InstitutionNodeAttributes & { id: string }) | null =
      detail ?? (graph.hasNode(id) ? { ...graph.getNodeAttributes(id), id } : null);
    const name = known === null ? id : language === 'ko' ? known.nameKo : known.nameEn;
    const otherName = known === null ? null : language === 'ko' ? known.nameEn : known.nameKo;
    const kicker = known === null ? [] : [vocabularyLabel(INSTITUTION_KIND_LABELS, known.kind, language)];
    if (known?.country) kicker.push(countryName(graph, known.country, language));

    const close = el('button', {
      className: 'panel-close',
      text: '×',
      attrs: { type: 'button', 'data-testid': 'panel-close', 'aria-label': text.close, title: text.close },
    });
    close.addEventListener('click', onClose);
    return el('header', { className: 'panel-header' }, [
      el('div', { className: 'panel-heading' }, [
        kicker.length > 0 && el('p', { className: 'panel-kicker', text: kicker.join(' · ') }),
        el('h2', { className: 'panel-title', attrs: { id: 'panel-title', 'data-testid': 'panel-title' } }, [
          el('span', { text: name, attrs: { lang: language } }),
          known?.acronym ? ' ' : null,
          known?.acronym ? el('span', { className: 'panel-acronym', text: known.acronym }) : null,
        ]),
        otherName !== null &&
          el('p', {
            className: 'panel-alt-name',
            text: otherName,
            attrs: { lang: language === 'ko' ? 'en' : 'ko' },
          }),
      ]),
      close,
    ]);
  };

  const renderBody = (current: Exclude<PanelState, { status: 'closed' }>): HTMLElement => {
    const text = strings(language);
    if (current.status === 'loading') {
      return el('p', { className: 'panel-status', text: text.detailsLoading, attrs: { role: 'status' } });
    }
    if (current.status === 'error') {
      const { summary, detail } = describeError(current.error, language);
      const retry = el('button', { className: 'button', text: text.retry, attrs: { type: 'button' } });
      retry.addEventListener('click', () => load(current.id));
      return el('div', { className: 'panel-error', attrs: { role: 'alert', 'data-testid': 'panel-error' } }, [
        el('p', { className: 'panel-error-title', text: text.detailsError }),
        el('p', { text: summary }),
        detail !== null && el('p', { className: 'panel-error-detail', text: detail }),
        retry,
      ]);
    }
    return renderDetail(current.detail);
  };

  const renderDetail = (detail: InstitutionDetail): HTMLElement => {
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
    if (detail.parent !== null) facts.push([text.parent, institutionLink(detail.parent)]);
    if (detail.children.length > 0) {
      facts.push([
        text.children,
        el(
          'ul',
          { className: 'ref-list' },
          detail.children.map((child) => el('li', {}, [institutionLink(child)])),
        ),
      ]);
    }

    const agreements = detail.agreements.map((agreement) =>
      renderAgreement(agreement, {
        language,
        institutionId: detail.id,
        domainName,
        institutionLink,
      }),
    );
    return el('div', { className: 'panel-detail' }, [
      el(
        'dl',
        { className: 'facts' },
        facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, [value])]),
      ),
      el('section', { className: 'agreements' }, [
        el('h3', { className: 'section-title', text: text.agreements(detail.agreements.length) }),
        agreements.length > 0
          ? el('div', { className: 'agreement-list' }, agreements)
          : el('p', { className: 'muted', text: text.noAgreements }),
      ]),
    ]);
  };

  /** Institutions drawn in the graph become links that select them; others are plain names. */
  const institutionLink = (ref: InstitutionRef): Node => {
    const label = shortName(ref, language);
    const fullName = language === 'ko' ? ref.nameKo : ref.nameEn;
    if (!graph.hasNode(ref.id)) return el('span', { text: label, attrs: { title: fullName } });
    const link = el('button', {
      className: 'link-button',
      text: label,
      attrs: { type: 'button', title: fullName, 'data-institution': ref.id },
    });
    link.addEventListener('click', () => onSelect(ref.id));
    return link;
  };

  const domainName = (id: string): string => {
    const domain = graph.getAttribute('domains').find((candidate) => candidate.id === id);
    if (domain === undefined) return id;
    return language === 'ko' ? domain.nameKo : domain.nameEn;
  };

  return {
    open(id) {
      // Re-clicking the open institution keeps the panel as it is, unless its request failed.
      if ((state.status === 'loading' || state.status === 'ready') && state.id === id) return;
      load(id);
    },
    close() {
      request?.abort();
      request = null;
      state = { status: 'closed' };
      render(true);
    },
    isOpen: () => state.status !== 'closed',
    setLanguage(next) {
      language = next;
      render(false);
    },
  };
}
