/** The panel for an agreement on its own (chosen from the search or a path): its card, once it is in. */
import { AGREEMENT_KIND_LABELS } from '../../../../contract/vocabulary.js';
import { vocabularyLabel } from '../../i18n/format.js';
import { explorerStrings } from '../../i18n/strings.js';
import { current } from '../../state/reducer.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { agreementCard, errorBox, panelHeader, type PanelContext } from './parts.js';

export function agreementView(context: PanelContext, state: ExplorerState): Node[] {
  const { language } = state;
  const text = explorerStrings(language);
  const loaded = current(state.agreement);
  const agreement = loaded?.id === state.selection.agreement ? loaded : null;
  const kicker = [text.agreement];
  if (agreement !== null) kicker.push(vocabularyLabel(AGREEMENT_KIND_LABELS, agreement.kind, language));
  const name =
    agreement === null
      ? (state.selection.agreement ?? '')
      : language === 'ko'
        ? agreement.titleKo
        : agreement.titleEn;
  const other = agreement === null ? null : language === 'ko' ? agreement.titleEn : agreement.titleKo;
  let body: Node;
  if (agreement !== null) body = agreementCard(context, state, agreement, null);
  else if (state.agreement.status === 'error') {
    body = errorBox(language, text.agreementFailed, state.agreement.error, () =>
      context.store.dispatch({ type: 'selectAgreement', id: state.selection.agreement }),
    );
  } else
    body = el('p', { className: 'panel-status', text: text.agreementLoading, attrs: { role: 'status' } });
  return [
    panelHeader(context, state, { kicker, name, other, acronym: null }),
    el('div', { className: 'panel-body' }, [body]),
  ];
}
