/**
 * The view state in the address bar: every filter, the selection, the path query, the camera, the
 * colouring and sizing, the focus, the table's query and the language, so that a copied link reopens the
 * same view. Parsing is forgiving: a value it does not understand is dropped, never an error, since links are
 * typed, truncated and edited by hand.
 */
import { GRAPH_SHAPES } from '../../../contract/agreement-graph.js';
import { AGREEMENT_SORTS } from '../../../contract/explore.js';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  DEFAULT_PATH_LINKS,
  INSTITUTION_KINDS,
  PATH_LINKS,
} from '../../../contract/vocabulary.js';
import { isLanguage, type Language } from '../i18n/language.js';
import { EMPTY_FILTERS } from './filters.js';
import { isMonth } from './months.js';
import { DEFAULT_TABLE, sortBy, TABLE_MAX_ROWS, TABLE_PAGE_SIZE, TABLE_TEXT_LIMIT } from './table.js';
import {
  COLOUR_MODES,
  OFFERED_PATH_MODES,
  SIZE_METRICS,
  TOOLS,
  type CameraView,
  type Filters,
  type PathQuery,
  type TableQuery,
  type ViewState,
} from './types.js';

/** Parameter names; filters use the API's own names so a link reads like the request it makes. */
const P = {
  language: 'lang',
  institution: 'institution',
  agreement: 'agreement',
  link: 'link',
  pathFrom: 'pathFrom',
  pathTo: 'pathTo',
  pathMode: 'pathMode',
  maxHops: 'maxHops',
  pathDomain: 'pathDomain',
  pathVia: 'pathVia',
  camera: 'camera',
  colour: 'colour',
  size: 'size',
  focus: 'focus',
  tool: 'tool',
  shape: 'shape',
  asOf: 'asOf',
  tableSort: 'tableSort',
  tableOrder: 'tableOrder',
  tableText: 'tableText',
  tablePage: 'tablePage',
} as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An edge key of the map: `cooperation:<id>:<id>` or `part-of:<child>:<parent>`. */
const LINK = /^(?:cooperation|part-of):[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
export const DEFAULT_MAX_HOPS = 8;
export const MAX_HOPS_LIMIT = 12;

export function defaultViewState(language: Language): ViewState {
  return {
    language,
    filters: EMPTY_FILTERS,
    selection: { institution: null, agreement: null, link: null },
    path: null,
    camera: null,
    colour: 'country',
    size: 'degree',
    focus: [],
    tool: null,
    shape: 'cooperation',
    asOf: null,
    table: DEFAULT_TABLE,
  };
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function id(value: string | null): string | null {
  return value !== null && ID.test(value) && value.length <= 100 ? value : null;
}

/** `fallbackLanguage` applies when the link names none (the user's last choice, or English). */
export function parseViewState(search: string, fallbackLanguage: Language): ViewState {
  const params = new URLSearchParams(search);
  const get = (name: string): string | null => params.get(name);
  const language = get(P.language);
  const state = defaultViewState(isLanguage(language) ? language : fallbackLanguage);

  const filters: Filters = {
    domain: id(get('domain')),
    country: COUNTRY.test(get('country') ?? '') ? get('country') : null,
    countryScope: null,
    institutionKind: oneOf(INSTITUTION_KINDS, get('institutionKind')),
    kind: oneOf(AGREEMENT_KINDS, get('kind')),
    status: oneOf(AGREEMENT_STATUSES, get('status')),
    from: isMonth(get('from')) ? get('from') : null,
    to: isMonth(get('to')) ? get('to') : null,
  };
  // Only "only" is written (any is the default), and only beside a country it qualifies.
  if (filters.country !== null) filters.countryScope = oneOf(['only'] as const, get('countryScope'));
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  state.filters = filters;
  // A link's panel is one selection on its own: it wins over an institution named beside it.
  const link = LINK.test(get(P.link) ?? '') ? get(P.link) : null;
  state.selection =
    link === null
      ? { institution: id(get(P.institution)), agreement: id(get(P.agreement)), link: null }
      : { institution: null, agreement: null, link };
  state.path = parsePath(params);
  state.camera = parseCamera(get(P.camera));
  state.colour = oneOf(COLOUR_MODES, get(P.colour)) ?? 'country';
  state.size = oneOf(SIZE_METRICS, get(P.size)) ?? 'degree';
  state.focus = [
    ...new Set(
      (get(P.focus) ?? '')
        .split(',')
        .map((part) => id(part.trim()))
        .filter((part): part is string => part !== null),
    ),
  ];
  state.tool = oneOf(TOOLS, get(P.tool));
  state.shape = oneOf(GRAPH_SHAPES, get(P.shape)) ?? 'cooperation';
  state.asOf = isMonth(get(P.asOf)) ? get(P.asOf) : null;
  state.table = parseTable(params);
  return state;
}

/** The page is counted from 1 in the link, as the table shows it. */
function parseTable(params: URLSearchParams): TableQuery {
  const sort = oneOf(AGREEMENT_SORTS, params.get(P.tableSort));
  const order = oneOf(['asc', 'desc'] as const, params.get(P.tableOrder));
  const page = Number(params.get(P.tablePage));
  return {
    sort: sort ?? DEFAULT_TABLE.sort,
    // A link that names only a column sorts it the way choosing it does.
    order: order ?? (sort === null ? DEFAULT_TABLE.order : sortBy(DEFAULT_TABLE, sort).order),
    text: (params.get(P.tableText) ?? '').trim().slice(0, TABLE_TEXT_LIMIT),
    page: Number.isInteger(page) && page >= 1 && page <= TABLE_MAX_ROWS / TABLE_PAGE_SIZE ? page - 1 : 0,
  };
}

function parsePath(params: URLSearchParams): PathQuery | null {
  const from = params.get(P.pathFrom)?.trim() ?? '';
  const to = params.get(P.pathTo)?.trim() ?? '';
  if (from === '' || to === '' || from.length > 200 || to.length > 200) return null;
  const hops = Number(params.get(P.maxHops));
  return {
    from,
    to,
    mode: oneOf(OFFERED_PATH_MODES, params.get(P.pathMode)) ?? 'shortest',
    maxHops: Number.isInteger(hops) && hops >= 1 && hops <= MAX_HOPS_LIMIT ? hops : DEFAULT_MAX_HOPS,
    domain: id(params.get(P.pathDomain)),
    via: pathLinks(params.get(P.pathVia)),
  };
}

/** `agreement,parent,event`: the known links in their canonical order; the default when none is known. */
function pathLinks(value: string | null): PathQuery['via'] {
  const asked = new Set(value?.split(',') ?? []);
  const known = PATH_LINKS.filter((link) => asked.has(link));
  return known.length > 0 ? known : [...DEFAULT_PATH_LINKS];
}

function parseCamera(value: string | null): CameraView | null {
  if (value === null) return null;
  const parts = value.split(',').map(Number);
  const [x, y, ratio] = parts;
  if (parts.length !== 3 || x === undefined || y === undefined || ratio === undefined) return null;
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return null;
  return { x, y, ratio };
}

/** The query string for a view (without `?`), with defaults left out so links stay short. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set(P.language, state.language);
  for (const [key, value] of Object.entries(state.filters) as [keyof Filters, string | null][]) {
    if (value !== null) params.set(key, value);
  }
  if (state.selection.institution !== null) params.set(P.institution, state.selection.institution);
  if (state.selection.agreement !== null) params.set(P.agreement, state.selection.agreement);
  if (state.selection.link !== null) params.set(P.link, state.selection.link);
  if (state.path !== null) {
    params.set(P.pathFrom, state.path.from);
    params.set(P.pathTo, state.path.to);
    if (state.path.mode !== 'shortest') params.set(P.pathMode, state.path.mode);
    if (state.path.maxHops !== DEFAULT_MAX_HOPS) params.set(P.maxHops, String(state.path.maxHops));
    if (state.path.domain !== null) params.set(P.pathDomain, state.path.domain);
    if (state.path.via.join(',') !== DEFAULT_PATH_LINKS.join(','))
      params.set(P.pathVia, state.path.via.join(','));
  }
  if (state.colour !== 'country') params.set(P.colour, state.colour);
  if (state.size !== 'degree') params.set(P.size, state.size);
  if (state.focus.length > 0) params.set(P.focus, state.focus.join(','));
  if (state.tool !== null) params.set(P.tool, state.tool);
  if (state.shape !== 'cooperation') params.set(P.shape, state.shape);
  if (state.asOf !== null) params.set(P.asOf, state.asOf);
  const { table } = state;
  if (table.sort !== DEFAULT_TABLE.sort || table.order !== DEFAULT_TABLE.order) {
    params.set(P.tableSort, table.sort);
    params.set(P.tableOrder, table.order);
  }
  if (table.text !== '') params.set(P.tableText, table.text);
  if (table.page !== 0) params.set(P.tablePage, String(table.page + 1));
  if (state.camera !== null) {
    const { x, y, ratio } = state.camera;
    params.set(P.camera, [x, y, ratio].map((value) => round(value)).join(','));
  }
  // URLSearchParams encodes commas; they are safe in a query and far easier to read.
  return params.toString().replaceAll('%2C', ',');
}

/** Four decimals: a tenth of a pixel on a large screen, and short links. */
function round(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

/** The parts of the view a link carries, to tell whether the address bar needs an update. */
export function viewStateOf(state: ViewState): ViewState {
  const { language, filters, selection, path, camera, colour, size, focus, tool, shape, asOf, table } = state;
  return { language, filters, selection, path, camera, colour, size, focus, tool, shape, asOf, table };
}
