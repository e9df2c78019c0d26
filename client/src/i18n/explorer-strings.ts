/** What the explorer's tools say (search, filters, path finder, analysis, legend, export, the panel's actions). */
import type { AgreementSort, PathHop, SEARCH_FIELDS, SearchResult } from '../../../contract/explore.js';
import type { InstitutionKind } from '../../../contract/vocabulary.js';
import type { SizeMetric } from '../state/types.js';
import type { ReviewStrings } from './review-strings.js';

type SearchField = (typeof SEARCH_FIELDS)[number];

export interface ExplorerStrings {
  searchLabel: string;
  searchPlaceholder: string;
  searchShortcut: string;
  searching: string;
  noResults: (query: string) => string;
  searchFailed: string;
  matchedFields: Record<SearchField, string>;
  institution: string;
  agreement: string;
  /** The kind of a search result, as its list shows it. */
  searchTypes: Record<SearchResult['type'], string>;

  tools: {
    filters: string;
    path: string;
    analysis: string;
    table: string;
    review: string;
    export: string;
  };
  closeTool: string;
  layoutRun: string;
  layoutStop: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  canvasControls: string;
  /** The map's two views: institutions linked by agreements, or the agreements as nodes. */
  shape: { label: string; cooperation: string; agreements: string; graphLabel: string };
  agreementCounts: (institutions: number, agreements: number) => string;

  counts: (shown: number, total: number, links: number, agreements: number) => string;
  updating: string;
  truncated: string;
  focusNotice: (count: number) => string;
  showWhole: string;
  /** A large network arriving in pages. */
  loadingPages: (loaded: string, total: string, percent: number) => string;

  filtersTitle: string;
  domain: string;
  allDomains: string;
  country: string;
  anyCountry: string;
  /** What the country filter keeps, with either scope. */
  countryHint: string;
  countryOnly: string;
  countryOnlyHint: string;
  institutionKind: string;
  institutionKindHint: string;
  /** Each kind in plain words, under the control once one is chosen. */
  institutionKindDescriptions: Record<InstitutionKind, string>;
  anyInstitutionKind: string;
  agreementKind: string;
  anyAgreementKind: string;
  status: string;
  anyStatus: string;
  dates: string;
  dateFrom: string;
  dateTo: string;
  datesUnavailable: string;
  resetFilters: string;
  activeFilters: (count: number) => string;
  filtersFailed: string;
  nothingPasses: string;
  clearFilters: string;

  pathTitle: string;
  pathFrom: string;
  pathTo: string;
  pathFromPlaceholder: string;
  pathToPlaceholder: string;
  pathMode: string;
  pathShortest: string;
  pathAllShortest: string;
  maxHops: string;
  pathDomain: string;
  /** The links a path takes only when asked for, as the options name them. */
  pathVia: { event: string; person: string };
  anyDomain: string;
  findPath: string;
  clearPath: string;
  pathPickBoth: string;
  pathSearching: string;
  pathFailed: string;
  pathsFound: (paths: number, hops: number) => string;
  pathNumber: (index: number) => string;
  noPath: string;
  /** Why no path: the hops allowed, whether a domain was required, whether events and people were left out. */
  noPathReason: (maxHops: number, domain: boolean, eventsLeftOut: boolean) => string;
  pathSameEnds: string;
  /** A typed end that names no institution exactly, or several (the list of them follows). */
  pathUnknown: (term: string) => string;
  pathAmbiguous: (term: string) => string;
  relations: Record<PathHop['relation'], string>;
  pathMissing: string;

  analysisTitle: string;
  colourBy: string;
  colourCountry: string;
  colourCommunity: string;
  sizeBy: string;
  metrics: Record<SizeMetric, string>;
  brokers: string;
  brokersHint: string;
  noBrokers: string;
  connected: string;
  communitiesSummary: (count: number, modularity: number | null) => string;
  statsLoading: string;
  statsFailed: string;
  rank: string;
  name: string;

  legendColourCountry: string;
  legendColourCommunity: string;
  community: (index: number) => string;
  otherCommunities: string;
  noCommunity: string;
  legendKinds: string;
  legendSize: (metric: string) => string;
  legendLinks: string;
  severalDomains: string;
  partOf: string;
  linkWidth: string;
  linkCurved: string;

