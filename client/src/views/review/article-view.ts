/**
 * The article as submitted, with every proposal marked where its evidence stands: the sentences that
 * state it (underlined) and the words that name it (highlighted). Choosing a mark focuses its proposal
 * in the list; the proposal in focus is marked more strongly here. The names are buttons, so the
 * keyboard reaches them; a sentence is reached through its proposal's "Show in the article".
 */
import type { ExplorerState } from '../../state/types.js';
import { type ProposalKey } from '../../state/review.js';
import { el } from '../dom.js';
import { evidenceSpans, proposalAt, segmentArticle } from './article-segments.js';
import { proposalKey } from './names.js';

export interface ArticleView {
  element: HTMLElement;
  render: (state: ExplorerState) => void;
  /** Scrolls to the proposal's first mark and puts the keyboard there when it can take it. */
  reveal: (item: ProposalKey) => void;
}

export function createArticleView(options: {
  onChoose: (item: ProposalKey) => void;
  label: (state: ExplorerState, item: ProposalKey) => string;
}): ArticleView {
  const body = el('div', { className: 'review-article', attrs: { 'data-testid': 'review-article' } });
  let drawn: { extract: unknown; text: string; language: string } | null = null;

  const draw = (state: ExplorerState): void => {
    const { extract, input } = state.review;
    if (extract === null) {
      body.replaceChildren();
      return;
    }
    body.lang = extract.language;
    const segments = segmentArticle(input.text, evidenceSpans(extract, input.text));
    body.replaceChildren(
      ...segments.map((segment) => {
        const item = proposalAt(segment);
        if (item === null) return document.createTextNode(segment.text);
        const keys = [...segment.mentions, ...segment.sentences].map(proposalKey);
        const named = segment.mentions.length > 0;
        const mark = el('mark', {
          className: named ? 'review-mark review-mention' : 'review-mark review-sentence',
          text: segment.text,
          attrs: {
            'data-proposals': [...new Set(keys)].join(' '),
            'data-proposal': proposalKey(item),
            'data-type': item.type,
            ...(named
              ? {
                  role: 'button',
                  tabindex: '0',
                  'aria-label': `${segment.text}: ${options.label(state, item)}`,
                }
              : {}),
          },
        });
        const choose = (): void => options.onChoose(item);
        mark.addEventListener('click', choose);
        mark.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          choose();
        });
        return mark;
      }),
    );
  };

  const marks = (item: ProposalKey): HTMLElement[] =>
    [...body.querySelectorAll<HTMLElement>('mark[data-proposals]')].filter((mark) =>
      (mark.dataset.proposals ?? '').split(' ').includes(proposalKey(item)),
    );

  const render = (state: ExplorerState): void => {
    const next = { extract: state.review.extract, text: state.review.input.text, language: state.language };
    if (
      drawn === null ||
      drawn.extract !== next.extract ||
      drawn.text !== next.text ||
      drawn.language !== next.language
    ) {
      draw(state);
      drawn = next;
    }
    const focused = state.review.focused;
    for (const mark of body.querySelectorAll<HTMLElement>('mark.focused')) mark.classList.remove('focused');
    if (focused !== null) for (const mark of marks(focused)) mark.classList.add('focused');
  };

  return {
    element: body,
    render,
    reveal(item) {
      const found = marks(item);
      const first =
        found.find((mark) => mark.dataset.proposal === proposalKey(item) && mark.tabIndex >= 0) ?? found[0];
      if (first === undefined) return;
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (first.tabIndex >= 0) first.focus({ preventScroll: true });
    },
  };
}
