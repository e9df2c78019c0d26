/**
 * The pieces both of the panel's views are made of: the header with its close button, a link to another
 * institution, an agreement card wired to the store, and the box that says a load failed.
 */
import type { AgreementSummary, InstitutionRef } from '../../../../contract/graph.js';
import type { PartyRole } from '../../../../contract/vocabulary.js';
import { domainName } from '../../graph/names.js';
import type { CooperationGraph } from '../../graph/network.js';
import { describeError } from '../../i18n/describe-error.js';
import type { Language } from '../../i18n/language.js';
import { strings } from '../../i18n/strings.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { renderAgreement, shortName } from './agreement-card.js';
import type { SourceReading } from './evidence.js';

/** What the panel's views read besides the state, and how they act. */
export interface PanelContext {
  graph: CooperationGraph;
  store: Store;
  onRetry: () => void;
  /** Opens a quote's source text (views/source-reader.ts). */
  readSource: (reading: SourceReading) => void;
}

/** An agreement as a panel lists it: an institution's agreements carry its role in them. */
export type ListedAgreement = AgreementSummary & { role?: PartyRole };

export function panelHeader(
  { store }: PanelContext,
  state: ExplorerState,
  title: { kicker: string[]; name: string; other: string | null; acronym: string | null },
): HTMLElement {
  const { kicker, name, other, acronym } = title;
  const text = strings(state.language);
  const close = el('button', {
    className: 'panel-close',
    text: '×',
    attrs: { type: 'button', 'data-testid': 'panel-close', 'aria-label': text.close, title: text.close },
  });
  close.addEventListener('click', () => store.dispatch({ type: 'clearSelection' }));
  const showAcronym = acronym !== null && acronym !== name;
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
          showAcronym ? ' ' : null,
          showAcronym ? el('span', { className: 'panel-acronym', text: acronym }) : null,
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
}

/** Institutions drawn in the graph become links that select them; others are plain names. */
export function institutionLink(
  { graph, store }: PanelContext,
  language: Language,
  ref: InstitutionRef,
): Node {
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
}

export function agreementCard(
  context: PanelContext,
  state: ExplorerState,
  agreement: ListedAgreement,
  institutionId: string | null,
): HTMLElement {
  const { graph, store } = context;
  return renderAgreement(agreement, {
    language: state.language,
    institutionId,
    domainName: (id) => domainName(graph, id, state.language),
    institutionLink: (ref) => institutionLink(context, state.language, ref),
    shown: state.selection.agreement === agreement.id,
    onShowParties: (id) =>
      store.dispatch({
        type: 'selectAgreement',
        id: store.getState().selection.agreement === id ? null : id,
      }),
    readSource: context.readSource,
  });
}

export function errorBox(language: Language, title: string, error: unknown, retry: () => void): HTMLElement {
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
