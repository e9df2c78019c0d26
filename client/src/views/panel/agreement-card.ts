/**
 * One agreement in the institution panel: what was agreed, by whom, when, for how much, and the
 * sentences of the sources that state it, in Korean and English side by side, since every fact
 * shown must be traceable to its evidence.
 */
import type { AgreementSummary, InstitutionRef } from '../../../../contract/graph.js';
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_STATUS_LABELS,
  type PartyRole,
} from '../../../../contract/vocabulary.js';
import { formatPartialDate, formatAmount, vocabularyLabel } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { explorerStrings, strings } from '../../i18n/strings.js';
import { el } from '../dom.js';
import { renderEvidence, type SourceReading } from './evidence.js';

export interface AgreementContext {
  language: Language;
  /** The institution the panel is about: its own entry in the party list is not a link. */
  institutionId: string | null;
  domainName: (id: string) => string;
  /** A link (or plain text) naming another institution. */
  institutionLink: (ref: InstitutionRef) => Node;
  /** Whether the agreement's parties are the ones highlighted on the canvas. */
  shown: boolean;
  /** Highlights the parties on the canvas (or clears the highlight when they already are). */
  onShowParties: (id: string) => void;
  /** Opens a quote's source text. */
  readSource: (reading: SourceReading) => void;
}

export function renderAgreement(
  agreement: AgreementSummary & { role?: PartyRole },
  context: AgreementContext,
): HTMLElement {
  const { language } = context;
  const text = strings(language);
  const title = language === 'ko' ? agreement.titleKo : agreement.titleEn;
  const summary = language === 'ko' ? agreement.summaryKo : agreement.summaryEn;

  const facts: [string, Node | string][] = [];
  if (agreement.date !== null) facts.push([text.date, formatPartialDate(agreement.date, language)]);
  // The amount in the currency the source states it in, with its own words; older records have USD only.
  if (agreement.amount !== null) {
    const { value, currency, stated } = agreement.amount;
    facts.push([text.amount, `${formatAmount(value, language, currency)} (${stated})`]);
  } else if (agreement.amountUsd !== null) {
    facts.push([text.amount, formatAmount(agreement.amountUsd, language)]);
  }
  if (agreement.domains.length > 0) {
    facts.push([text.domains, agreement.domains.map((domain) => context.domainName(domain)).join(', ')]);
  }
  if (agreement.parties.length > 0) facts.push([text.parties, partyList(agreement, context)]);
  if (agreement.agreedAt !== null) {
    const event =
      language === 'ko' && agreement.agreedAt.nameKo !== null
        ? agreement.agreedAt.nameKo
        : agreement.agreedAt.name;
    const when = formatPartialDate(agreement.agreedAt.date, language);
    facts.push([
      explorerStrings(language).agreedAt,
      [event, when, agreement.agreedAt.place].filter(Boolean).join(' · '),
    ]);
  }

  const show = el('button', {
    className: `button button-small show-parties${context.shown ? ' active' : ''}`,
    text: context.shown ? explorerStrings(language).partiesShown : explorerStrings(language).showParties,
    attrs: { type: 'button', 'aria-pressed': String(context.shown), 'data-testid': 'show-parties' },
  });
  show.addEventListener('click', () => context.onShowParties(agreement.id));

  return el(
    'article',
    { className: `agreement${context.shown ? ' shown' : ''}`, attrs: { 'data-agreement': agreement.id } },
    [
      el('h4', { className: 'agreement-title', text: title, attrs: { lang: language } }),
      el('p', { className: 'badges' }, [
        el('span', {
          className: 'badge badge-kind',
          text: vocabularyLabel(AGREEMENT_KIND_LABELS, agreement.kind, language),
        }),
        el('span', {
          className: `badge badge-status status-${agreement.status}`,
          text: vocabularyLabel(AGREEMENT_STATUS_LABELS, agreement.status, language),
          attrs: { title: text.status },
        }),
        agreement.role !== undefined &&
          el('span', {
            className: 'badge badge-role',
            text: `${text.role}: ${vocabularyLabel(text.partyRoles, agreement.role, language)}`,
          }),
      ]),
      el(
        'dl',
        { className: 'facts facts-compact' },
        facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, [value])]),
      ),
      summary.length > 0 &&
        el('p', { className: 'agreement-summary', text: summary, attrs: { lang: language } }),
      agreement.evidence.length > 0 &&
        el('section', { className: 'evidence', attrs: { 'aria-label': text.evidence } }, [
          el('h5', { className: 'evidence-title', text: text.evidence }),
          ...agreement.evidence.map((quote) => renderEvidence(quote, language, context.readSource)),
        ]),
      show,
    ],
  );
}

function partyList(agreement: AgreementSummary, context: AgreementContext): HTMLElement {
  const text = strings(context.language);
  return el(
    'ul',
    { className: 'party-list' },
    agreement.parties.map((party) => {
      const name =
        party.id === context.institutionId
          ? el('strong', { text: shortName(party, context.language) })
          : context.institutionLink(party);
      return el('li', {}, [
        name,
        el('span', {
          className: 'party-role',
          text: ` · ${vocabularyLabel(text.partyRoles, party.role, context.language)}`,
        }),
      ]);
    }),
  );
}

/** Acronym in English when there is one, else the name in the current language. */
export function shortName(ref: InstitutionRef, language: Language): string {
  if (language === 'ko') return ref.nameKo;
  return ref.acronym ?? ref.nameEn;
}
