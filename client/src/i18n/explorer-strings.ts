/**
 * The words of the explorer's tools (search, filters, path finder, analysis, legend, export), in both
 * languages. The page's own words and the shared formatters are in i18n.ts.
 */
import type { SEARCH_FIELDS } from '../../../contract/explore.js';
import type { Language } from './strings.js';
import type { SizeMetric } from '../state/types.js';

type SearchField = (typeof SEARCH_FIELDS)[number];
type HopRelation = 'PARTY_TO' | 'PART_OF' | 'AGREED_AT' | 'HOLDS' | 'CHAIRS';

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

  tools: { filters: string; path: string; analysis: string; export: string };
  closeTool: string;
  layoutRun: string;
  layoutStop: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  canvasControls: string;

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
  institutionKind: string;
  institutionKindHint: string;
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
  anyDomain: string;
  findPath: string;
  clearPath: string;
  pathPickBoth: string;
  pathSearching: string;
  pathFailed: string;
  pathsFound: (paths: number, hops: number) => string;
  pathNumber: (index: number) => string;
  noPath: string;
  relations: Record<HopRelation, string>;
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
}

const EN: ExplorerStrings = {
  searchLabel: 'Search institutions and agreements',
  searchPlaceholder: 'Search a name, acronym or alias (한국어 / English)',
  searchShortcut: 'Press / to search',
  searching: 'Searching…',
  noResults: (query) => `Nothing matches “${query}”.`,
  searchFailed: 'The search failed',
  matchedFields: {
    acronym: 'acronym',
    nameEn: 'English name',
    nameKo: 'Korean name',
    aliases: 'alias',
    titleEn: 'title',
    titleKo: 'Korean title',
    summary: 'summary',
  },
  institution: 'Institution',
  agreement: 'Agreement',

  tools: { filters: 'Filters', path: 'Path finder', analysis: 'Analyse', export: 'Export' },
  closeTool: 'Close',
  layoutRun: 'Run layout',
  layoutStop: 'Stop layout',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show everything',
  canvasControls: 'Canvas controls',

  counts: (shown, total, links, agreements) =>
    `${shown === total ? `${total}` : `${shown} of ${total}`} institution${total === 1 ? '' : 's'} · ` +
    `${links} link${links === 1 ? '' : 's'} · ${agreements} agreement${agreements === 1 ? '' : 's'}`,
  updating: 'Updating…',
  truncated: 'The network is larger than one view holds: expand institutions to see more.',
  focusNotice: (count) =>
    `Showing the neighbourhood${count === 1 ? '' : 's'} of ${count} institution${count === 1 ? '' : 's'}.`,
  showWhole: 'Show the whole network',
  loadingPages: (loaded, total, percent) => `Loading institutions: ${loaded} of ${total} (${percent}%)`,

  filtersTitle: 'Filters',
  domain: 'Domain',
  allDomains: 'All',
  country: 'Country',
  anyCountry: 'Any country',
  institutionKind: 'Institution kind',
  institutionKindHint: 'Links between two institutions of this kind',
  anyInstitutionKind: 'Any kind',
  agreementKind: 'Agreement kind',
  anyAgreementKind: 'Any kind',
  status: 'Status',
  anyStatus: 'Any status',
  dates: 'Date',
  dateFrom: 'From',
  dateTo: 'To',
  datesUnavailable: 'No dated agreements',
  resetFilters: 'Reset filters',
  activeFilters: (count) => (count === 0 ? 'No filter' : `${count} filter${count === 1 ? '' : 's'} on`),
  filtersFailed: 'The filtered network could not be loaded',
  nothingPasses: 'No agreement passes these filters.',

  pathTitle: 'Path finder',
  pathFrom: 'From',
  pathTo: 'To',
  pathFromPlaceholder: 'e.g. KEIT',
  pathToPlaceholder: 'e.g. NIST',
  pathMode: 'Paths',
  pathShortest: 'One shortest',
  pathAllShortest: 'All shortest',
  maxHops: 'Max. hops',
  pathDomain: 'Agreements in',
  anyDomain: 'Any domain',
  findPath: 'Find path',
  clearPath: 'Clear',
  pathPickBoth: 'Choose two institutions.',
  pathSearching: 'Finding paths…',
  pathFailed: 'The path search failed',
  pathsFound: (paths, hops) =>
    `${paths} path${paths === 1 ? '' : 's'} of ${hops} hop${hops === 1 ? '' : 's'}`,
  pathNumber: (index) => `Path ${index}`,
  noPath: 'No path',
  relations: {
    PARTY_TO: 'party to',
    PART_OF: 'part of',
    AGREED_AT: 'agreed at',
    HOLDS: 'holds a post at',
    CHAIRS: 'chairs',
  },
  pathMissing: 'Loading institutions of the path that are not drawn…',

  analysisTitle: 'Analyse',
  colourBy: 'Colour by',
  colourCountry: 'Country',
  colourCommunity: 'Community (Louvain)',
  sizeBy: 'Size by',
  metrics: { degree: 'Partners (degree)', betweenness: 'Betweenness', agreements: 'Agreements' },
  brokers: 'Brokers',
  brokersHint: 'Institutions on the most shortest paths between others (betweenness)',
  noBrokers: 'No institution links others in this view.',
  connected: 'Most connected',
  communitiesSummary: (count, modularity) =>
    `${count} communit${count === 1 ? 'y' : 'ies'}` +
    (modularity === null ? '' : ` · modularity ${modularity.toFixed(2)}`),
  statsLoading: 'Computing…',
  statsFailed: 'The statistics could not be loaded',
  rank: '#',
  name: 'Institution',

  legendColourCountry: 'Colour: country',
  legendColourCommunity: 'Colour: community',
  community: (index) => `Community ${index}`,
  otherCommunities: 'Smaller communities',
  noCommunity: 'No links in this view',
  legendKinds: 'Kind',
  legendSize: (metric) => `Size: ${metric}`,
  legendLinks: 'Links (colour: domain)',
  severalDomains: 'Several domains',
  partOf: 'Part of (parent organisation)',
  linkWidth: 'Wider: more shared agreements',
  linkCurved: 'Curved: several agreements',

  exportTitle: 'Export',
  exportPng: 'Image of the view (PNG)',
  exportGexf: 'Gephi (GEXF)',
  exportGraphml: 'GraphML',
  exportCsv: 'Spreadsheet (CSV)',
  exportNote: 'Files hold the network with the current filters.',
  exportFailed: 'The image could not be made',

  expand: 'Expand neighbourhood',
  expanding: 'Loading neighbours…',
  expanded: (count) => `Added ${count} institution${count === 1 ? '' : 's'}.`,
  expandedNone: 'All its partners are already drawn.',
  expandFailed: 'The neighbourhood could not be loaded',
  focusHere: 'Show only its neighbourhood',
  pathFromHere: 'Path from here',
  pathToHere: 'Path to here',
  agreementsByDomain: 'Agreements by domain',
  severalDomainsGroup: 'Several domains',
  agreedAt: 'Agreed at',
  noDomain: 'No domain',
  showParties: 'Show parties on the map',
  partiesShown: 'Parties shown on the map',
  agreementLoading: 'Loading the agreement…',
  agreementFailed: 'The agreement could not be loaded',
  backTo: (name) => `Back to ${name}`,
};

