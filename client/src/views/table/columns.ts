/**
 * The table's columns and what each cell says, as text: the table shows it and the download writes it,
 * so the file holds what the user saw. Lists read in the order the API sorts them by (names compared as
 * the server compares them), so a sorted column reads in order down the page.
 */
import type { AgreementSort } from '../../../../contract/explore.js';
import type { AgreementSummary } from '../../../../contract/graph.js';
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS } from '../../../../contract/vocabulary.js';
import { vocabularyLabel } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';

/** Every column sorts: its id is the API's `sort` value. */
export const TABLE_COLUMNS = [
  'title',
  'parties',
  'kind',
  'status',
  'date',
  'amount',
  'currency',
  'domains',
  'quote',
] as const satisfies readonly AgreementSort[];

export type TableColumn = (typeof TABLE_COLUMNS)[number];

export type Cells = Record<TableColumn, string>;

export interface CellContext {
  language: Language;
  /** A domain's name in the language, as the map names it. */
  domainName: (id: string) => string;
}

/** Lists join with a semicolon: names hold commas ("Ministry of Science, ICT …"). */
export const LIST_SEPARATOR = '; ';

/** Code-unit order, as Neo4j compares strings: the order the server sorted the rows in. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The parties by name: acronyms in English (NIST, KEIT), as the map labels them; full names in Korean. */
export function sortedParties(
  agreement: AgreementSummary,
  language: Language,
): { id: string; name: string }[] {
  return agreement.parties
    .map((party) => ({
      id: party.id,
      name: language === 'ko' ? party.nameKo : (party.acronym ?? party.nameEn),
    }))
    .sort((a, b) => byCodeUnit(a.name, b.name));
}

/** The first quote of the evidence; in English its translation when the source has one. */
function firstQuote(agreement: AgreementSummary, language: Language): string {
  const evidence = agreement.evidence[0];
  if (evidence === undefined) return '';
  return language === 'en' && evidence.quoteEn !== '' ? evidence.quoteEn : evidence.quoteKo;
}

/**
 * The amount as the source states it, in its currency; records from before currencies were kept have
 * it in US dollars only. Plain digits, as a spreadsheet reads a number.
 */
function amountOf(agreement: AgreementSummary): { value: string; currency: string } {
  if (agreement.amount !== null)
    return { value: String(agreement.amount.value), currency: agreement.amount.currency };
  if (agreement.amountUsd !== null) return { value: String(agreement.amountUsd), currency: 'USD' };
  return { value: '', currency: '' };
}

export function cellsOf(agreement: AgreementSummary, context: CellContext): Cells {
  const { language } = context;
  const amount = amountOf(agreement);
  return {
    title: language === 'ko' ? agreement.titleKo : agreement.titleEn,
    parties: sortedParties(agreement, language)
      .map((party) => party.name)
      .join(LIST_SEPARATOR),
    kind: vocabularyLabel(AGREEMENT_KIND_LABELS, agreement.kind, language),
    status: vocabularyLabel(AGREEMENT_STATUS_LABELS, agreement.status, language),
    date: agreement.date ?? '',
    amount: amount.value,
    currency: amount.currency,
    domains: agreement.domains.map(context.domainName).sort(byCodeUnit).join(LIST_SEPARATOR),
    quote: firstQuote(agreement, language),
  };
}

/** A long quote's first words, cut at a word where one is near, for a cell that stays one glance wide. */
export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
