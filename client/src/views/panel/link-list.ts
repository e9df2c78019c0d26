/**
 * The institution panel's links as the map draws them: each partner (with the agreements shared), its
 * parent and its children, a button that opens the link's panel — the keyboard's way to a link.
 */
import { nodeLabel } from '../../graph/network.js';
import { edgeInView } from '../../graph/view-model.js';
import { explorerStrings } from '../../i18n/strings.js';
import { shownView } from '../../state/reducer.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import type { PanelContext } from './parts.js';

export function linkList(
  { graph, store }: PanelContext,
  state: ExplorerState,
  id: string,
): HTMLElement | null {
  if (!graph.hasNode(id)) return null;
  const text = explorerStrings(state.language).links;
  const view = shownView(state);
  const rows: { label: string; edge: string; weight: number }[] = [];
  graph.forEachEdge(id, (edge, attributes, source, target) => {
    const shown = edgeInView(graph, view, edge);
    if (shown === null) return;
    const other = nodeLabel(graph.getNodeAttributes(source === id ? target : source), state.language);
    const label =
      attributes.relation === 'cooperation'
        ? text.partnerRow(other, shown.agreementIds.length)
        : source === id
          ? text.parentRow(other)
          : text.childRow(other);
    rows.push({
      label,
      edge,
      weight: attributes.relation === 'cooperation' ? shown.agreementIds.length : Infinity,
    });
  });
  if (rows.length === 0) return null;
  rows.sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  return el('section', { className: 'link-list', attrs: { 'data-testid': 'panel-links' } }, [
    el('h3', { className: 'section-title', text: text.listTitle }),
    el(
      'ul',
      { className: 'ref-list' },
      rows.map(({ label, edge }) => {
        const button = el('button', {
          className: 'link-button',
          text: label,
          attrs: { type: 'button', 'data-link': edge, 'data-testid': 'open-link' },
        });
        button.addEventListener('click', () => store.dispatch({ type: 'selectLink', id: edge }));
        return el('li', {}, [button]);
      }),
    ),
  ]);
}
