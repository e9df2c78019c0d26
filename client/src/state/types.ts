/**
 * The explorer's state, in one place. `ViewState` is what a link reopens (it round-trips through the URL);
 * the rest is what the page has loaded or is loading. Views read this state and dispatch actions; the
 * graphology graph holds the data itself and is never changed to show view state.
 */
import type { GRAPH_SHAPES } from '../../../contract/agreement-graph.js';
import type {
  AgreementList,
  AgreementSort,
  PathMode,
  PathQuery as PathParameters,
  PathsAnswer,
} from '../../../contract/explore.js';
import type {
  AgreementSummary,
  CooperationEdgeAttributes,
  InstitutionDetail,
  NetworkAttributes,
} from '../../../contract/graph.js';
import type { NetworkFilters } from '../../../contract/parameters.js';
import type { Stats } from '../../../contract/stats.js';
import type { Timeline } from '../../../contract/timeline.js';
import type { AgreementViewGraph } from '../graph/agreement-graph.js';
import type { Language } from '../i18n/language.js';
import type { ReviewSession } from './review.js';

export const FILTER_KEYS = [
  'domain',
  'country',
  'countryScope',
  'institutionKind',
  'kind',
  'status',
  'from',
  'to',
] as const satisfies readonly (keyof NetworkFilters)[];
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The filters of `/api/graph` and `/api/stats`, every one always present: null means "any". `from` and
 * `to` are whole months (`YYYY-MM`), which the slider moves in. `countryScope` qualifies `country` and is
 * null whenever `country` is.
 */
export type Filters = { [Key in FilterKey]: NonNullable<NetworkFilters[Key]> | null };

interface Selection {
  /** The institution whose panel is open. */
  institution: string | null;
  /** The agreement whose parties are highlighted (shown in the panel when no institution is open). */
  agreement: string | null;
  /** The link (an edge of the map, by key) whose panel is open: its agreements, or its parent's source. */
  link: string | null;
}

/** The modes the path finder offers: the k shortest paths need a `k` it does not ask for. */
export type OfferedPathMode = Extract<PathMode, 'shortest' | 'all-shortest'>;
export const OFFERED_PATH_MODES = ['shortest', 'all-shortest'] as const satisfies readonly OfferedPathMode[];

/** What the path finder asks `/api/paths`: the parameters it sets, with null for "any domain". */
export type PathQuery = Pick<PathParameters, 'from' | 'to' | 'maxHops' | 'via'> & {
  mode: OfferedPathMode;
  domain: string | null;
};

