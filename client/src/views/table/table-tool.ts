/**
 * The table view ("data laboratory"): the agreements the map's filters and month let through, one page
 * at a time, sorted by any column and narrowed by its own words, with the page as a CSV download. It
 * reads the store and dispatches; the rows come from effects/agreement-table.ts.
 */
import type { CooperationGraph } from '../../graph/network.js';
import { domainName } from '../../graph/names.js';
import { describeError } from '../../i18n/describe-error.js';
import { formatPartialDate } from '../../i18n/format.js';
import { explorerStrings } from '../../i18n/strings.js';
import { activeFilterCount } from '../../state/filters.js';
import { current } from '../../state/reducer.js';
import type { Store } from '../../state/store.js';
import { pageCount, TABLE_MAX_ROWS, TABLE_PAGE_SIZE, TABLE_TEXT_LIMIT } from '../../state/table.js';
import type { ExplorerState } from '../../state/types.js';
import { watch } from '../../state/watch.js';
import { el } from '../dom.js';
import { type CellContext, cellsOf } from './columns.js';
import { tableCsv } from './csv.js';
import { saveText } from './download.js';
import { createTableHead } from './table-head.js';
import { type RowActions, renderRows } from './table-rows.js';

/** Typing waits this long for the next key before it asks the server, as the search does. */
const TYPING_MS = 250;

