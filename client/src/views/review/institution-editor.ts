/**
 * An institution proposal's card: which institution it is (a candidate the graph or the gazetteer
 * knows, or a new one) and, for one the graph lacks, its record: names, acronym, kind and country.
 * Rejecting it while an accepted agreement names it says which agreements still need it.
 */
import type { InstitutionProposal } from '../../../../contract/extract.js';
import {
  INSTITUTION_KIND_LABELS,
  INSTITUTION_KINDS,
  type InstitutionKind,
} from '../../../../contract/vocabulary.js';
import { vocabularyLabel } from '../../i18n/format.js';
import { explorerStrings, strings } from '../../i18n/strings.js';
import type { InstitutionFields } from '../../state/review.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { agreementsNeeding, targetId } from './draft-state.js';
import { controlId, selectField, textField } from './fields.js';
import { agreementTitle } from './names.js';
import {
  cardFrame,
  type CardContext,
  isEditing,
  markFocused,
  type ProposalCard,
  verdictOf,
} from './proposal-card.js';

const NEW = '';

export function institutionSignature(state: ExplorerState, proposal: InstitutionProposal): string {
  const decision = state.review.decisions.institutions[proposal.id];
  const item = { type: 'institution' as const, id: proposal.id };
  return JSON.stringify([state.language, decision?.verdict, decision?.target, isEditing(state, item)]);
}

export function institutionCard(
  context: CardContext,
  state: ExplorerState,
  proposal: InstitutionProposal,
): ProposalCard {
  const { language } = state;
  const text = explorerStrings(language).review;
  const page = strings(language);
  const extract = state.review.extract!;
  const decision = state.review.decisions.institutions[proposal.id]!;
  const item = { type: 'institution' as const, id: proposal.id };
  const chosen = proposal.candidates.find((candidate) => candidate.id === decision.target) ?? null;
  const edit = (fields: Partial<InstitutionFields>): void =>
    context.store.dispatch({ type: 'review', change: { type: 'editInstitution', id: proposal.id, fields } });

  const identity = selectField({
    id: controlId('institution', proposal.id, 'identity'),
    label: text.identity,
    value: decision.target ?? NEW,
    choices: [
      ...proposal.candidates.map((candidate) => {
        const name = language === 'ko' ? candidate.nameKo : candidate.nameEn;
        const acronym = candidate.acronym === null ? '' : ` (${candidate.acronym})`;
        const where = candidate.in === 'graph' ? text.inGraph : text.inReference;
        return [candidate.id, `${name}${acronym} — ${where}`] as const;
      }),
      [NEW, text.keepNew] as const,
    ],
    onInput: (value) =>
      context.store.dispatch({
        type: 'review',
        change: { type: 'chooseInstitution', id: proposal.id, target: value === NEW ? null : value },
      }),
  });
  const written = targetId(extract, proposal, decision);
  const note = el('p', {
    className: 'field-hint',
    text: chosen?.in === 'graph' ? text.graphRecordNote(written) : text.newRecordNote(written),
  });

  const editor =
    isEditing(state, item) && chosen?.in !== 'graph'
      ? el(
          'div',
          { className: 'review-editor', attrs: { id: controlId('institution', proposal.id, 'editor') } },
          [
            textField({
              id: controlId('institution', proposal.id, 'nameEn'),
              label: page.nameEn,
              value: decision.fields.nameEn,
              lang: 'en',
              onInput: (nameEn) => edit({ nameEn }),
            }).element,
            textField({
              id: controlId('institution', proposal.id, 'nameKo'),
              label: page.nameKo,
              value: decision.fields.nameKo,
              lang: 'ko',
              onInput: (nameKo) => edit({ nameKo }),
            }).element,
            el('div', { className: 'field-row review-wrap' }, [
              textField({
                id: controlId('institution', proposal.id, 'acronym'),
                label: page.acronym,
                value: decision.fields.acronym,
                onInput: (acronym) => edit({ acronym }),
              }).element,
              textField({
                id: controlId('institution', proposal.id, 'country'),
                label: page.country,
                value: decision.fields.country,
                hint: text.countryHint,
                onInput: (country) => edit({ country: country.toUpperCase() }),
              }).element,
            ]),
            selectField({
              id: controlId('institution', proposal.id, 'kind'),
              label: page.kind,
              value: decision.fields.kind,
              choices: INSTITUTION_KINDS.map(
                (kind) => [kind, vocabularyLabel(INSTITUTION_KIND_LABELS, kind, language)] as const,
              ),
              onInput: (kind) => edit({ kind: kind as InstitutionKind }),
            }).element,
          ],
        )
      : null;

  const warning = el('p', {
    className: 'review-warning',
    attrs: { role: 'alert', 'data-testid': 'review-needed-by' },
  });
  const element = cardFrame(
    context,
    state,
    proposal,
    { name: proposal.name, badges: [text.match[proposal.match]], lang: extract.language },
    [identity.element, note, editor, warning],
  );

  const update = (next: ExplorerState): void => {
    markFocused(element, next, item);
    const needing =
      verdictOf(next, item) === 'rejected' ? agreementsNeeding(next.review.decisions, proposal.id) : [];
    const words = explorerStrings(next.language).review;
    warning.textContent =
      needing.length === 0
        ? ''
        : words.neededBy(needing.map((id) => agreementTitle(next.review.decisions, id, next.language)));
    warning.hidden = needing.length === 0;
    const current = next.review.decisions.institutions[proposal.id];
    if (current !== undefined && chosen?.in !== 'graph') {
      note.textContent = words.newRecordNote(targetId(next.review.extract!, proposal, current));
    }
  };
  update(state);
  return { element, signature: institutionSignature(state, proposal), update };
}
