/** The explorer's one reducer: a pure function from a state and an action to the next state. */
import type { Action } from './actions.js';
import { EMPTY_FILTERS } from './filters.js';
import { emptySession, reduceReview } from './review.js';
import { sortBy } from './table.js';
import type { ExplorerState, NetworkView, Remote, ViewState } from './types.js';

export function initialState(view: ViewState): ExplorerState {
  return {
    ...view,
    load: { status: 'idle' },
    pages: null,
    view: { status: 'idle' },
    stats: { status: 'idle' },
    baseline: { status: 'idle' },
    chipCounts: null,
    dates: { status: 'idle' },
    timeline: { status: 'idle' },
    playback: { playing: false, speed: 1 },
    timeView: null,
    agreementsView: { status: 'idle' },
    agreementTable: { status: 'idle' },
    paths: { status: 'idle' },
    institution: { status: 'idle' },
    agreement: { status: 'idle' },
    link: { status: 'idle' },
    expanding: [],
    lastExpansion: null,
    pathEnds: { from: view.path?.from ?? null, to: view.path?.to ?? null },
    hovered: null,
    hoveredLink: null,
    layout: 'stopped',
    graphVersion: 0,
    consoleHighlight: null,
    review: emptySession(),
  };
}

/** The value a remote holds or held, so a view can keep showing it while the next one loads. */
export function current<T>(remote: Remote<T>): T | null {
  if (remote.status === 'ready') return remote.value;
  if (remote.status === 'loading' || remote.status === 'error') return remote.previous;
  return null;
}

/** What the map shows: the network as of the time bar's month when one is chosen, else the filtered view. */
export function shownView(state: ExplorerState): NetworkView | null {
  return state.asOf !== null && state.timeView !== null ? state.timeView : current(state.view);
}

const loading = <T>(remote: Remote<T>): Remote<T> => ({ status: 'loading', previous: current(remote) });
const failed = <T>(remote: Remote<T>, error: unknown): Remote<T> => ({
  status: 'error',
  error,
  previous: current(remote),
});

/** Other filters or another month make other rows: the table starts again from its first page. */
const firstPage = (state: ExplorerState): ExplorerState['table'] =>
  state.table.page === 0 ? state.table : { ...state.table, page: 0 };