/** Sigma's camera state (framed-graph coordinates, so it survives a resize). */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export const COLOUR_MODES = ['country', 'community'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export const SIZE_METRICS = ['degree', 'betweenness', 'agreements'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

/** How the map draws the network: institutions linked by shared agreements, or the agreements as nodes. */
export type GraphShape = (typeof GRAPH_SHAPES)[number];

export const TOOLS = ['filters', 'path', 'analysis', 'table', 'review'] as const;
export type Tool = (typeof TOOLS)[number];

export type SortOrder = 'asc' | 'desc';

/** The table view's query; its default and its request are in table.ts. */
export interface TableQuery {
  sort: AgreementSort;
  order: SortOrder;
  /** What the table's own text filter looks for; empty: everything the map's filters let through. */
  text: string;
  /** From 0. */
  page: number;
}

/** What a shared link reopens. */
export interface ViewState {
  language: Language;
  filters: Filters;
  selection: Selection;
  path: PathQuery | null;
  camera: CameraView | null;
  colour: ColourMode;
  size: SizeMetric;
  /**
   * Institutions whose neighbourhoods make up the canvas, for graphs too big to draw whole; empty means
   * the whole network.
   */
  focus: string[];
  /** The open tool panel on the left, if any. */
  tool: Tool | null;
  shape: GraphShape;
  /**
   * The time bar's month (`YYYY-MM`): the map shows the network as it stood at the end of it, only the
   * agreements known by then. Null: as it stands today.
   */
  asOf: string | null;
  /** The table view's sort, words and page (state/table.ts). */
  table: TableQuery;
}

export type Remote<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown; previous: T | null };

/**
 * What the filters let through, as the API answered it: the institutions and edges to draw, with the
 * edges' attributes in the filtered view (fewer shared agreements, fewer domains). Null edges and nodes
 * mean "everything loaded".
 */
export interface NetworkView {
  filtered: boolean;
  nodes: ReadonlySet<string> | null;
  edges: ReadonlyMap<string, EdgeInView> | null;
  truncated: boolean;
}

export type EdgeInView = Pick<CooperationEdgeAttributes, 'agreementIds' | 'domains' | 'weight'>;

export interface PageProgress {
  loaded: number;
  total: number;
}

/** The earliest and latest agreement months, for the date range slider. */
export interface DateBounds {
  first: string;
  last: string;
}

/**
 * What a console result names on the canvas: its institutions, and the links of its agreements and
 * relationships. The canvas dims everything else.
 */
export interface ConsoleHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * What the panel of a link shows: the agreements of a cooperation link (the first ones when it stands for
 * many, with how many there are), or the child of a part-of link with the source of its parent.
 */
export type LinkDetail =
  | { edge: string; relation: 'cooperation'; agreements: AgreementSummary[]; total: number }
  | { edge: string; relation: 'part-of'; child: InstitutionDetail };

export interface ExplorerState extends ViewState {
  /** The page's first load of the network. */
  load: Remote<NetworkAttributes>;
  /**
   * A network too large to come whole arrives in pages: how many institutions are in so far, of how many.
   * Null when it came whole. The canvas draws such a network with its level-of-detail settings.
   */
  pages: PageProgress | null;
  /** The filtered view of the loaded network. */
  view: Remote<NetworkView>;
  stats: Remote<Stats>;
  /** Whole-graph statistics, loaded once: counts per domain for the chips, the vocabulary in use. */
  baseline: Remote<Stats>;
  /**
   * Agreements per domain under every filter but the domain, for the chips: what each chip would keep
   * with the other filters as they are. Null until the first filtered view is in (the baseline's then).
   */
  chipCounts: Stats['agreementsPerDomain'] | null;
  dates: Remote<DateBounds>;
  paths: Remote<PathsAnswer>;
  /** The selected institution's details (names, parent, agreements with their quotes). */
  institution: Remote<InstitutionDetail>;
  agreement: Remote<AgreementSummary>;
  /** Neighbourhoods being fetched. */
  expanding: string[];
  /** How the last expansion went, to tell the user (it may add nothing when all is drawn already). */
  lastExpansion: { id: string; added: number } | { id: string; error: unknown } | null;
  /** The path finder's two ends as picked, before (or since) a path is asked for. */
  pathEnds: { from: string | null; to: string | null };
  hovered: string | null;
  /** The link under the pointer. */
  hoveredLink: string | null;
  /** The selected link's agreements or parent source. */
  link: Remote<LinkDetail>;
  layout: 'running' | 'stopped';
  /** Bumped whenever institutions or links are added to the graph, so views recount. */
  graphVersion: number;
  /** The console's result on the canvas, while it is shown there. */
  consoleHighlight: ConsoleHighlight | null;
  /** Every dated status entry, for the time bar's histogram and for playing the network over time. */
  timeline: Remote<Timeline>;
  /** The time bar is playing: `asOf` moves a month at a time, `speed` months a second. */
  playback: { playing: boolean; speed: number };
  /**
   * `view` cut to the agreements known by the end of `asOf` (graph/time-slice.ts), while a month is
   * chosen and the timeline is in; the canvas and the counts show it instead of `view`.
   */
  timeView: NetworkView | null;
  /**
   * The agreements view's graph (shape `agreements`): institutions and agreements as nodes, placed
   * around the map's positions. Built once per answer and never changed after.
   */
  agreementsView: Remote<AgreementViewGraph>;
  /** The page of agreements the table view shows, for the map's filters and month and its own query. */
  agreementTable: Remote<AgreementList>;
  /** "Add a source": the article under review, its draft and the decisions on it (state/review.ts). */
  review: ReviewSession;
}
