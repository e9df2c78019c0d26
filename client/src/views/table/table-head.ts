/**
 * The table's header: each column's name is a button that sorts by it (again: the other way), and the
 * sorted column says so with `aria-sort`, so the order is reachable and heard from the keyboard.
 */
import type { ExplorerStrings } from '../../i18n/explorer-strings.js';
import type { TableQuery } from '../../state/types.js';
import { el } from '../dom.js';
import { TABLE_COLUMNS, type TableColumn } from './columns.js';

export interface TableHead {
  element: HTMLTableSectionElement;
  render: (query: TableQuery, text: ExplorerStrings['table']) => void;
}

export function createTableHead(onSort: (column: TableColumn) => void): TableHead {
  const cells = TABLE_COLUMNS.map((column) => {
    const button = el('button', {
      className: 'table-sort',
      attrs: { type: 'button', 'data-testid': `table-sort-${column}` },
    });
    button.addEventListener('click', () => onSort(column));
    const th = el('th', { attrs: { scope: 'col', 'data-column': column } }, [button]);
    return { column, th, button };
  });
  const element = el('thead', {}, [
    el(
      'tr',
      {},
      cells.map(({ th }) => th),
    ),
  ]);

  const render = (query: TableQuery, text: ExplorerStrings['table']): void => {
    for (const { column, th, button } of cells) {
      const sorted = query.sort === column;
      // The arrow only shows what aria-sort says; screen readers hear the attribute.
      const arrow = el('span', {
        className: 'table-sort-arrow',
        text: sorted ? (query.order === 'asc' ? '▲' : '▼') : '',
        attrs: { 'aria-hidden': 'true' },
      });
      button.replaceChildren(text.columns[column], arrow);
      button.title = text.sortBy(text.columns[column]);
      if (sorted) th.setAttribute('aria-sort', query.order === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  };
  return { element, render };
}
