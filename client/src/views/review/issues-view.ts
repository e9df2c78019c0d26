/**
 * What stands in the way of the import, in words: on each card its own issues, and above the button
 * that goes on, all of them, each a link to the proposal to mend.
 */
import type { ExplorerState } from '../../state/types.js';
import { type ProposalKey, sameProposal } from '../../state/review.js';
import { explorerStrings, strings } from '../../i18n/strings.js';
import { el } from '../dom.js';
import { issueItem, type ReviewIssue, reviewIssues } from './draft-state.js';
import { agreementTitle, institutionName, proposalName } from './names.js';
import type { CardContext } from './proposal-card.js';

/** The issues of the review as decided now (recomputed only when the decisions change). */
const cache = new WeakMap<object, ReviewIssue[]>();
export function currentIssues(state: ExplorerState): ReviewIssue[] {
  const { extract, decisions } = state.review;
  if (extract === null) return [];
  let issues = cache.get(decisions);
  if (issues === undefined) {
    issues = reviewIssues(extract, decisions);
    cache.set(decisions, issues);
  }
  return issues;
}

export function issuesOf(state: ExplorerState, item: ProposalKey): ReviewIssue[] {
  return currentIssues(state).filter((issue) => sameProposal(issueItem(issue), item));
}

export function describeIssue(context: CardContext, state: ExplorerState, issue: ReviewIssue): string {
  const { language } = state;
  const words = explorerStrings(language).review.issue;
  const page = strings(language);
  const { extract, decisions } = state.review;
  const agreement = (id: string) => agreementTitle(decisions, id, language);
  const institution = (id: string) => institutionName(extract!, decisions, context.graph, id, language);
  const FIELD_NAMES: Record<string, string> = {
    titleEn: explorerStrings(language).review.titleEn,
    titleKo: explorerStrings(language).review.titleKo,
    summaryEn: explorerStrings(language).review.summaryEn,
    summaryKo: explorerStrings(language).review.summaryKo,
    nameEn: page.nameEn,
    nameKo: page.nameKo,
    parties: page.parties,
  };
  switch (issue.type) {
    case 'missing-translation':
      return words.missingTranslation(agreement(issue.agreement));
    case 'needs-institution':
      return words.needsInstitution(agreement(issue.agreement), institution(issue.institution));
    case 'duplicate-party':
      return words.duplicateParty(agreement(issue.agreement), institution(issue.institution));
    case 'no-party':
      return words.noParty(agreement(issue.agreement));
    case 'no-domain':
      return words.noDomain(agreement(issue.agreement));
    case 'empty-field':
      return words.emptyField(
        proposalName(extract!, decisions, context.graph, issue.item, language),
        FIELD_NAMES[issue.field] ?? issue.field,
      );
    case 'invalid-country':
      return words.invalidCountry(institution(issue.institution));
    case 'invalid-date':
      return words.invalidDate(agreement(issue.agreement));
    case 'invalid-amount':
      return words.invalidAmount(agreement(issue.agreement));
    case 'nothing-accepted':
      return words.nothingAccepted;
  }
}

export function describeIssues(context: CardContext, state: ExplorerState, issues: ReviewIssue[]): string[] {
  return issues.map((issue) => describeIssue(context, state, issue));
}

/** Every issue, each a button to the card it is about. */
export function issuesBox(
  context: CardContext,
  state: ExplorerState,
  onShow: (item: ProposalKey) => void,
): HTMLElement | null {
  const issues = currentIssues(state);
  if (issues.length === 0) return null;
  const text = explorerStrings(state.language).review;
  return el('div', { className: 'review-issues', attrs: { 'data-testid': 'review-issues' } }, [
    el('h4', { className: 'field-label', text: text.issuesTitle(issues.length) }),
    el(
      'ul',
      {},
      issues.map((issue) => {
        const item = issueItem(issue);
        const words = describeIssue(context, state, issue);
        if (item === null) return el('li', { text: words });
        const link = el('button', { className: 'link-button', text: words, attrs: { type: 'button' } });
        link.addEventListener('click', () => onShow(item));
        return el('li', {}, [link]);
      }),
    ),
  ]);
}
