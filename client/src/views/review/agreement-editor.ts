/**
 * An agreement proposal's card: what it says and who takes part, the quotes it rests on with their
 * English translation (to be written for a Korean article), what stands in the way of its import, and,
 * in the editor, every field: parties, kind, status, domains, date, amount, titles and summaries.
 */
import type { AgreementProposal } from '../../../../contract/extract.js';
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementStatus,
  CURRENCIES,
} from '../../../../contract/vocabulary.js';
import { vocabularyLabel } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { explorerStrings, strings } from '../../i18n/strings.js';
import type { DraftAgreement } from '../../state/review.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { controlId, selectField, textField } from './fields.js';
import { agreementTitle, institutionName } from './names.js';
import { partyEditor } from './party-editor.js';
import { cardFrame, type CardContext, isEditing, markFocused, type ProposalCard } from './proposal-card.js';
import { describeIssues, issuesOf } from './issues-view.js';

export function agreementSignature(state: ExplorerState, proposal: AgreementProposal): string {
  const decision = state.review.decisions.agreements[proposal.id];
  const item = { type: 'agreement' as const, id: proposal.id };
  const agreement = decision?.agreement;
  return JSON.stringify([
    state.language,
    state.graphVersion,
    decision?.verdict,
    isEditing(state, item),
    agreement?.parties,
    agreement?.domains,
    agreement?.evidence.length,
    // Party names follow the institutions' decisions.
    state.review.decisions.institutions,
  ]);
}

function domainChoices(context: CardContext, state: ExplorerState, agreement: DraftAgreement) {
  const known = new Map<string, string>();
  const name = (entry: { nameEn: string; nameKo: string }, language: Language) =>
    language === 'ko' ? entry.nameKo : entry.nameEn;
  for (const domain of context.graph.getAttribute('domains'))
    known.set(domain.id, name(domain, state.language));
  for (const domain of state.review.extract?.draft.domains ?? [])
    known.set(domain.id, name(domain, state.language));
  for (const id of agreement.domains) if (!known.has(id)) known.set(id, id);
  return [...known.entries()];
}

function editor(context: CardContext, state: ExplorerState, agreement: DraftAgreement): HTMLElement {
  const { language } = state;
  const text = explorerStrings(language).review;
  const page = strings(language);
  const patch = (changes: Partial<DraftAgreement>): void =>
    context.store.dispatch({
      type: 'review',
      change: { type: 'editAgreement', id: agreement.id, patch: changes },
    });
  const current = (): DraftAgreement =>
    context.store.getState().review.decisions.agreements[agreement.id]?.agreement ?? agreement;
  const id = (...parts: (string | number)[]) => controlId('agreement', agreement.id, ...parts);
  const field = (name: 'titleEn' | 'titleKo' | 'summaryEn' | 'summaryKo', label: string, multiline = false) =>
    textField({
      id: id(name),
      label,
      value: agreement[name],
      multiline,
      lang: name.endsWith('Ko') ? 'ko' : 'en',
      onInput: (value) => patch({ [name]: value }),
    }).element;

  const setAmount = (changes: { value?: string; currency?: string; stated?: string }): void => {
    const before = current().amount;
    const value = changes.value ?? (before === undefined ? '' : String(before.value));
    if (value.trim() === '') {
      patch({ amount: undefined, amountUsd: undefined });
      return;
    }
    const currency = (changes.currency ?? before?.currency ?? 'USD') as (typeof CURRENCIES)[number];
    const amount = {
      ...(before ?? {}),
      value: Number(value),
      currency,
      stated: changes.stated ?? before?.stated ?? '',
    };
    // The amount stays in the article's currency; a figure in dollars is also the USD amount, never a conversion.
    patch({ amount, amountUsd: currency === 'USD' ? amount.value : undefined });
  };

  const domains = el('fieldset', { className: 'review-domains' }, [
    el('legend', { className: 'field-label', text: page.domains }),
    ...domainChoices(context, state, agreement).map(([value, label]) => {
      const box = el('input', {
        attrs: { type: 'checkbox', id: id('domain', value), value, 'data-testid': 'review-domain' },
      });
      box.checked = agreement.domains.includes(value);
      box.addEventListener('change', () => {
        const chosen = current().domains.filter((entry) => entry !== value);
        patch({ domains: box.checked ? [...chosen, value] : chosen });
      });
      return el('label', { className: 'review-check' }, [box, ` ${label}`]);
    }),
  ]);

  return el('div', { className: 'review-editor', attrs: { id: id('editor') } }, [
    partyEditor(context, state, agreement),
    el('div', { className: 'field-row review-wrap' }, [
      selectField({
        id: id('kind'),
        label: page.kind,
        value: agreement.kind,
        choices: AGREEMENT_KINDS.map(
          (kind) => [kind, vocabularyLabel(AGREEMENT_KIND_LABELS, kind, language)] as const,
        ),
        onInput: (kind) => patch({ kind: kind as AgreementKind }),
      }).element,
      selectField({
        id: id('status'),
        label: page.status,
        value: agreement.status,
        choices: AGREEMENT_STATUSES.map(
          (status) => [status, vocabularyLabel(AGREEMENT_STATUS_LABELS, status, language)] as const,
        ),
        onInput: (status) => patch({ status: status as AgreementStatus }),
      }).element,
    ]),
    domains,
    textField({
      id: id('date'),
      label: text.date,
      value: agreement.date ?? '',
      hint: text.dateHint,
      onInput: (date) => patch({ date: date.trim() === '' ? undefined : date.trim() }),
    }).element,
    el('fieldset', { className: 'review-amount' }, [
      el('legend', { className: 'field-label', text: text.amount }),
      el('div', { className: 'field-row review-wrap' }, [
        textField({
          id: id('amount-value'),
          label: text.amountValue,
          value: agreement.amount === undefined ? '' : String(agreement.amount.value),
          type: 'number',
          hint: text.amountHint,
          onInput: (value) => setAmount({ value }),
        }).element,
        selectField({
          id: id('amount-currency'),
          label: text.currency,
          value: agreement.amount?.currency ?? 'USD',
          choices: CURRENCIES.map((code) => [code, code] as const),
          onInput: (currency) => setAmount({ currency }),
        }).element,
      ]),
      textField({
        id: id('amount-stated'),
        label: text.amountStated,
        value: agreement.amount?.stated ?? '',
        lang: state.review.extract?.language,
        onInput: (stated) => setAmount({ stated }),
      }).element,
    ]),
    field('titleEn', text.titleEn),
    field('titleKo', text.titleKo),
    field('summaryEn', text.summaryEn, true),
    field('summaryKo', text.summaryKo, true),
  ]);
}

