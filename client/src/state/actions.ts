/** Everything that can change the explorer's state. Views dispatch these; effects dispatch the answers. */
import type { AgreementList, AgreementSort, PathsAnswer } from '../../../contract/explore.js';
import type { AgreementSummary, InstitutionDetail, NetworkAttributes } from '../../../contract/graph.js';
import type { Stats } from '../../../contract/stats.js';
import type { Timeline } from '../../../contract/timeline.js';
import type { AgreementViewGraph } from '../graph/agreement-graph.js';
import type { Language } from '../i18n/language.js';
import type { ReviewChange } from './review.js';
import type {
  CameraView,
  ColourMode,
  ConsoleHighlight,
  DateBounds,
  FilterKey,
  GraphShape,
  LinkDetail,
  NetworkView,
  PageProgress,
  PathQuery,
  SizeMetric,
  Tool,
  ViewState,
} from './types.js';

export type Action =
  // What the user asks for
  | { type: 'setLanguage'; language: Language }
  | { type: 'setFilter'; key: FilterKey; value: string | null }
  | { type: 'setDateRange'; from: string | null; to: string | null }
  | { type: 'resetFilters' }
  | { type: 'selectInstitution'; id: string | null }
  | { type: 'selectAgreement'; id: string | null }
  /** Opens a link's panel (an edge key), closing the institution's or agreement's. */
  | { type: 'selectLink'; id: string | null }
  | { type: 'clearSelection' }
  | { type: 'hover'; id: string | null }
  | { type: 'hoverLink'; id: string | null }
  | { type: 'setPathEnd'; end: 'from' | 'to'; id: string | null }
  | { type: 'findPath'; query: PathQuery }
  | { type: 'clearPath' }
  | { type: 'setCamera'; camera: CameraView | null }
  | { type: 'setColour'; colour: ColourMode }
  | { type: 'setSize'; size: SizeMetric }
  | { type: 'openTool'; tool: Tool | null }
  | { type: 'expand'; id: string }
  | { type: 'focusOn'; id: string }
  | { type: 'showWholeNetwork' }
  | { type: 'setLayout'; layout: 'running' | 'stopped' }
  | { type: 'setShape'; shape: GraphShape }
  /** The time bar's month; null shows the network as it stands today. */
  | { type: 'setAsOf'; month: string | null }
  | { type: 'setPlayback'; playing: boolean; speed?: number }
  /** The table view: sort by a column (again: the other way), look for words, turn to a page. */
  | { type: 'sortTable'; column: AgreementSort }
  | { type: 'searchTable'; text: string }
  | { type: 'showTablePage'; page: number }
  /** The browser went back or forward: the address bar's view replaces the current one. */
  | { type: 'restoreView'; view: ViewState }
  /** The console shows its result on the canvas (null: it stops). */
  | { type: 'highlightConsoleResult'; highlight: ConsoleHighlight | null }
  /** A step of the review of an article's draft (state/review.ts). */
  | { type: 'review'; change: ReviewChange }
  // What the effects report
  | { type: 'loadStarted' }
  | { type: 'loadSucceeded'; attributes: NetworkAttributes; pages: PageProgress | null }
  /** Another page of a large network was merged into the graph. */
  | { type: 'pageLoaded'; loaded: number; total: number }
  | { type: 'loadFailed'; error: unknown }
  | { type: 'viewStarted' }
  | { type: 'viewSucceeded'; view: NetworkView; stats: Stats | null }
  | { type: 'viewFailed'; error: unknown }
  | { type: 'statsFailed'; error: unknown }
  | { type: 'chipCountsLoaded'; counts: Stats['agreementsPerDomain'] }
  | { type: 'baselineSucceeded'; stats: Stats }
  | { type: 'baselineFailed'; error: unknown }
  | { type: 'datesSucceeded'; dates: DateBounds }
  | { type: 'datesFailed'; error: unknown }
  | { type: 'timelineSucceeded'; timeline: Timeline }
  | { type: 'timelineFailed'; error: unknown }
  | { type: 'agreementsViewStarted' }
  | { type: 'agreementsViewSucceeded'; graph: AgreementViewGraph }
  | { type: 'agreementsViewFailed'; error: unknown }
  /** The network as of the chosen month was cut from the view (null: no month chosen). */
  | { type: 'timeViewComputed'; view: NetworkView | null }
  | { type: 'tableStarted' }
  | { type: 'tableSucceeded'; list: AgreementList }
  | { type: 'tableFailed'; error: unknown }
  | { type: 'pathsStarted' }
  | { type: 'pathsSucceeded'; answer: PathsAnswer }
  | { type: 'pathsFailed'; error: unknown }
  | { type: 'institutionStarted' }
  | { type: 'institutionSucceeded'; institution: InstitutionDetail }
  | { type: 'institutionFailed'; error: unknown }
  | { type: 'agreementStarted' }
  | { type: 'agreementSucceeded'; agreement: AgreementSummary }
  | { type: 'agreementFailed'; error: unknown }
  | { type: 'linkStarted' }
  | { type: 'linkSucceeded'; link: LinkDetail }
  | { type: 'linkFailed'; error: unknown }
  | { type: 'expandStarted'; id: string }
  | { type: 'expandSucceeded'; id: string; added: number }
  | { type: 'expandFailed'; id: string; error: unknown }
  | { type: 'graphChanged' }
  /** A data set was written to the graph: what the page loaded of it is out of date. */
  | { type: 'datasetImported'; agreements: string[] };
