/**
 * The table view's query (in types.ts: the column it sorts by and which way, the words it looks for, and
 * the page it shows) as a value: its default, its sorting and its request. The rows themselves come from
 * `/api/agreements`, which sorts and pages them, so a graph of fifty thousand agreements is never held
 * or drawn whole.
 */
import type { AgreementSort } from '../../../contract/explore.js';
import type { Language } from '../i18n/language.js';
import { filterParams } from './filters.js';
import { lastDayOf } from './months.js';
import type { Filters, SortOrder, TableQuery } from './types.js';

export const DEFAULT_TABLE: TableQuery = { sort: 'date', order: 'desc', text: '', page: 0 };

/** Rows a page shows (the API answers at most 200). */
export const TABLE_PAGE_SIZE = 100;

/** The longest text filter the API takes. */
export const TABLE_TEXT_LIMIT = 100;

/** Which way a column sorts when first chosen: dates and amounts largest first, as analysts ask of them. */
const FIRST_ORDER: Record<AgreementSort, SortOrder> = {
  date: 'desc',
  amount: 'desc',
  currency: 'asc',
  title: 'asc',
  parties: 'asc',
  kind: 'asc',
  status: 'asc',
  domains: 'asc',
  quote: 'asc',
};

/** Choosing the sorted column again turns its order round; another column starts its own way. */
export function sortBy(query: TableQuery, column: AgreementSort): TableQuery {
  const order = query.sort !== column ? FIRST_ORDER[column] : query.order === 'asc' ? 'desc' : 'asc';
  return { ...query, sort: column, order, page: 0 };
}

/**
 * The rows the table pages through. The server sorts the rows up to a page's end, and on the generated
 * 10k graph (50,000 agreements) sorting by titles or quotes past about 25,000 passes its memory cap:
 * the table stops well before, and says so; sorting the other way or a filter reaches the rest.
 */
export const TABLE_MAX_ROWS = 10_000;

/** The pages for `total` rows (at least one, so an empty table is "page 1 of 1"), up to TABLE_MAX_ROWS. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(Math.min(total, TABLE_MAX_ROWS) / TABLE_PAGE_SIZE));
}

/**
 * The query of `/api/agreements` for a table page: the map's filters and month (the API reads the status
 * filter as the status then, as the time bar does), the table's words, sort and page, and the language its
 * text columns sort in.
 */
export function tableParams(
  filters: Filters,
  asOf: string | null,
  table: TableQuery,
  language: Language,
): URLSearchParams {
  const params = filterParams(filters);
  if (asOf !== null) params.set('asOf', lastDayOf(asOf));
  if (table.text.trim() !== '') params.set('q', table.text.trim());
  params.set('sort', table.sort);
  params.set('order', table.order);
  params.set('lang', language);
  params.set('limit', String(TABLE_PAGE_SIZE));
  params.set('offset', String(table.page * TABLE_PAGE_SIZE));
  return params;
}