function evidenceList(context: CardContext, state: ExplorerState, agreement: DraftAgreement): HTMLElement {
  const text = explorerStrings(state.language).review;
  const sourceLanguage = state.review.extract?.language ?? 'ko';
  return el('section', { className: 'review-evidence' }, [
    el('h5', { className: 'field-label', text: text.evidence }),
    ...agreement.evidence.map((quote, index) => {
      const translation = textField({
        id: controlId('agreement', agreement.id, 'quote', index),
        label: text.quoteEn(index + 1),
        value: quote.quoteEn,
        multiline: true,
        lang: 'en',
        hint: quote.quoteEn.trim() === '' ? text.translationNeeded : '',
        invalid: quote.quoteEn.trim() === '',
        onInput: (quoteEn) => {
          const evidence =
            context.store.getState().review.decisions.agreements[agreement.id]?.agreement.evidence ?? [];
          context.store.dispatch({
            type: 'review',
            change: {
              type: 'editAgreement',
              id: agreement.id,
              patch: { evidence: evidence.map((entry, i) => (i === index ? { ...entry, quoteEn } : entry)) },
            },
          });
        },
      });
      translation.control.dataset.testid = 'review-quote-en';
      translation.control.toggleAttribute('required', sourceLanguage === 'ko');
      return el('div', { className: 'review-quote' }, [
        el('blockquote', {
          text: quote.quoteKo,
          attrs: { lang: sourceLanguage, 'aria-label': text.quoteKo },
        }),
        translation.element,
      ]);
    }),
  ]);
}

export function agreementCard(
  context: CardContext,
  state: ExplorerState,
  proposal: AgreementProposal,
): ProposalCard {
  const { language } = state;
  const item = { type: 'agreement' as const, id: proposal.id };
  const decision = state.review.decisions.agreements[proposal.id]!;
  const { agreement } = decision;
  const extract = state.review.extract!;
  const page = strings(language);
  const summary = el('p', { className: 'review-summary', attrs: { lang: language } });
  const parties = el('p', { className: 'review-parties-line' }, [
    el('span', { className: 'field-label', text: `${page.parties}: ` }),
    agreement.parties
      .map((party) => {
        const role =
          party.role === 'party' ? '' : ` (${vocabularyLabel(page.partyRoles, party.role, language)})`;
        return `${institutionName(extract, state.review.decisions, context.graph, party.institution, language)}${role}`;
      })
      .join(', '),
  ]);
  const issues = el('ul', {
    className: 'review-card-issues',
    attrs: { 'data-testid': 'review-card-issues' },
  });
  const element = cardFrame(
    context,
    state,
    proposal,
    {
      name: agreementTitle(state.review.decisions, proposal.id, language),
      badges: [
        vocabularyLabel(AGREEMENT_KIND_LABELS, agreement.kind, language),
        vocabularyLabel(AGREEMENT_STATUS_LABELS, agreement.status, language),
      ],
      lang: language,
    },
    [
      summary,
      parties,
      evidenceList(context, state, agreement),
      issues,
      isEditing(state, item) && editor(context, state, agreement),
    ],
  );

  const update = (next: ExplorerState): void => {
    markFocused(element, next, item);
    const current = next.review.decisions.agreements[proposal.id]?.agreement ?? agreement;
    summary.textContent = next.language === 'ko' ? current.summaryKo : current.summaryEn;
    const heading = element.querySelector('.review-card-title');
    if (heading !== null)
      heading.textContent = agreementTitle(next.review.decisions, proposal.id, next.language);
    const mine = issuesOf(next, item);
    issues.replaceChildren(...describeIssues(context, next, mine).map((line) => el('li', { text: line })));
    issues.hidden = mine.length === 0;
    element.querySelectorAll<HTMLTextAreaElement>('[data-testid="review-quote-en"]').forEach((box, index) => {
      const empty = (current.evidence[index]?.quoteEn ?? '').trim() === '';
      box.toggleAttribute('aria-invalid', empty);
      const hint = box.parentElement?.querySelector('.field-hint');
      if (hint) hint.textContent = empty ? explorerStrings(next.language).review.translationNeeded : '';
    });
  };
  update(state);
  return { element, signature: agreementSignature(state, proposal), update };
}
