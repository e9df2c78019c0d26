/**
 * The rows of a result as a table. Values reach the page as text only (through `el`), never as HTML:
 * whatever a query returns cannot inject markup.
 */
import { el } from '../views/dom.js';
import { formatValue, isNodeValue, isPathValue, isRelationshipValue } from './values.js';

/** Long values are cut in the cell; the full value is in its tooltip. */
const MAX_CELL_CHARS = 300;

export function renderResultsTable(columns: string[], rows: unknown[][]): HTMLTableElement {
  const head = el('thead', {}, [
    el(
      'tr',
      {},
      columns.map((column) => el('th', { text: column, attrs: { scope: 'col' } })),
    ),
  ]);
  const body = el(
    'tbody',
    {},
    rows.map((row) =>
      el(
        'tr',
        {},
        columns.map((_column, index) => renderCell(row[index])),
      ),
    ),
  );
  return el('table', { className: 'console-table', attrs: { 'data-testid': 'console-table' } }, [head, body]);
}

function renderCell(value: unknown): HTMLTableCellElement {
  const text = formatValue(value);
  const kind = isNodeValue(value)
    ? 'node'
    : isRelationshipValue(value)
      ? 'relationship'
      : isPathValue(value)
        ? 'path'
        : value === null || value === undefined
          ? 'null'
          : typeof value;
  const full = typeof value === 'object' && value !== null ? JSON.stringify(value, null, 1) : text;
  return el('td', {
    className: `console-value console-value-${kind}`,
    text: text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text,
    attrs: { title: full.length > 4_000 ? `${full.slice(0, 4_000)}…` : full },
  });
}
