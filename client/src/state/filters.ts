/** Filters as values: empty, compared, and written as the query parameters of the API. */
import { FILTER_KEYS, type Filters } from './types.js';

export const EMPTY_FILTERS: Filters = {
  domain: null,
  country: null,
  countryScope: null,
  institutionKind: null,
  kind: null,
  status: null,
  from: null,
  to: null,
};

export function isFiltered(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== null);
}

export function activeFilterCount(filters: Filters): number {
  // The date range is one control, so one filter however many of its ends are set; the country's scope is
  // part of the country's.
  const dates = filters.from !== null || filters.to !== null ? 1 : 0;
  const counted = FILTER_KEYS.filter((key) => !['from', 'to', 'countryScope'].includes(key));
  return counted.filter((key) => filters[key] !== null).length + dates;
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_KEYS.every((key) => a[key] === b[key]);
}

/**
 * The API's query parameters for these filters (the API and the page use the same names; months go as
 * they are: the API keeps an agreement dated only "2024" for any month of that year).
 */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== null) params.set(key, value);
  }
  return params;
}

/**
 * The filters the server applies to the view. With a month chosen on the time bar the status filter
 * means "had that status then", which the page tells from the timeline (graph/time-slice.ts): the view
 * it cuts from is asked for without it.
 */
export function serverFilters(filters: Filters, asOf: string | null): Filters {
  return asOf === null || filters.status === null ? filters : { ...filters, status: null };
}
