/**
 * The explorer's state, in one place. `ViewState` is what a link reopens (it round-trips through the URL);
 * the rest is what the page has loaded or is loading. Views read this state and dispatch actions; the
 * graphology graph holds the data itself and is never changed to show view state.
 */
import type { GRAPH_SHAPES } from '../../../contract/agreement-graph.js';
import type { PathMode, PathQuery as PathParameters, PathsAnswer } from '../../../contract/explore.js';
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

export const TOOLS = ['filters', 'path', 'analysis', 'review'] as const;
export type Tool = (typeof TOOLS)[number];

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
  /** "Add a source": the article under review, its draft and the decisions on it (state/review.ts). */
  review: ReviewSession;
}