export function createTableTool(
  root: HTMLElement,
  store: Store,
  graph: CooperationGraph,
  actions: RowActions,
): void {
  const input = el('input', {
    className: 'table-text',
    attrs: {
      type: 'search',
      id: 'table-text',
      maxlength: String(TABLE_TEXT_LIMIT),
      'data-testid': 'table-text',
    },
  });
  const inputLabel = el('label', { attrs: { for: 'table-text' } });
  let typing = 0;
  const search = (): void => {
    window.clearTimeout(typing);
    store.dispatch({ type: 'searchTable', text: input.value.trim() });
  };
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(search, TYPING_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') search();
  });

  const download = el('button', {
    className: 'button button-small',
    attrs: { type: 'button', 'data-testid': 'table-download' },
  });
  const scope = el('span', { className: 'table-scope', attrs: { 'data-testid': 'table-scope' } });
  const changeFilters = el('button', { className: 'table-link', attrs: { type: 'button' } });
  changeFilters.addEventListener('click', () => store.dispatch({ type: 'openTool', tool: 'filters' }));
  const summary = el('p', {
    className: 'table-summary',
    attrs: { 'aria-live': 'polite', 'data-testid': 'table-summary' },
  });

  const head = createTableHead((column) => store.dispatch({ type: 'sortTable', column }));
  const body = el('tbody');
  const caption = el('caption', { className: 'visually-hidden' });
  const table = el('table', { className: 'data-table', attrs: { 'data-testid': 'agreement-table' } }, [
    caption,
    head.element,
    body,
  ]);
  const scroller = el('div', { className: 'table-scroll' }, [table]);

  const previous = el('button', {
    className: 'button button-small',
    attrs: { type: 'button', 'data-testid': 'table-previous' },
  });
  const next = el('button', {
    className: 'button button-small',
    attrs: { type: 'button', 'data-testid': 'table-next' },
  });
  const page = el('span', { className: 'table-page', attrs: { 'data-testid': 'table-page' } });
  const turn = (by: number) => () =>
    store.dispatch({ type: 'showTablePage', page: store.getState().table.page + by });
  previous.addEventListener('click', turn(-1));
  next.addEventListener('click', turn(1));

  // The count sits with the page buttons, below the rows, leaving the sheet's height to the rows.
  const pager = el('div', { className: 'table-pager' }, [summary, previous, page, next]);
  const tool = el('div', { className: 'table-tool', attrs: { 'data-testid': 'table-tool' } }, [
    el('div', { className: 'table-controls' }, [
      inputLabel,
      input,
      download,
      el('p', { className: 'table-scope-line' }, [scope, ' ', changeFilters]),
    ]),
    scroller,
    pager,
  ]);
  root.replaceChildren(tool);

  const cellContext = (state: ExplorerState): CellContext => ({
    language: state.language,
    domainName: (id) => domainName(graph, id, state.language),
  });
  // The rows on the screen, also while the next page loads: the file holds what the user sees.
  download.addEventListener('click', () => {
    const state = store.getState();
    const shown = current(state.agreementTable);
    if (shown === null) return;
    const text = explorerStrings(state.language).table;
    const context = cellContext(state);
    const csv = tableCsv(
      text.columns,
      shown.agreements.map((agreement) => cellsOf(agreement, context)),
    );
    const page = Math.floor(shown.offset / TABLE_PAGE_SIZE) + 1;
    saveText(csv, `${text.fileName}-${page}.csv`, 'text/csv;charset=utf-8');
  });

  const renderControls = (state: ExplorerState): void => {
    const text = explorerStrings(state.language).table;
    inputLabel.textContent = text.textFilter;
    input.placeholder = text.textPlaceholder;
    // The link or the browser's history may bring other words than those typed.
    if (document.activeElement !== input && input.value.trim() !== state.table.text)
      input.value = state.table.text;
    download.textContent = text.download;
    caption.textContent = text.caption;
    scope.textContent = text.scope(
      activeFilterCount(state.filters),
      state.asOf === null ? null : formatPartialDate(state.asOf, state.language),
    );
    changeFilters.textContent = text.changeFilters;
    head.render(state.table, text);
    previous.textContent = `‹ ${text.previous}`;
    next.textContent = `${text.next} ›`;
  };

  const renderRowsAndCounts = (state: ExplorerState): void => {
    const text = explorerStrings(state.language).table;
    const remote = state.agreementTable;
    const list = current(remote);
    tool.dataset.status = remote.status;
    scroller.setAttribute('aria-busy', String(remote.status === 'loading'));
    renderRows(body, list?.agreements ?? [], cellContext(state), text, actions);
    markSelected(state);

    const total = list?.total ?? 0;
    const format = new Intl.NumberFormat(state.language === 'ko' ? 'ko-KR' : 'en-US');
    const first = (list?.offset ?? 0) + 1;
    const last = (list?.offset ?? 0) + (list?.agreements.length ?? 0);
    const pages = pageCount(total);
    const pageIndex = Math.floor((list?.offset ?? 0) / TABLE_PAGE_SIZE);
    if (remote.status === 'error') summary.textContent = describeError(remote.error, state.language).summary;
    else if (list === null) summary.textContent = text.loading;
    else if (total === 0) summary.textContent = text.empty;
    else
      summary.textContent = [
        text.rows(format.format(first), format.format(last), format.format(total)),
        total > TABLE_PAGE_SIZE ? text.cut : null,
        total > TABLE_MAX_ROWS ? text.deepest(format.format(TABLE_MAX_ROWS)) : null,
      ]
        .filter(Boolean)
        .join(' ');
    summary.classList.toggle('inline-error', remote.status === 'error');
    tool.dataset.total = String(total);
    tool.dataset.rows = String(list?.agreements.length ?? 0);
    page.textContent = text.page(format.format(pageIndex + 1), format.format(pages));
    previous.disabled = remote.status === 'loading' || pageIndex === 0;
    next.disabled = remote.status === 'loading' || pageIndex >= pages - 1;
    download.disabled = list === null || list.agreements.length === 0;
  };

  const markSelected = (state: ExplorerState): void => {
    for (const row of body.rows) {
      const selected = row.dataset.agreement === state.selection.agreement;
      row.classList.toggle('selected', selected);
      if (selected) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
  };

  watch(store, ['language', 'table', 'filters', 'asOf'], renderControls);
  watch(store, ['agreementTable', 'language', 'load'], renderRowsAndCounts);
  watch(store, ['selection'], markSelected);
  renderControls(store.getState());
  renderRowsAndCounts(store.getState());
}