export function reduce(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case 'setLanguage':
      return { ...state, language: action.language };
    case 'setFilter': {
      const filters = { ...state.filters, [action.key]: action.value };
      // "Only this country" means nothing without a country: the next country starts from "any party".
      if (filters.country === null) filters.countryScope = null;
      return { ...state, filters, table: firstPage(state) };
    }
    case 'setDateRange':
      return {
        ...state,
        filters: { ...state.filters, from: action.from, to: action.to },
        table: firstPage(state),
      };
    case 'resetFilters':
      return { ...state, filters: EMPTY_FILTERS, table: firstPage(state) };
    case 'selectInstitution':
      // Choosing it again changes nothing (and costs no redraw: a double click's first click lands here).
      if (
        state.selection.institution === action.id &&
        state.selection.agreement === null &&
        state.selection.link === null
      )
        return state;
      // A new institution closes the agreement of the previous one, and the link's panel.
      return { ...state, selection: { institution: action.id, agreement: null, link: null } };
    case 'selectAgreement':
      return { ...state, selection: { ...state.selection, agreement: action.id, link: null } };
    case 'selectLink':
      return state.selection.link === action.id && action.id !== null
        ? state
        : { ...state, selection: { institution: null, agreement: null, link: action.id } };
    case 'clearSelection':
      return { ...state, selection: { institution: null, agreement: null, link: null } };
    case 'hover':
      return state.hovered === action.id ? state : { ...state, hovered: action.id };
    case 'hoverLink':
      return state.hoveredLink === action.id ? state : { ...state, hoveredLink: action.id };
    case 'setPathEnd':
      return { ...state, pathEnds: { ...state.pathEnds, [action.end]: action.id }, tool: 'path' };
    case 'findPath':
      return {
        ...state,
        path: action.query,
        pathEnds: { from: action.query.from, to: action.query.to },
        tool: 'path',
      };
    case 'clearPath':
      return { ...state, path: null, paths: { status: 'idle' } };
    case 'setCamera':
      return { ...state, camera: action.camera };
    case 'setColour':
      return { ...state, colour: action.colour };
    case 'setSize':
      return { ...state, size: action.size };
    case 'openTool':
      return { ...state, tool: action.tool };
    case 'expand':
      return state.focus.includes(action.id) && state.focus.length > 0
        ? state
        : { ...state, focus: state.focus.length === 0 ? state.focus : [...state.focus, action.id] };
    case 'focusOn':
      return { ...state, focus: [action.id], camera: null };
    case 'showWholeNetwork':
      return { ...state, focus: [], camera: null };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'setShape':
      return { ...state, shape: action.shape };
    case 'setAsOf':
      if (state.asOf === action.month) return state;
      // Back to today: the map shows the filtered view again at once.
      return {
        ...state,
        asOf: action.month,
        timeView: action.month === null ? null : state.timeView,
        table: firstPage(state),
      };
    case 'sortTable':
      return { ...state, table: sortBy(state.table, action.column) };
    case 'searchTable':
      return state.table.text === action.text
        ? state
        : { ...state, table: { ...state.table, text: action.text, page: 0 } };
    case 'showTablePage':
      return { ...state, table: { ...state.table, page: Math.max(0, action.page) } };
    case 'setPlayback':
      return { ...state, playback: { playing: action.playing, speed: action.speed ?? state.playback.speed } };
    case 'restoreView':
      return {
        ...state,
        ...action.view,
        pathEnds:
          action.view.path === null
            ? state.pathEnds
            : { from: action.view.path.from, to: action.view.path.to },
      };
    case 'highlightConsoleResult':
      return state.consoleHighlight === null && action.highlight === null
        ? state
        : { ...state, consoleHighlight: action.highlight };

    case 'loadStarted':
      return { ...state, load: loading(state.load) };
    case 'loadSucceeded':
      return {
        ...state,
        load: { status: 'ready', value: action.attributes },
        pages: action.pages,
        graphVersion: state.graphVersion + 1,
      };
    case 'pageLoaded':
      return {
        ...state,
        pages: { loaded: action.loaded, total: action.total },
        graphVersion: state.graphVersion + 1,
      };
    case 'loadFailed':
      return { ...state, load: failed(state.load, action.error) };
    case 'viewStarted':
      return { ...state, view: loading(state.view), stats: loading(state.stats) };
    case 'viewSucceeded':
      return {
        ...state,
        view: { status: 'ready', value: action.view },
        stats: action.stats === null ? state.stats : { status: 'ready', value: action.stats },
      };
    case 'viewFailed':
      return { ...state, view: failed(state.view, action.error), stats: failed(state.stats, action.error) };
    case 'statsFailed':
      return { ...state, stats: failed(state.stats, action.error) };
    case 'chipCountsLoaded':
      return { ...state, chipCounts: action.counts };
    case 'baselineSucceeded':
      return { ...state, baseline: { status: 'ready', value: action.stats } };
    case 'baselineFailed':
      return { ...state, baseline: failed(state.baseline, action.error) };
    case 'datesSucceeded':
      return { ...state, dates: { status: 'ready', value: action.dates } };
    case 'datesFailed':
      return { ...state, dates: failed(state.dates, action.error) };
    case 'timelineSucceeded':
      return { ...state, timeline: { status: 'ready', value: action.timeline } };
    case 'timelineFailed':
      return { ...state, timeline: failed(state.timeline, action.error) };
    case 'agreementsViewStarted':
      return { ...state, agreementsView: loading(state.agreementsView) };
    case 'agreementsViewSucceeded':
      return { ...state, agreementsView: { status: 'ready', value: action.graph } };
    case 'agreementsViewFailed':
      return { ...state, agreementsView: failed(state.agreementsView, action.error) };
    case 'timeViewComputed':
      return { ...state, timeView: action.view };
    case 'tableStarted':
      return { ...state, agreementTable: loading(state.agreementTable) };
    case 'tableSucceeded':
      return { ...state, agreementTable: { status: 'ready', value: action.list } };
    case 'tableFailed':
      return { ...state, agreementTable: failed(state.agreementTable, action.error) };
    case 'pathsStarted':
      return { ...state, paths: loading(state.paths) };
    case 'pathsSucceeded':
      // Typed ends are resolved now: the pickers name the institutions the answer found.
      return {
        ...state,
        paths: { status: 'ready', value: action.answer },
        pathEnds: { from: action.answer.from.id, to: action.answer.to.id },
      };
    case 'pathsFailed':
      return { ...state, paths: failed(state.paths, action.error) };
    case 'institutionStarted':
      return { ...state, institution: { status: 'loading', previous: null } };
    case 'institutionSucceeded':
      return { ...state, institution: { status: 'ready', value: action.institution } };
    case 'institutionFailed':
      return { ...state, institution: failed(state.institution, action.error) };
    case 'agreementStarted':
      return { ...state, agreement: { status: 'loading', previous: null } };
    case 'agreementSucceeded':
      return { ...state, agreement: { status: 'ready', value: action.agreement } };
    case 'agreementFailed':
      return { ...state, agreement: failed(state.agreement, action.error) };
    case 'linkStarted':
      return { ...state, link: { status: 'loading', previous: null } };
    case 'linkSucceeded':
      return { ...state, link: { status: 'ready', value: action.link } };
    case 'linkFailed':
      return { ...state, link: failed(state.link, action.error) };
    case 'expandStarted':
      return { ...state, expanding: [...state.expanding, action.id], lastExpansion: null };
    case 'expandSucceeded':
      return {
        ...state,
        expanding: state.expanding.filter((id) => id !== action.id),
        lastExpansion: { id: action.id, added: action.added },
      };
    case 'expandFailed':
      return {
        ...state,
        expanding: state.expanding.filter((id) => id !== action.id),
        lastExpansion: { id: action.id, error: action.error },
      };
    case 'graphChanged':
      return { ...state, graphVersion: state.graphVersion + 1 };
    case 'review':
      return { ...state, review: reduceReview(state.review, action.change) };
    case 'datasetImported':
      // The agreement and institution shown may have new evidence: they are loaded again.
      return {
        ...state,
        institution: { status: 'idle' },
        agreement: { status: 'idle' },
        link: { status: 'idle' },
      };
  }
}
