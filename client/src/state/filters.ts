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
 * The API's query parameters for these filters (the API and the page use the same names). A range that
 * starts in January is sent as its year: the API compares dates as text, so `2024-01` would leave out
 * agreements the sources date only as "2024", which `2024` keeps.
 */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === null) continue;
    params.set(key, key === 'from' && value.endsWith('-01') ? value.slice(0, 4) : value);
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