  exportTitle: string;
  exportPng: string;
  exportGexf: string;
  exportGraphml: string;
  exportCsv: string;
  exportNote: string;
  exportFailed: string;

  expand: string;
  expanding: string;
  expanded: (count: number) => string;
  expandedNone: string;
  expandFailed: string;
  focusHere: string;
  pathFromHere: string;
  pathToHere: string;
  agreementsByDomain: string;
  severalDomainsGroup: string;
  agreedAt: string;
  noDomain: string;
  showParties: string;
  partiesShown: string;
  agreementLoading: string;
  agreementFailed: string;
  backTo: (name: string) => string;

  /** The time bar under the map. */
  timeline: TimelineStrings;

  /** A link of the map: its tooltip, its panel, and the institution panel's list of links. */
  links: LinkStrings;
  /** A quote's source: read in its stored text, and cited. */
  evidence: EvidenceStrings;
  /** The table of agreements (views/table/). */
  table: TableStrings;

  /** "Add a source" (review-*.ts). */
  review: ReviewStrings;
}

export interface LinkStrings {
  /** The panel's kicker for each kind of link. */
  cooperation: string;
  partOf: string;
  between: (first: string, second: string) => string;
  isPartOf: (child: string, parent: string) => string;
  agreements: (count: number) => string;
  /** Titles the tooltip leaves out. */
  more: (count: number) => string;
  firstListed: (listed: number, total: number) => string;
  loading: string;
  failed: string;
  notDrawn: string;
  establishedBy: string;
  noSource: string;
  /** The tooltip's last line: what a click opens. */
  clickForAgreements: string;
  clickForSource: string;
  listTitle: string;
  partnerRow: (name: string, agreements: number) => string;
  parentRow: (name: string) => string;
  childRow: (name: string) => string;
}

/** The words of a citation, assembled in each language's order; null parts are left out. */
export interface CitationParts {
  publisher: string | null;
  title: string;
  /** Already formatted. */
  date: string | null;
  url: string | null;
  quote: string | null;
  /** The quote in the interface language, when the quote is in another. */
  translation: string | null;
}

export interface EvidenceStrings {
  showInSource: string;
  copyCitation: string;
  copied: string;
  copyFailed: string;
  /** A title shown in a language other than the interface's: `(in Korean)`. */
  titleLanguage: (language: string) => string | null;
  note: string;
  readerLoading: string;
  readerFailed: string;
  noText: string;
  quoteNotFound: string;
  close: string;
  citation: (parts: CitationParts) => string;
}

export interface TimelineStrings {
  title: string;
  play: string;
  pause: string;
  speed: string;
  /** Months played a second. */
  speedOption: (monthsPerSecond: number) => string;
  /** The handle's words for a month (already formatted) and for its last position. */
  asOf: (month: string) => string;
  today: string;
  showToday: string;
  histogram: string;
  /** A month's column: its entries per status, already formatted. */
  monthEntries: (month: string, entries: string) => string;
  loading: string;
  failed: string;
  empty: string;
  truncated: string;
}

export interface TableStrings {
  /** The table's name, for screen readers. */
  caption: string;
  columns: Record<AgreementSort, string>;
  /** A header's button: what choosing it does. */
  sortBy: (column: string) => string;
  textFilter: string;
  textPlaceholder: string;
  /** Which filters the rows follow: the map's (how many are on) and its month (already formatted). */
  scope: (filters: number, month: string | null) => string;
  changeFilters: string;
  /** Rows shown of how many, numbers already formatted. */
  rows: (first: string, last: string, total: string) => string;
  /** Said when not every row fits one page. */
  cut: string;
  /** Said when there are more rows than the table pages through (their number, formatted). */
  deepest: (rows: string) => string;
  previous: string;
  next: string;
  page: (page: string, pages: string) => string;
  download: string;
  /** The download's file name, without `.csv`. */
  fileName: string;
  showQuote: string;
  hideQuote: string;
  loading: string;
  failed: string;
  empty: string;
}
