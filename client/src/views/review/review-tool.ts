/**
 * "Add a source": an article becomes data in three steps. views/review/ holds the tool (this file: the
 * steps, their order and the discard button), each step (source-form.ts, proposals-step.ts,
 * import-step.ts, imported-step.ts), the article with its marks (article-view.ts, article-segments.ts),
 * the proposals' cards (proposal-card.ts, institution-editor.ts, agreement-editor.ts, party-editor.ts),
 * the report of a dry run (diff-view.ts), what stands in the way (issues-view.ts), the pure derivation
 * of the data set from the decisions (draft-state.ts) and what the page adds to it (dataset.ts). The
 * session's state is state/review.ts; its requests and its keeping across reloads are effects
 * (review.ts, review-storage.ts).
 *
 * Moving to another step puts the keyboard on that step's title, so a screen reader says where it is.
 */
import type { CooperationGraph } from '../../graph/network.js';
import { explorerStrings } from '../../i18n/strings.js';
import { REVIEW_STEPS, type ReviewStep } from '../../state/review.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { watch } from '../../state/watch.js';
import { el } from '../dom.js';
import { createImportStep } from './import-step.js';
import { createImportedStep } from './imported-step.js';
import { createProposalsStep } from './proposals-step.js';
import { createSourceForm } from './source-form.js';

interface Step {
  element: HTMLElement;
  render: (state: ExplorerState) => void;
  focus: () => void;
}

/** The steps the analyst goes through; `imported` is their end, not a step to go back to. */
const NUMBERED: readonly ReviewStep[] = REVIEW_STEPS.filter((step) => step !== 'imported');

export function createReviewTool(root: HTMLElement, store: Store, graph: CooperationGraph): void {
  const steps: Record<ReviewStep, Step> = {
    source: createSourceForm(store),
    proposals: createProposalsStep({ store, graph }),
    import: createImportStep(store, graph),
    imported: createImportedStep(store),
  };
  const progress = el('ol', { className: 'review-progress' });
  const nav = el('nav', { className: 'review-steps' }, [progress]);
  const kept = el('p', { className: 'field-hint review-kept' });
  const discard = el('button', {
    className: 'button button-small button-danger',
    attrs: { type: 'button', 'data-testid': 'review-discard' },
  });
  discard.addEventListener('click', () => {
    const { language } = store.getState();
    if (!window.confirm(explorerStrings(language).review.discardConfirm)) return;
    store.dispatch({ type: 'review', change: { type: 'discard' } });
  });
  const bodies = REVIEW_STEPS.map((step) => {
    const body = el('div', { className: `review-step review-step-${step}`, attrs: { 'data-step': step } }, [
      steps[step].element,
    ]);
    return [step, body] as const;
  });
  root.replaceChildren(
    el('div', { className: 'review-tool', attrs: { 'data-testid': 'review-tool' } }, [
      el('div', { className: 'review-top' }, [nav, discard]),
      kept,
      ...bodies.map(([, body]) => body),
    ]),
  );

  let shown: ReviewStep | null = null;
  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language).review;
    const { step } = state.review;
    nav.setAttribute('aria-label', text.stepsLabel);
    discard.textContent = text.discard;
    discard.hidden = state.review.extract === null && state.review.input.text === '';
    kept.textContent = discard.hidden || step === 'imported' ? '' : text.kept;
    const current = NUMBERED.indexOf(step);
    progress.replaceChildren(
      ...NUMBERED.map((entry, index) =>
        el('li', {
          className: index < current || step === 'imported' ? 'done' : index === current ? 'current' : '',
          text: text.stepOf(index + 1, NUMBERED.length, text.steps[entry]),
          attrs: { 'aria-current': index === current ? 'step' : null },
        }),
      ),
    );
    for (const [name, body] of bodies) body.hidden = name !== step;
    steps[step].render(state);
    root.dataset.step = step;
    // A new step (not the first drawing of the page) takes the keyboard, if the tool is open.
    if (shown !== null && shown !== step && state.tool === 'review') steps[step].focus();
    shown = step;
  };
  watch(store, ['review', 'language', 'graphVersion'], render);
  render(store.getState());
}
