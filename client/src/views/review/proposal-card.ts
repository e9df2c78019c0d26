/**
 * What every proposal's card shows and does, institution or agreement: its name, how sure the extractor
 * is and why, the analyst's verdict (accept, reject) and the editor's switch, and a way to its evidence
 * in the article. The card's own fields are drawn by institution-editor.ts and agreement-editor.ts.
 */
import type { ReviewItem } from '../../../../contract/extract.js';
import type { CooperationGraph } from '../../graph/network.js';
import type { ReviewStrings } from '../../i18n/review-strings.js';
import { explorerStrings } from '../../i18n/strings.js';
import { type ProposalKey, sameProposal, type Verdict } from '../../state/review.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { type Child, el } from '../dom.js';
import { controlId, toggleButton } from './fields.js';
import { proposalKey } from './names.js';

export interface CardContext {
  store: Store;
  graph: CooperationGraph;
  showInArticle: (item: ProposalKey) => void;
}

/** A drawn card; the list draws it again only when `signature` changes. */
export interface ProposalCard {
  element: HTMLElement;
  signature: string;
  /** What may change without a redraw: the focus mark and the messages. */
  update: (state: ExplorerState) => void;
}

export const verdictOf = (state: ExplorerState, item: ProposalKey): Verdict =>
  (item.type === 'institution'
    ? state.review.decisions.institutions[item.id]?.verdict
    : state.review.decisions.agreements[item.id]?.verdict) ?? 'pending';

export const isEditing = (state: ExplorerState, item: ProposalKey): boolean =>
  sameProposal(state.review.editing, item);

/** The card's frame: header, verdict buttons, confidence and reasons; `body` goes below. */
export function cardFrame(
  context: CardContext,
  state: ExplorerState,
  proposal: ReviewItem,
  title: { name: string; badges: string[]; lang?: string },
  body: Child[],
): HTMLElement {
  const text: ReviewStrings = explorerStrings(state.language).review;
  const item: ProposalKey = { type: proposal.type, id: proposal.id };
  const verdict = verdictOf(state, item);
  const editing = isEditing(state, item);
  const dispatchVerdict = (next: Verdict): void =>
    context.store.dispatch({
      type: 'review',
      change: { type: 'setVerdict', item, verdict: verdict === next ? 'pending' : next },
    });
  const headingId = controlId(item.type, item.id, 'title');
  const editorId = controlId(item.type, item.id, 'editor');
  const edit = el('button', {
    className: `button button-small${editing ? ' active' : ''}`,
    text: editing ? text.doneEditing : text.edit,
    attrs: {
      type: 'button',
      id: controlId(item.type, item.id, 'edit'),
      'aria-expanded': String(editing),
      'aria-controls': editorId,
      'data-testid': 'review-edit',
    },
  });
  edit.addEventListener('click', () =>
    context.store.dispatch({ type: 'review', change: { type: 'edit', item: editing ? null : item } }),
  );
  const show = el('button', {
    className: 'button button-small button-quiet',
    text: text.showInArticle,
    attrs: { type: 'button', id: controlId(item.type, item.id, 'show'), 'data-testid': 'review-show' },
  });
  show.addEventListener('click', () => {
    context.store.dispatch({ type: 'review', change: { type: 'focus', item } });
    context.showInArticle(item);
  });
  const percent = Math.round(proposal.confidence * 100);

  return el(
    'article',
    {
      className: `review-card verdict-${verdict}`,
      attrs: {
        'data-proposal': proposalKey(item),
        'data-verdict': verdict,
        'data-testid': `review-card-${item.type}`,
        'aria-labelledby': headingId,
      },
    },
    [
      el('header', { className: 'review-card-header' }, [
        el('h4', {
          className: 'review-card-title',
          text: title.name,
          attrs: { id: headingId, tabindex: '-1', lang: title.lang },
        }),
        el('p', { className: 'badges' }, [
          ...title.badges.map((badge) => el('span', { className: 'badge', text: badge })),
          el('span', { className: `badge badge-verdict badge-${verdict}`, text: text.verdicts[verdict] }),
        ]),
      ]),
      el('div', { className: 'review-confidence' }, [
        el(
          'meter',
          {
            attrs: {
              min: '0',
              max: '1',
              low: '0.5',
              high: '0.8',
              optimum: '1',
              value: String(proposal.confidence),
              'aria-label': text.confidence(percent),
            },
          },
          [],
        ),
        el('span', { text: text.confidence(percent) }),
      ]),
      el('details', { className: 'review-reasons' }, [
        el('summary', { text: text.reasons }),
        el(
          'ul',
          {},
          proposal.reasons.map((reason) => el('li', { text: reason })),
        ),
      ]),
      el(
        'div',
        { className: 'form-actions review-verdict', attrs: { role: 'group', 'aria-label': title.name } },
        [
          toggleButton(
            text.accept,
            verdict === 'accepted',
            { id: controlId(item.type, item.id, 'accept'), 'data-testid': 'review-accept' },
            () => dispatchVerdict('accepted'),
          ),
          toggleButton(
            text.reject,
            verdict === 'rejected',
            { id: controlId(item.type, item.id, 'reject'), 'data-testid': 'review-reject' },
            () => dispatchVerdict('rejected'),
          ),
          edit,
          show,
        ],
      ),
      ...body,
    ],
  );
}

/** The focus mark of a card, kept without a redraw. */
export function markFocused(card: HTMLElement, state: ExplorerState, item: ProposalKey): void {
  card.classList.toggle('focused', sameProposal(state.review.focused, item));
}
