/** The explorer's state: the reducer, the store, the URL round trip, and months for the date slider. */
import { describe, expect, it } from 'vitest';

import type { Action } from '../../client/src/state/actions.js';
import {
  activeFilterCount,
  EMPTY_FILTERS,
  filterParams,
  isFiltered,
} from '../../client/src/state/filters.js';
import { firstMonthOf, monthAt, monthIndex } from '../../client/src/state/months.js';
import { current, initialState, reduce } from '../../client/src/state/reducer.js';
import { createStore } from '../../client/src/state/store.js';
import type { ExplorerState, ViewState } from '../../client/src/state/types.js';
import {
  defaultViewState,
  parseViewState,
  serializeViewState,
  viewStateOf,
} from '../../client/src/state/url.js';

const run = (actions: Action[], from: ExplorerState = initialState(defaultViewState('en'))): ExplorerState =>
  actions.reduce(reduce, from);

describe('the reducer', () => {
  it('selecting another institution drops the agreement chosen in the previous one', () => {
    const state = run([
      { type: 'selectInstitution', id: 'us-nist' },
      { type: 'selectAgreement', id: 'kriss-nist-quantum-computer-cooperation' },
      { type: 'selectInstitution', id: 'kr-kriss' },
    ]);
    expect(state.selection).toEqual({ institution: 'kr-kriss', agreement: null, link: null });
  });

  it('expanding grows the focus only when the canvas shows neighbourhoods, not the whole network', () => {
    expect(run([{ type: 'expand', id: 'kr-msit' }]).focus).toEqual([]);
    const focused = run([
      { type: 'focusOn', id: 'kr-msit' },
      { type: 'expand', id: 'us-nsf' },
      { type: 'expand', id: 'us-nsf' },
    ]);
    expect(focused.focus).toEqual(['kr-msit', 'us-nsf']);
    expect(run([{ type: 'showWholeNetwork' }], focused).focus).toEqual([]);
  });

  it('asking for a path opens the path finder and fills its ends', () => {
    const state = run([
      {
        type: 'findPath',
        query: {
          from: 'kr-keit',
          to: 'us-nist',
          mode: 'shortest',
          maxHops: 8,
          domain: null,
          via: ['agreement', 'parent'],
        },
      },
    ]);
    expect(state.tool).toBe('path');
    expect(state.pathEnds).toEqual({ from: 'kr-keit', to: 'us-nist' });
    expect(run([{ type: 'clearPath' }], state).path).toBeNull();
  });

  it('keeps what a remote held while the next answer loads or fails', () => {
    const ready = run([{ type: 'baselineSucceeded', stats: { truncated: false } as never }]);
    expect(current(ready.baseline)).toEqual({ truncated: false });
    const failed = run([{ type: 'baselineFailed', error: new Error('down') }], ready);
    expect(failed.baseline.status).toBe('error');
    expect(current(failed.baseline)).toEqual({ truncated: false });
  });

  it('filters are set one by one, as a date range, and reset together', () => {
    const state = run([
      { type: 'setFilter', key: 'domain', value: 'quantum' },
      { type: 'setFilter', key: 'status', value: 'agreed' },
      { type: 'setDateRange', from: '2023-06', to: null },
    ]);
    expect(activeFilterCount(state.filters)).toBe(3);
    expect(filterParams(state.filters).toString()).toBe('domain=quantum&status=agreed&from=2023-06');
    expect(isFiltered(run([{ type: 'resetFilters' }], state).filters)).toBe(false);
  });

  it('"this country only" counts as part of the country filter and goes when the country does', () => {
    const state = run([
      { type: 'setFilter', key: 'country', value: 'KR' },
      { type: 'setFilter', key: 'countryScope', value: 'only' },
    ]);
    expect(activeFilterCount(state.filters)).toBe(1);
    expect(filterParams(state.filters).toString()).toBe('country=KR&countryScope=only');
    const cleared = run([{ type: 'setFilter', key: 'country', value: null }], state);
    expect(cleared.filters.countryScope).toBeNull();
    expect(isFiltered(cleared.filters)).toBe(false);
    // A link that says "only" without a country, or "any" (the default), opens on any party.
    expect(parseViewState('countryScope=only', 'en').filters.countryScope).toBeNull();
    expect(parseViewState('country=KR&countryScope=any', 'en').filters.countryScope).toBeNull();
  });
});

