/**
 * The two languages of the interface. Every user-visible string lives here, so switching language
 * is a matter of re-rendering with another `Strings` table, never of patching text in place.
 * Vocabulary labels (kinds, statuses) come from the wire contract, which owns them.
 */
import type { PartyRole } from '../../../contract/vocabulary.js';

export type Language = 'en' | 'ko';

export const LANGUAGES: readonly Language[] = ['en', 'ko'];

export interface Strings {
  appTitle: string;
  appSubtitle: string;
  stats: (institutions: number, links: number) => string;
  hint: string;
  skipToSearch: string;
  loading: string;
  switchLanguage: string;
  legendTitle: string;
  noCountry: string;
  legendLinks: string;
  linkCooperation: string;
  linkPartOf: string;
  graphLabel: string;
  empty: string;

  errorTitle: string;
  errorUnreachable: string;
  errorMalformed: string;
  errorHttp: (status: number) => string;
  retry: string;

  close: string;
  detailsLoading: string;
  detailsError: string;
  nameEn: string;
  nameKo: string;
  acronym: string;
  kind: string;
  country: string;
  aliases: string;
  parent: string;
  children: string;
  agreements: (count: number) => string;
  noAgreements: string;
  role: string;
  status: string;
  date: string;
  amount: string;
  domains: string;
  parties: string;
  evidence: string;
  source: string;
  unknown: string;
  partyRoles: Record<PartyRole, string>;

  console: ConsoleStrings;
}

/** The Cypher console's words (client/src/console/). */
export interface ConsoleStrings {
  open: string;
  title: string;
  close: string;
  editorLabel: string;
  placeholder: string;
  hint: string;
  run: string;
  running: string;
  parameters: string;
  parametersInvalid: string;
  history: string;
  namedQueries: string;
  namedQueriesLoading: string;
  namedQueriesUnavailable: string;
  namedQueryRun: string;
  summary: (rows: number, ms: number, truncated: boolean) => string;
  onMap: (nodes: number) => string;
  notOnMap: string;
  noRows: string;
  clearHighlight: string;
  refused: string;
  failed: string;
}

/**
 * The contract has no labels for party roles (see the report), so they are kept here until it does.
 * `Record<PartyRole, …>` makes the compiler flag any role the contract adds later.
 */
const EN: Strings = {
  appTitle: 'Cooperation graph',
  appSubtitle: 'Institutions and the agreements between them',
  stats: (institutions, links) =>
    `${institutions} institution${institutions === 1 ? '' : 's'} · ${links} link${links === 1 ? '' : 's'}`,
  hint: 'Hover a node to see its partners; click it for its agreements and the evidence behind them; double-click it to expand its neighbourhood.',
  skipToSearch: 'Skip to the search',
  loading: 'Loading the cooperation network…',
  switchLanguage: 'Switch language to Korean',
  legendTitle: 'Country',
  noCountry: 'No country',
  legendLinks: 'Links',
  linkCooperation: 'Shared agreements',
  linkPartOf: 'Part of an organisation',
  graphLabel: 'Network of institutions linked by shared agreements',
  empty: 'No institutions yet: import a data set to see the network.',

  errorTitle: 'The cooperation network could not be loaded',
  errorUnreachable: 'The server cannot be reached. Check that it is running, then try again.',
  errorMalformed: 'The server answered with data this page does not understand.',
  errorHttp: (status) => `The server answered with HTTP ${status}.`,
  retry: 'Try again',

  close: 'Close',
  detailsLoading: 'Loading details…',
  detailsError: 'The details of this institution could not be loaded.',
  nameEn: 'Name (English)',
  nameKo: 'Name (Korean)',
  acronym: 'Acronym',
  kind: 'Kind',
  country: 'Country',
  aliases: 'Also known as',
  parent: 'Part of',
  children: 'Includes',
  agreements: (count) => `Agreements (${count})`,
  noAgreements: 'No agreements recorded.',
  role: 'Role',
  status: 'Status',
  date: 'Date',
  amount: 'Amount',
  domains: 'Domains',
  parties: 'Parties',
  evidence: 'Evidence',
  source: 'Source',
  unknown: 'Unknown',
  partyRoles: {
    party: 'Party',
    lead: 'Lead',
    proposer: 'Proposer',
    host: 'Host',
    supporter: 'Supporter',
  },
  console: {
    open: 'Cypher console',
    title: 'Cypher console',
    close: 'Close the console',
    editorLabel: 'Cypher query',
    placeholder: 'MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement) RETURN i, a LIMIT 25',
    hint: 'Read-only. Ctrl+Enter (⌘+Enter) runs the query.',
    run: 'Run',
    running: 'Running…',
    parameters: 'Parameters (JSON)',
    parametersInvalid: 'The parameters must be a JSON object, such as {"id": "us-nist"}.',
    history: 'History…',
    namedQueries: 'Named queries',
    namedQueriesLoading: 'Loading the named queries…',
    namedQueriesUnavailable: 'This server has no named queries.',
    namedQueryRun: 'Run this query',
    summary: (rows, ms, truncated) =>
      `${rows} row${rows === 1 ? '' : 's'}${truncated ? ' (cut at the limit)' : ''} · ${ms} ms`,
    onMap: (nodes) => `${nodes} institution${nodes === 1 ? '' : 's'} highlighted on the map`,
    notOnMap: 'None of the results is an institution on the map.',
    noRows: 'The query returned no rows.',
    clearHighlight: 'Clear the highlight',
    refused: 'Query refused',
    failed: 'The query failed',
  },
};

