/**
 * The side panel. views/panel/ holds it: the selected institution (institution-view.ts) or the selected
 * agreement on its own (agreement-view.ts), built from the pieces in parts.ts, each agreement a card with
 * its evidence (agreement-card.ts), and the institution's actions (panel-actions.ts). The views read the
 * state and dispatch; the panel is drawn anew on each change, so this file keeps what a redraw would
 * lose: the scroll position and the keyboard focus.
 */
import type { CooperationGraph } from '../../graph/network.js';
import type { Language } from '../../i18n/language.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { watch } from '../../state/watch.js';
import { agreementView } from './agreement-view.js';
import type { SourceReading } from './evidence.js';
import { institutionView } from './institution-view.js';
import { linkView } from './link-view.js';
import type { PanelContext } from './parts.js';

export interface PanelOptions {
  root: HTMLElement;
  graph: CooperationGraph;
  store: Store;
  onRetry: () => void;
  readSource: (reading: SourceReading) => void;
}

export interface InstitutionPanel {
  /** Moves keyboard focus to the panel's title (after choosing from the search). */
  focus: () => void;
}

export function createPanel({ root, graph, store, onRetry, readSource }: PanelOptions): InstitutionPanel {
  const context: PanelContext = { graph, store, onRetry, readSource };
  let rendered: { key: string; language: Language } | null = null;

  const render = (state: ExplorerState): void => {
    const { institution, agreement, link } = state.selection;
    if (institution === null && agreement === null && link === null) {
      root.hidden = true;
      root.replaceChildren();
      delete root.dataset.institution;
      delete root.dataset.agreement;
      delete root.dataset.link;
      rendered = null;
      return;
    }
    const key = `${institution ?? ''}|${agreement ?? ''}|${link ?? ''}`;
    const before = rendered?.key.split('|');
    const keepScroll =
      before?.[0] === (institution ?? '') &&
      before[2] === (link ?? '') &&
      rendered?.language === state.language;
    const scrollTop = keepScroll ? (root.querySelector('.panel-body')?.scrollTop ?? 0) : 0;
    const content =
      link !== null
        ? linkView(context, state, link)
        : institution !== null
          ? institutionView(context, state, institution)
          : agreementView(context, state);
    // The panel is drawn anew on each change: keep the keyboard where it was (the title, a button).
    const focused = root.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    root.replaceChildren(...content);
    if (focused !== null) root.querySelector<HTMLElement>(focused)?.focus({ preventScroll: true });
    root.hidden = false;
    root.dataset.status =
      link !== null
        ? state.link.status
        : institution !== null
          ? state.institution.status
          : state.agreement.status;
    if (link !== null) root.dataset.link = link;
    else delete root.dataset.link;
    if (institution !== null) root.dataset.institution = institution;
    else delete root.dataset.institution;
    if (agreement !== null) root.dataset.agreement = agreement;
    else delete root.dataset.agreement;
    const body = root.querySelector('.panel-body');
    if (body !== null) body.scrollTop = scrollTop;
    rendered = { key, language: state.language };
  };

  watch(
    store,
    [
      'selection',
      'institution',
      'agreement',
      'link',
      'load',
      'language',
      'expanding',
      'lastExpansion',
      'focus',
      'graphVersion',
    ],
    render,
  );
  render(store.getState());

  return {
    focus: () => root.querySelector<HTMLElement>('#panel-title')?.focus(),
  };
}

/** A selector that finds the same control after a re-render. */
function focusKey(element: Element | null): string | null {
  if (element === null) return null;
  if (element.id !== '') return `#${CSS.escape(element.id)}`;
  const testid = element.getAttribute('data-testid');
  const card = element.closest('article[data-agreement]')?.getAttribute('data-agreement');
  if (testid !== null && card)
    return `article[data-agreement="${CSS.escape(card)}"] [data-testid="${testid}"]`;
  return testid === null ? null : `[data-testid="${testid}"]`;
}
