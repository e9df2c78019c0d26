/**
 * An agreement's parties, edited: each party's institution (one the article names, as decided, or one
 * of the graph) and its role; a party removed or added, from the article's institutions or found in the
 * graph by the search box.
 */
import { PARTY_ROLES, type PartyRole } from '../../../../contract/vocabulary.js';
import { vocabularyLabel } from '../../i18n/format.js';
import { explorerStrings, strings } from '../../i18n/strings.js';
import type { DraftAgreement } from '../../state/review.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { createSearchBox } from '../search-box.js';
import { institutionProposals } from './draft-state.js';
import { controlId } from './fields.js';
import { institutionName } from './names.js';
import type { CardContext } from './proposal-card.js';

type Party = DraftAgreement['parties'][number];

export function partyEditor(
  context: CardContext,
  state: ExplorerState,
  agreement: DraftAgreement,
): HTMLElement {
  const { language } = state;
  const text = explorerStrings(language).review;
  const page = strings(language);
  const extract = state.review.extract!;
  const { decisions } = state.review;
  const name = (id: string): string => institutionName(extract, decisions, context.graph, id, language);
  const setParties = (parties: Party[]): void =>
    context.store.dispatch({
      type: 'review',
      change: { type: 'editAgreement', id: agreement.id, patch: { parties } },
    });
  const proposals = institutionProposals(extract).map((proposal) => proposal.id);
  const others = agreement.parties.map((party) => party.institution).filter((id) => !proposals.includes(id));

  const rows = agreement.parties.map((party, index) => {
    const institutionId = controlId('agreement', agreement.id, 'party', index, 'institution');
    const roleId = controlId('agreement', agreement.id, 'party', index, 'role');
    const institution = el(
      'select',
      {
        attrs: {
          id: institutionId,
          'data-testid': 'review-party-institution',
          'aria-label': text.partyInstitution(index + 1),
        },
      },
      [
        el(
          'optgroup',
          { attrs: { label: text.draftInstitutions } },
          proposals.map((id) => el('option', { text: name(id), attrs: { value: id } })),
        ),
        others.length > 0 &&
          el(
            'optgroup',
            { attrs: { label: text.graphInstitutions } },
            [...new Set(others)].map((id) => el('option', { text: name(id), attrs: { value: id } })),
          ),
      ],
    );
    institution.value = party.institution;
    institution.addEventListener('change', () =>
      setParties(
        agreement.parties.map((entry, i) =>
          i === index ? { ...entry, institution: institution.value } : entry,
        ),
      ),
    );
    const role = el(
      'select',
      { attrs: { id: roleId, 'data-testid': 'review-party-role', 'aria-label': text.partyRole(index + 1) } },
      PARTY_ROLES.map((value) =>
        el('option', { text: vocabularyLabel(page.partyRoles, value, language), attrs: { value } }),
      ),
    );
    role.value = party.role;
    role.addEventListener('change', () =>
      setParties(
        agreement.parties.map((entry, i) =>
          i === index ? { ...entry, role: role.value as PartyRole } : entry,
        ),
      ),
    );
    const remove = el('button', {
      className: 'icon-button',
      text: '×',
      attrs: {
        type: 'button',
        id: controlId('agreement', agreement.id, 'party', index, 'remove'),
        'aria-label': text.removeParty(name(party.institution)),
        title: text.removeParty(name(party.institution)),
        'data-testid': 'review-party-remove',
      },
    });
    remove.addEventListener('click', () => setParties(agreement.parties.filter((_, i) => i !== index)));
    return el('li', { className: 'review-party' }, [institution, role, remove]);
  });

  const add = el('button', {
    className: 'button button-small',
    text: text.addParty,
    attrs: {
      type: 'button',
      id: controlId('agreement', agreement.id, 'party-add'),
      'data-testid': 'review-party-add',
    },
  });
  const unused = proposals.find((id) => !agreement.parties.some((party) => party.institution === id));
  add.disabled = unused === undefined;
  add.addEventListener('click', () => {
    if (unused !== undefined) setParties([...agreement.parties, { institution: unused, role: 'party' }]);
  });
  const search = createSearchBox({
    id: controlId('agreement', agreement.id, 'party-search'),
    language,
    type: 'institution',
    label: (current) => explorerStrings(current).review.addFromGraph,
    placeholder: (current) => explorerStrings(current).review.addFromGraphPlaceholder,
    onChoose: (result) => {
      if (agreement.parties.some((party) => party.institution === result.id)) return;
      setParties([...agreement.parties, { institution: result.id, role: 'party' }]);
    },
  });

  return el('fieldset', { className: 'review-parties' }, [
    el('legend', { className: 'field-label', text: text.parties }),
    el('ol', { className: 'review-party-list' }, rows),
    el('div', { className: 'form-actions' }, [add]),
    el('div', { className: 'field' }, [
      el('span', { className: 'field-label', text: text.addFromGraph, attrs: { 'aria-hidden': 'true' } }),
      search.element,
    ]),
  ]);
}