const KO: Strings = {
  appTitle: '협력 네트워크',
  appSubtitle: '기관과 기관 사이의 협력·합의',
  stats: (institutions, links) => `기관 ${institutions}곳 · 연결 ${links}개`,
  hint: '노드에 마우스를 올리면 협력 상대가, 클릭하면 합의 내용과 근거가 나타나며, 두 번 클릭하면 이웃이 펼쳐집니다.',
  skipToSearch: '검색으로 건너뛰기',
  loading: '협력 네트워크를 불러오는 중…',
  switchLanguage: '영어로 전환',
  legendTitle: '국가',
  noCountry: '국가 없음',
  legendLinks: '연결',
  linkCooperation: '공동 합의',
  linkPartOf: '소속 관계',
  graphLabel: '공동 합의로 연결된 기관 네트워크',
  empty: '아직 기관이 없습니다. 데이터를 가져오면 네트워크가 나타납니다.',

  errorTitle: '협력 네트워크를 불러오지 못했습니다',
  errorUnreachable: '서버에 연결할 수 없습니다. 서버가 실행 중인지 확인한 뒤 다시 시도하세요.',
  errorMalformed: '서버가 이 페이지에서 이해할 수 없는 데이터를 보냈습니다.',
  errorHttp: (status) => `서버가 HTTP ${status} 응답을 보냈습니다.`,
  retry: '다시 시도',

  close: '닫기',
  detailsLoading: '세부 정보를 불러오는 중…',
  detailsError: '이 기관의 세부 정보를 불러오지 못했습니다.',
  nameEn: '영문 이름',
  nameKo: '한국어 이름',
  acronym: '약칭',
  kind: '유형',
  country: '국가',
  aliases: '다른 이름',
  parent: '상위 기관',
  children: '하위 기관',
  agreements: (count) => `합의 (${count})`,
  noAgreements: '기록된 합의가 없습니다.',
  role: '역할',
  status: '상태',
  date: '날짜',
  amount: '금액',
  domains: '분야',
  parties: '참여 기관',
  evidence: '근거',
  source: '출처',
  unknown: '알 수 없음',
  partyRoles: {
    party: '당사자',
    lead: '주관',
    proposer: '제안',
    host: '개최',
    supporter: '지원',
  },
  console: {
    open: 'Cypher 콘솔',
    title: 'Cypher 콘솔',
    close: '콘솔 닫기',
    editorLabel: 'Cypher 질의',
    placeholder: 'MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement) RETURN i, a LIMIT 25',
    hint: '읽기 전용입니다. Ctrl+Enter(⌘+Enter)로 실행합니다.',
    run: '실행',
    running: '실행 중…',
    parameters: '매개변수 (JSON)',
    parametersInvalid: '매개변수는 {"id": "us-nist"}와 같은 JSON 객체여야 합니다.',
    history: '기록…',
    namedQueries: '저장된 질의',
    namedQueriesLoading: '저장된 질의를 불러오는 중…',
    namedQueriesUnavailable: '이 서버에는 저장된 질의가 없습니다.',
    namedQueryRun: '이 질의 실행',
    summary: (rows, ms, truncated) => `${rows}행${truncated ? ' (한도에서 잘림)' : ''} · ${ms}ms`,
    onMap: (nodes) => `지도에서 기관 ${nodes}곳 강조`,
    notOnMap: '결과 중 지도에 있는 기관이 없습니다.',
    noRows: '결과 행이 없습니다.',
    clearHighlight: '강조 해제',
    refused: '거부된 질의',
    failed: '질의 실패',
  },
};

const STRINGS: Record<Language, Strings> = { en: EN, ko: KO };

export function strings(language: Language): Strings {
  return STRINGS[language];
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ko';
}

/**
 * The label of a vocabulary value (`AGREEMENT_KIND_LABELS`, a party role, …) in `language`. The
 * vocabularies grow ("add values, do not rename them"), so a value this build does not know yet is
 * shown as it is rather than breaking the panel.
 */
export function vocabularyLabel<K extends string>(
  labels: Record<K, { en: string; ko: string } | string>,
  value: K,
  language: Language,
): string {
  const label = (labels as Partial<Record<string, { en: string; ko: string } | string>>)[value];
  if (label === undefined) return value;
  return typeof label === 'string' ? label : label[language];
}

/** BCP 47 locale used by the `Intl` formatters for each interface language. */
const LOCALES: Record<Language, string> = { en: 'en-US', ko: 'ko-KR' };

/**
 * Dates on the wire are partial (`2024`, `2024-03`, `2024-03-05`) because sources often say only
 * "next year"; show exactly the precision the source gave, never an invented day.
 */
export function formatPartialDate(value: string, language: Language): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[language], options).format(date);
}

/** Compact amounts ("$10M", "US$1000만") read the way the sources write them. */
export function formatUsd(amount: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** A country's name from the platform when the network's own list does not name it. */
export function regionName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Fills every element marked `data-i18n="key"` with the string of that key. */
export function translateStaticText(root: ParentNode, language: Language): void {
  const table = strings(language) as unknown as Record<string, unknown>;
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n;
    const value = key === undefined ? undefined : table[key];
    if (typeof value === 'string') element.textContent = value;
  }
}
