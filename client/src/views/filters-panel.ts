/**
 * The filters: domain chips, country (any party, or institutions of that country only), institution kind
 * (each described in plain words), agreement kind and status, and a date range slider (two thumbs, whole
 * months). Each change is an action; the network effect asks the API for the filtered
 * network, and the canvas and the counts change together when it answers. Reset clears them all.
 */
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  INSTITUTION_KIND_LABELS,
  INSTITUTION_KINDS,
} from '../../../contract/vocabulary.js';
import { countryName } from '../graph/names.js';
import { type CooperationGraph, domainPalette } from '../graph/network.js';
import { describeError } from '../i18n/describe-error.js';
import { formatPartialDate, vocabularyLabel } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { explorerStrings } from '../i18n/strings.js';
import { activeFilterCount, isFiltered } from '../state/filters.js';
import { monthAt, monthIndex } from '../state/months.js';
import { current } from '../state/reducer.js';
import type { Store } from '../state/store.js';
import type { ExplorerState, FilterKey } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

export function createFiltersPanel(root: HTMLElement, store: Store, graph: CooperationGraph): void {
  const chips = el('div', { className: 'chips', attrs: { role: 'group', 'data-testid': 'domain-chips' } });
  const chipsLabel = el('p', { className: 'field-label' });
  const select = (key: FilterKey, testid: string) => {
    const element = el('select', { attrs: { id: `filter-${testid}`, 'data-testid': `filter-${testid}` } });
    element.addEventListener('change', () =>
      store.dispatch({ type: 'setFilter', key, value: element.value === '' ? null : element.value }),
    );
    const label = el('label', { className: 'field-label', attrs: { for: `filter-${testid}` } });
    return { element, label, field: el('div', { className: 'field' }, [label, element]) };
  };
  const country = select('country', 'country');
  const institutionKind = select('institutionKind', 'institution-kind');
  const kind = select('kind', 'kind');
  const status = select('status', 'status');
  const kindHint = el('p', { className: 'field-hint', attrs: { 'data-testid': 'institution-kind-hint' } });
  const countryHint = el('p', { className: 'field-hint', attrs: { 'data-testid': 'country-hint' } });
  // "Only this country" qualifies the country chosen, so it waits for one.
  const countryOnly = el('input', {
    attrs: { type: 'checkbox', id: 'filter-country-only', 'data-testid': 'filter-country-only' },
  });
  const countryOnlyLabel = el('label', { attrs: { for: 'filter-country-only' } });
  countryOnly.addEventListener('change', () =>
    store.dispatch({ type: 'setFilter', key: 'countryScope', value: countryOnly.checked ? 'only' : null }),
  );

  const datesLabel = el('p', { className: 'field-label' });
  const dateOutput = el('output', {
    className: 'date-output',
    attrs: { 'data-testid': 'filter-dates-value' },
  });
  const range = (end: 'from' | 'to') =>
    el('input', {
      className: `range range-${end}`,
      attrs: { type: 'range', step: '1', 'data-testid': `filter-date-${end}` },
    });
  const fromRange = range('from');
  const toRange = range('to');
  const slider = el('div', { className: 'dual-range' }, [fromRange, toRange]);

  const reset = el('button', {
    className: 'button',
    attrs: { type: 'button', 'data-testid': 'filter-reset' },
  });
  reset.addEventListener('click', () => store.dispatch({ type: 'resetFilters' }));
  const summary = el('p', {
    className: 'filters-summary',
    attrs: { 'aria-live': 'polite', 'data-testid': 'filters-summary' },
  });
  const error = el('div', {
    className: 'inline-error',
    attrs: { role: 'alert', 'data-testid': 'filters-error' },
  });

  root.replaceChildren(
    el('div', { className: 'field' }, [chipsLabel, chips]),
    el('div', { className: 'field-row' }, [country.field, status.field]),
    el('div', { className: 'field field-check' }, [countryOnly, countryOnlyLabel]),
    countryHint,
    el('div', { className: 'field-row' }, [kind.field, institutionKind.field]),
    kindHint,
    el('div', { className: 'field' }, [
      el('div', { className: 'field-head' }, [datesLabel, dateOutput]),
      slider,
    ]),
    el('div', { className: 'form-actions' }, [reset, summary]),
    error,
  );

  // The slider works in month indices; the state keeps `YYYY-MM` (and null at either end: no bound).
  const bounds = (): { low: number; high: number } | null => {
    const dates = current(store.getState().dates);
    if (dates === null) return null;
    const low = monthIndex(dates.first);
    const high = monthIndex(dates.last);
    return low === null || high === null ? null : { low, high };
  };
  const commitDates = (): void => {
    const limits = bounds();
    if (limits === null) return;
    let a = Number(fromRange.value);
    let b = Number(toRange.value);
    if (a > b) [a, b] = [b, a];
    store.dispatch({
      type: 'setDateRange',
      from: a <= limits.low ? null : monthAt(a),
      to: b >= limits.high ? null : monthAt(b),
    });
  };
  const showDates = (language: Language): void => {
    const a = Math.min(Number(fromRange.value), Number(toRange.value));
    const b = Math.max(Number(fromRange.value), Number(toRange.value));
    dateOutput.textContent = `${formatPartialDate(monthAt(a), language)} – ${formatPartialDate(monthAt(b), language)}`;
  };
  for (const input of [fromRange, toRange]) {
    input.addEventListener('input', () => showDates(store.getState().language));
    input.addEventListener('change', commitDates);
  }

  const options = (
    element: HTMLSelectElement,
    any: string,
    values: readonly { value: string; label: string; title?: string }[],
    selected: string | null,
  ): void => {
    element.replaceChildren(
      el('option', { text: any, attrs: { value: '' } }),
      ...values.map(({ value, label, title }) => el('option', { text: label, attrs: { value, title } })),
    );
    element.value = selected ?? '';
  };

  const render = (state: ExplorerState): void => {
    // Chips are rebuilt: keep the keyboard focus on the one that had it.
    const focused = root.contains(document.activeElement)
      ? document.activeElement?.getAttribute('data-testid')
      : null;
    draw(state);
    if (focused) root.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
  };

  const draw = (state: ExplorerState): void => {
    const { language, filters } = state;
    const text = explorerStrings(language);
    chipsLabel.textContent = text.domain;
    const palette = domainPalette(graph);
    const counts = new Map(
      (state.chipCounts ?? current(state.baseline)?.agreementsPerDomain ?? []).map((entry) => [
        entry.id,
        entry.count,
      ]),
    );
    const chip = (id: string | null, label: string, count: number | null) => {
      const pressed = filters.domain === id;
      const button = el('button', {
        className: `chip${pressed ? ' active' : ''}`,
        attrs: {
          type: 'button',
          'aria-pressed': String(pressed),
          'data-testid': `domain-chip-${id ?? 'all'}`,
          'data-domain': id ?? '',
        },
      });
      if (id !== null) {
        const swatch = el('span', { className: 'chip-swatch', attrs: { 'aria-hidden': 'true' } });
        swatch.style.backgroundColor = palette.get(id) ?? '#a3acba';
        button.append(swatch);
      }
      button.append(label);
      if (count !== null) button.append(el('span', { className: 'chip-count', text: String(count) }));
      button.addEventListener('click', () => store.dispatch({ type: 'setFilter', key: 'domain', value: id }));
      return button;
    };
    chips.replaceChildren(
      chip(null, text.allDomains, null),
      ...graph
        .getAttribute('domains')
        .map((domain) =>
          chip(domain.id, language === 'ko' ? domain.nameKo : domain.nameEn, counts.get(domain.id) ?? null),
        ),
    );

    country.label.textContent = text.country;
    options(
      country.element,
      text.anyCountry,
      graph
        .getAttribute('countries')
        .map((entry) => ({ value: entry.code, label: countryName(graph, entry.code, language) })),
      filters.country,
    );
    countryOnlyLabel.textContent = text.countryOnly;
    countryOnly.disabled = filters.country === null;
    countryOnly.checked = filters.countryScope === 'only';
    countryHint.textContent =
      filters.country === null
        ? ''
        : filters.countryScope === 'only'
          ? text.countryOnlyHint
          : text.countryHint;
    institutionKind.label.textContent = text.institutionKind;
    options(
      institutionKind.element,
      text.anyInstitutionKind,
      INSTITUTION_KINDS.map((value) => ({
        value,
        label: vocabularyLabel(INSTITUTION_KIND_LABELS, value, language),
        title: text.institutionKindDescriptions[value],
      })),
      filters.institutionKind,
    );
    kindHint.textContent =
      filters.institutionKind === null
        ? ''
        : `${text.institutionKindDescriptions[filters.institutionKind]}. ${text.institutionKindHint}.`;
    kind.label.textContent = text.agreementKind;
    options(
      kind.element,
      text.anyAgreementKind,
      AGREEMENT_KINDS.map((value) => ({
        value,
        label: vocabularyLabel(AGREEMENT_KIND_LABELS, value, language),
      })),
      filters.kind,
    );
    status.label.textContent = text.status;
    options(
      status.element,
      text.anyStatus,
      AGREEMENT_STATUSES.map((value) => ({
        value,
        label: vocabularyLabel(AGREEMENT_STATUS_LABELS, value, language),
      })),
      filters.status,
    );

    datesLabel.textContent = text.dates;
    const limits = bounds();
    fromRange.disabled = toRange.disabled = limits === null;
    if (limits === null) {
      dateOutput.textContent = state.dates.status === 'loading' ? '…' : text.datesUnavailable;
    } else {
      for (const input of [fromRange, toRange]) {
        input.min = String(limits.low);
        input.max = String(limits.high);
      }
      fromRange.value = String(monthIndex(filters.from ?? '') ?? limits.low);
      toRange.value = String(monthIndex(filters.to ?? '') ?? limits.high);
      fromRange.setAttribute('aria-label', `${text.dates}: ${text.dateFrom}`);
      toRange.setAttribute('aria-label', `${text.dates}: ${text.dateTo}`);
      showDates(language);
    }

    reset.textContent = text.resetFilters;
    reset.disabled = !isFiltered(filters);
    summary.textContent =
      state.view.status === 'loading' ? text.updating : text.activeFilters(activeFilterCount(filters));
    // An empty answer is not an error: views/empty-view.ts says so over the map.
    if (state.view.status === 'error') {
      const { summary: message } = describeError(state.view.error, language);
      error.replaceChildren(el('strong', { text: text.filtersFailed }), el('p', { text: message }));
      error.hidden = false;
    } else {
      error.hidden = true;
    }
  };

  watch(store, ['filters', 'language', 'view', 'dates', 'baseline', 'chipCounts', 'graphVersion'], render);
  render(store.getState());
}