const KO: ExplorerStrings = {
  searchLabel: '기관과 협정 검색',
  searchPlaceholder: '이름, 약칭, 별칭 검색 (한국어 / English)',
  searchShortcut: '/ 키로 검색',
  searching: '검색 중…',
  noResults: (query) => `“${query}”와 일치하는 항목이 없습니다.`,
  searchFailed: '검색 실패',
  matchedFields: {
    acronym: '약칭',
    nameEn: '영문 이름',
    nameKo: '국문 이름',
    aliases: '별칭',
    titleEn: '영문 제목',
    titleKo: '제목',
    summary: '요약',
  },
  institution: '기관',
  agreement: '협정',

  tools: { filters: '필터', path: '경로 찾기', analysis: '분석', export: '내보내기' },
  closeTool: '닫기',
  layoutRun: '배치 실행',
  layoutStop: '배치 멈춤',
  zoomIn: '확대',
  zoomOut: '축소',
  fit: '전체 보기',
  canvasControls: '캔버스 조작',

  counts: (shown, total, links, agreements) =>
    `기관 ${shown === total ? `${total}` : `${total}곳 중 ${shown}`}곳 · 연결 ${links}개 · 협정 ${agreements}건`,
  updating: '갱신 중…',
  truncated: '네트워크가 한 화면에 담기에 큽니다. 기관을 확장해 더 보세요.',
  focusNotice: (count) => `기관 ${count}곳의 이웃만 표시 중입니다.`,
  showWhole: '전체 네트워크 보기',
  loadingPages: (loaded, total, percent) => `기관 불러오는 중: ${total}곳 중 ${loaded}곳 (${percent}%)`,

  filtersTitle: '필터',
  domain: '분야',
  allDomains: '전체',
  country: '국가',
  anyCountry: '모든 국가',
  institutionKind: '기관 유형',
  institutionKindHint: '이 유형의 두 기관 사이의 연결',
  anyInstitutionKind: '모든 유형',
  agreementKind: '협정 유형',
  anyAgreementKind: '모든 유형',
  status: '상태',
  anyStatus: '모든 상태',
  dates: '날짜',
  dateFrom: '시작',
  dateTo: '끝',
  datesUnavailable: '날짜가 있는 협정이 없습니다',
  resetFilters: '필터 초기화',
  activeFilters: (count) => (count === 0 ? '필터 없음' : `필터 ${count}개 적용`),
  filtersFailed: '필터를 적용한 네트워크를 불러오지 못했습니다',
  nothingPasses: '이 필터를 통과하는 협정이 없습니다.',

  pathTitle: '경로 찾기',
  pathFrom: '출발',
  pathTo: '도착',
  pathFromPlaceholder: '예: KEIT',
  pathToPlaceholder: '예: NIST',
  pathMode: '경로',
  pathShortest: '최단 경로 하나',
  pathAllShortest: '모든 최단 경로',
  maxHops: '최대 단계',
  pathDomain: '협정 분야',
  anyDomain: '모든 분야',
  findPath: '경로 찾기',
  clearPath: '지우기',
  pathPickBoth: '두 기관을 고르세요.',
  pathSearching: '경로를 찾는 중…',
  pathFailed: '경로 검색 실패',
  pathsFound: (paths, hops) => `경로 ${paths}개 · ${hops}단계`,
  pathNumber: (index) => `경로 ${index}`,
  noPath: '경로 없음',
  relations: {
    PARTY_TO: '당사자',
    PART_OF: '소속',
    AGREED_AT: '합의된 자리',
    HOLDS: '직책',
    CHAIRS: '의장',
  },
  pathMissing: '경로에 있으나 그려지지 않은 기관을 불러오는 중…',

  analysisTitle: '분석',
  colourBy: '색상 기준',
  colourCountry: '국가',
  colourCommunity: '커뮤니티 (Louvain)',
  sizeBy: '크기 기준',
  metrics: { degree: '협력 기관 수 (연결 정도)', betweenness: '매개 중심성', agreements: '협정 수' },
  brokers: '중개 기관',
  brokersHint: '다른 기관 사이의 최단 경로에 가장 많이 놓인 기관 (매개 중심성)',
  noBrokers: '이 화면에서 다른 기관을 잇는 기관이 없습니다.',
  connected: '가장 많이 연결된 기관',
  communitiesSummary: (count, modularity) =>
    `커뮤니티 ${count}개` + (modularity === null ? '' : ` · 모듈성 ${modularity.toFixed(2)}`),
  statsLoading: '계산 중…',
  statsFailed: '통계를 불러오지 못했습니다',
  rank: '#',
  name: '기관',

  legendColourCountry: '색상: 국가',
  legendColourCommunity: '색상: 커뮤니티',
  community: (index) => `커뮤니티 ${index}`,
  otherCommunities: '작은 커뮤니티',
  noCommunity: '이 화면에서 연결 없음',
  legendKinds: '유형',
  legendSize: (metric) => `크기: ${metric}`,
  legendLinks: '연결 (색상: 분야)',
  severalDomains: '여러 분야',
  partOf: '소속 (상위 기관)',
  linkWidth: '굵을수록 공동 협정이 많음',
  linkCurved: '곡선: 협정 여러 건',

  exportTitle: '내보내기',
  exportPng: '현재 화면 이미지 (PNG)',
  exportGexf: 'Gephi (GEXF)',
  exportGraphml: 'GraphML',
  exportCsv: '스프레드시트 (CSV)',
  exportNote: '파일에는 현재 필터를 적용한 네트워크가 담깁니다.',
  exportFailed: '이미지를 만들지 못했습니다',

  expand: '이웃 펼치기',
  expanding: '이웃을 불러오는 중…',
  expanded: (count) => `기관 ${count}곳을 추가했습니다.`,
  expandedNone: '협력 기관이 모두 이미 그려져 있습니다.',
  expandFailed: '이웃을 불러오지 못했습니다',
  focusHere: '이 기관의 이웃만 보기',
  pathFromHere: '여기서 출발하는 경로',
  pathToHere: '여기로 가는 경로',
  agreementsByDomain: '분야별 협정',
  severalDomainsGroup: '여러 분야',
  agreedAt: '합의된 자리',
  noDomain: '분야 없음',
  showParties: '지도에 당사자 표시',
  partiesShown: '지도에 당사자 표시 중',
  agreementLoading: '협정을 불러오는 중…',
  agreementFailed: '협정을 불러오지 못했습니다',
  backTo: (name) => `${name}(으)로 돌아가기`,
};

const TABLES: Record<Language, ExplorerStrings> = { en: EN, ko: KO };

export function explorerStrings(language: Language): ExplorerStrings {
  return TABLES[language];
}
