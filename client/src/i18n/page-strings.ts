/** What the page itself says (title, status, errors, the institution panel, the console), as a table per language. */
import type { PartyRole } from '../../../contract/vocabulary.js';

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
  /**
   * The contract has no labels for party roles, so they are kept here until it does; the `Record` makes
   * the compiler flag any role the contract adds later.
   */
  partyRoles: Record<PartyRole, string>;

  console: ConsoleStrings;
}

/** The Cypher console's words (console/). */
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