describe('the store', () => {
  it('tells listeners every action in order, also those dispatched by a listener', () => {
    const store = createStore(initialState(defaultViewState('en')));
    const seen: string[] = [];
    store.subscribe((state, _previous, action) => {
      seen.push(`${action.type}:${state.selection.institution ?? '-'}`);
      if (action.type === 'selectInstitution' && action.id === 'a')
        store.dispatch({ type: 'selectInstitution', id: 'b' });
    });
    store.dispatch({ type: 'selectInstitution', id: 'a' });
    expect(seen).toEqual(['selectInstitution:a', 'selectInstitution:b']);
    expect(store.getState().selection.institution).toBe('b');
  });
});

describe('the view in the URL', () => {
  const view: ViewState = {
    language: 'ko',
    filters: {
      ...EMPTY_FILTERS,
      domain: 'quantum',
      country: 'US',
      countryScope: 'only',
      kind: 'mou',
      from: '2023-05',
      to: '2024-02',
    },
    selection: { institution: 'us-nist', agreement: 'kriss-nist-quantum-computer-cooperation', link: null },
    path: {
      from: 'kr-keit',
      to: 'us-nist',
      mode: 'all-shortest',
      maxHops: 5,
      domain: 'standards',
      via: ['agreement', 'parent', 'event'],
    },
    camera: { x: 0.4123, y: 0.61, ratio: 0.5 },
    colour: 'community',
    size: 'betweenness',
    focus: ['kr-msit', 'us-nsf'],
    tool: 'path',
    shape: 'agreements',
    asOf: '2024-06',
    table: { sort: 'amount', order: 'asc', text: 'NIST 양자', page: 2 },
  };

  it('round-trips every part of the view', () => {
    const query = serializeViewState(view);
    expect(parseViewState(query, 'en')).toEqual(view);
    expect(query).toContain('camera=0.4123,0.61,0.5');
    expect(query).toContain('focus=kr-msit,us-nsf');
    expect(new URLSearchParams(query).get('pathVia')).toBe('agreement,parent,event');
    expect(query).toContain('shape=agreements');
    expect(query).toContain('asOf=2024-06');
    // The table's page counts from 1 in the link, as the table shows it.
    expect(new URLSearchParams(query).get('tablePage')).toBe('3');
  });

  it('leaves defaults out so that links stay short', () => {
    expect(serializeViewState(defaultViewState('en'))).toBe('lang=en');
    expect(viewStateOf(initialState(defaultViewState('en')))).toEqual(defaultViewState('en'));
  });

  it('drops what it does not understand instead of failing', () => {
    const parsed = parseViewState(
      '?lang=fr&domain=Not%20An%20Id&country=usa&kind=treaty&status=agreed&from=2024-13&to=2023-01' +
        '&institution=../etc&camera=1,2&colour=rainbow&size=degree&focus=ok-id,,BAD&tool=console&pathFrom=KEIT',
      'ko',
    );
    expect(parsed.language).toBe('ko');
    expect(parsed.filters).toEqual({ ...EMPTY_FILTERS, status: 'agreed', to: '2023-01' });
    expect(parsed.selection.institution).toBeNull();
    expect(parsed.camera).toBeNull();
    expect(parsed.colour).toBe('country');
    expect(parsed.focus).toEqual(['ok-id']);
    expect(parsed.tool).toBeNull();
    expect(parsed.path).toBeNull();
  });

  it('orders a date range given backwards', () => {
    const parsed = parseViewState('from=2024-03&to=2023-07', 'en');
    expect([parsed.filters.from, parsed.filters.to]).toEqual(['2023-07', '2024-03']);
  });
});

describe('months', () => {
  it('reads partial dates as the months they may mean', () => {
    expect(firstMonthOf('2024')).toBe('2024-01');
    expect(firstMonthOf('2023-12-09')).toBe('2023-12');
    const index = monthIndex('2023-12');
    expect(index).not.toBeNull();
    expect(monthAt(index! + 1)).toBe('2024-01');
    expect(monthIndex('2023-13')).toBeNull();
  });
});
