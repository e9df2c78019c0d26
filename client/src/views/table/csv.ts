/** The table's download: the rows shown, in their order and columns, headed by the columns' names. */
import { csvText } from '../../../../contract/csv.js';
import { type Cells, TABLE_COLUMNS, type TableColumn } from './columns.js';

export function tableCsv(headers: Record<TableColumn, string>, rows: readonly Cells[]): string {
  return csvText([
    TABLE_COLUMNS.map((column) => headers[column]),
    ...rows.map((row) => TABLE_COLUMNS.map((column) => row[column])),
  ]);
}
