/**
 * The rows of one page: a row's title (or anywhere on the row) selects its agreement on the map and
 * opens its panel; a party's name selects that institution. Long quotes show their first words, the
 * whole quote on demand.
 */
import type { AgreementSummary } from '../../../../contract/graph.js';
import type { ExplorerStrings } from '../../i18n/explorer-strings.js';
import { el } from '../dom.js';
import {
  type CellContext,
  cellsOf,
  LIST_SEPARATOR,
  shorten,
  sortedParties,
  TABLE_COLUMNS,
  type TableColumn,
} from './columns.js';

/** Characters of a quote a row shows before "whole quote". */
const QUOTE_PREVIEW = 90;

export interface RowActions {
  agreement: (id: string) => void;
  institution: (id: string) => void;
}

export function renderRows(
  body: HTMLTableSectionElement,
  agreements: readonly AgreementSummary[],
  context: CellContext,
  text: ExplorerStrings['table'],
  actions: RowActions,
): void {
  const amounts = new Intl.NumberFormat(context.language === 'ko' ? 'ko-KR' : 'en-US');
  body.replaceChildren(
    ...agreements.map((agreement) => {
      const cells = cellsOf(agreement, context);
      const cell = (column: TableColumn): HTMLTableCellElement => {
        const td = el('td', { attrs: { 'data-column': column } });
        if (column === 'title') td.append(titleButton(agreement.id, cells.title, actions));
        else if (column === 'parties') td.append(...partyButtons(agreement, context, actions));
        else if (column === 'quote') {
          td.lang = cells.quote === agreement.evidence[0]?.quoteKo ? 'ko' : 'en';
          td.append(...quote(cells.quote, text));
        } else if (column === 'amount' && cells.amount !== '')
          td.textContent = amounts.format(Number(cells.amount));
        else td.textContent = cells[column];
        return td;
      };
      const row = el('tr', { attrs: { 'data-agreement': agreement.id } }, TABLE_COLUMNS.map(cell));
      row.addEventListener('click', () => actions.agreement(agreement.id));
      return row;
    }),
  );
}

function titleButton(id: string, title: string, actions: RowActions): HTMLButtonElement {
  const button = el('button', { className: 'table-link', text: title, attrs: { type: 'button' } });
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    actions.agreement(id);
  });
  return button;
}

function partyButtons(agreement: AgreementSummary, context: CellContext, actions: RowActions): Node[] {
  const parties = sortedParties(agreement, context.language);
  return parties.flatMap(({ id, name }, index) => {
    const button = el('button', {
      className: 'table-link table-party',
      text: name,
      attrs: { type: 'button', 'data-institution': id },
    });
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      actions.institution(id);
    });
    // The separator holds on to the name before it, so a line never starts with it.
    if (index === parties.length - 1) return [button];
    return [
      el('span', { className: 'table-party-item' }, [button, LIST_SEPARATOR.trimEnd()]),
      document.createTextNode(' '),
    ];
  });
}

function quote(full: string, text: ExplorerStrings['table']): Node[] {
  const short = shorten(full, QUOTE_PREVIEW);
  const words = el('span', {
    className: 'table-quote',
    text: short,
    attrs: { 'data-testid': 'table-quote' },
  });
  if (short === full) return [words];
  const toggle = el('button', {
    className: 'table-more',
    text: text.showQuote,
    attrs: { type: 'button', 'aria-expanded': 'false' },
  });
  toggle.addEventListener('click', (event) => {
    event.stopPropagation();
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    words.textContent = open ? full : short;
    toggle.textContent = open ? text.hideQuote : text.showQuote;
    toggle.setAttribute('aria-expanded', String(open));
  });
  return [words, document.createTextNode(' '), toggle];
}
