/**
 * Step 2: the article beside its proposals. Each card is drawn once and again only when what it shows
 * changes shape (a verdict, a party, an open editor), never for a keystroke; a card drawn again keeps the
 * keyboard where it was. Choosing a mark in the article focuses its card, and a card's "Show in the
 * article" goes the other way.
 */
import { explorerStrings } from '../../i18n/strings.js';
import type { ProposalKey } from '../../state/review.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { agreementCard, agreementSignature } from './agreement-editor.js';
import { createArticleView } from './article-view.js';
import { datasetOf } from './dataset.js';
import { pendingCount } from './draft-state.js';
import { institutionCard, institutionSignature } from './institution-editor.js';
import { currentIssues, issuesBox } from './issues-view.js';
import { proposalKey, proposalName } from './names.js';
import type { CardContext, ProposalCard } from './proposal-card.js';

export interface ProposalsStep {
  element: HTMLElement;
  render: (state: ExplorerState) => void;
  focus: () => void;
}

export function createProposalsStep(context: Omit<CardContext, 'showInArticle'>): ProposalsStep {
  const { store } = context;
  const heading = el('h3', {
    className: 'review-step-title',
    attrs: { tabindex: '-1', id: 'review-proposals-title' },
  });
  const intro = el('p', { className: 'muted review-intro', attrs: { 'data-testid': 'review-intro' } });
  const articleTitle = el('h4', { className: 'review-section-title', attrs: { id: 'review-article-title' } });
  const articleHint = el('p', { className: 'field-hint' });
  const acceptPending = el('button', {
    className: 'button button-small',
    attrs: { type: 'button', 'data-testid': 'review-accept-pending' },
  });
  acceptPending.addEventListener('click', () =>
    store.dispatch({ type: 'review', change: { type: 'acceptPending' } }),
  );
  const institutionsTitle = el('h4', { className: 'review-section-title' });
  const agreementsTitle = el('h4', { className: 'review-section-title' });
  const institutions = el('div', {
    className: 'review-cards',
    attrs: { 'data-testid': 'review-institutions' },
  });
  const agreements = el('div', { className: 'review-cards', attrs: { 'data-testid': 'review-agreements' } });
  const issues = el('div', { attrs: { 'aria-live': 'polite' } });
  const pending = el('p', { className: 'muted' });
  const back = el('button', { className: 'button', attrs: { type: 'button', 'data-testid': 'review-back' } });
  back.addEventListener('click', () =>
    store.dispatch({ type: 'review', change: { type: 'goTo', step: 'source' } }),
  );
  const next = el('button', {
    className: 'button button-primary',
    attrs: { type: 'button', 'data-testid': 'review-to-import' },
  });
  next.addEventListener('click', () => {
    const state = store.getState();
    const dataset = datasetOf(state, context.graph);
    if (dataset === null || currentIssues(state).length > 0) return;
    store.dispatch({ type: 'review', change: { type: 'goTo', step: 'import' } });
    store.dispatch({ type: 'review', change: { type: 'dryRunStarted', dataset } });
  });

  const revealCard = (item: ProposalKey): void => {
    const card = element.querySelector<HTMLElement>(
      `article[data-proposal="${CSS.escape(proposalKey(item))}"]`,
    );
    card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    card?.querySelector<HTMLElement>('.review-card-title')?.focus({ preventScroll: true });
  };
  const article = createArticleView({
    onChoose: (item) => {
      store.dispatch({ type: 'review', change: { type: 'focus', item } });
      revealCard(item);
    },
    label: (state, item) =>
      proposalName(state.review.extract!, state.review.decisions, context.graph, item, state.language),
  });
  const cardContext: CardContext = { ...context, showInArticle: (item) => article.reveal(item) };

  const element = el('div', { className: 'review-proposals', attrs: { 'data-testid': 'review-proposals' } }, [
    heading,
    intro,
    el('div', { className: 'review-columns' }, [
      el(
        'section',
        { className: 'review-article-column', attrs: { 'aria-labelledby': 'review-article-title' } },
        [articleTitle, articleHint, article.element],
      ),
      el('section', { className: 'review-list-column' }, [
        el('div', { className: 'form-actions' }, [acceptPending]),
        institutionsTitle,
        institutions,
        agreementsTitle,
        agreements,
      ]),
    ]),
    issues,
    pending,
    el('div', { className: 'form-actions review-nav' }, [back, next]),
  ]);

  const cards = new Map<string, ProposalCard>();
  let drawnFor: unknown = null;

  const place = (container: HTMLElement, key: string, card: ProposalCard): void => {
    const old = cards.get(key);
    cards.set(key, card);
    if (old === undefined) {
      container.append(card.element);
      return;
    }
    const focusedId = old.element.contains(document.activeElement) ? document.activeElement?.id : undefined;
    old.element.replaceWith(card.element);
    if (focusedId) document.getElementById(focusedId)?.focus({ preventScroll: true });
  };

  const renderCards = (state: ExplorerState): void => {
    const extract = state.review.extract;
    if (extract !== drawnFor) {
      cards.clear();
      institutions.replaceChildren();
      agreements.replaceChildren();
      drawnFor = extract;
    }
    if (extract === null) return;
    for (const proposal of extract.review) {
      const key = proposalKey(proposal);
      const existing = cards.get(key);
      if (proposal.type === 'institution') {
        const signature = institutionSignature(state, proposal);
        if (existing?.signature === signature) existing.update(state);
        else place(institutions, key, institutionCard(cardContext, state, proposal));
      } else if (state.review.decisions.agreements[proposal.id] !== undefined) {
        const signature = agreementSignature(state, proposal);
        if (existing?.signature === signature) existing.update(state);
        else place(agreements, key, agreementCard(cardContext, state, proposal));
      }
    }
  };

  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language).review;
    const { extract, decisions, request } = state.review;
    heading.textContent = text.steps.proposals;
    articleTitle.textContent = text.articleTitle;
    articleHint.textContent = text.articleHint;
    institutionsTitle.textContent = text.institutionsTitle;
    agreementsTitle.textContent = text.agreementsTitle;
    back.textContent = text.back;
    next.textContent = text.toImport;
    if (extract === null) return;
    const count = (type: string) => extract.review.filter((item) => item.type === type).length;
    intro.textContent = text.proposalsIntro(
      count('institution'),
      count('agreement'),
      text.languageNames[extract.language],
      extract.languageDetected,
    );
    const undecided = pendingCount(decisions);
    acceptPending.textContent = text.acceptPending(undecided);
    acceptPending.hidden = undecided === 0;
    pending.textContent = undecided === 0 ? '' : text.pendingNote(undecided);
    article.render(state);
    renderCards(state);
    issues.replaceChildren(
      issuesBox(cardContext, state, (item) => {
        store.dispatch({ type: 'review', change: { type: 'focus', item } });
        revealCard(item);
      }) ?? '',
    );
    next.disabled = currentIssues(state).length > 0 || request?.status === 'loading';
  };

  return { element, render, focus: () => heading.focus() };
}
