/** "Add a source" in English. */
import type { ReviewStrings } from './review-strings.js';

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
const quoted = (name: string): string => `“${name}”`;

export const REVIEW_EN: ReviewStrings = {
  steps: { source: 'Article', proposals: 'Review', import: 'Import', imported: 'Done' },
  stepsLabel: 'Steps',
  stepOf: (index, total, name) => `Step ${index} of ${total}: ${name}`,
  discard: 'Discard',
  discardConfirm: 'Discard this review? The text, the draft and your decisions are forgotten.',
  kept: 'Kept in this browser until it is imported or discarded.',
  back: 'Back',

  sourceIntro:
    'Paste a news article in Korean or English, or choose a .txt file. The server proposes the institutions ' +
    'and agreements it states; you review them before anything is written.',
  textLabel: 'Article text',
  characters: (count, max) => `${count.toLocaleString('en')} of ${max.toLocaleString('en')} characters`,
  fileLabel: 'Or choose a .txt file',
  dropHint: 'A .txt file dropped on the text box is read too.',
  fileFailed: (name) => `${quoted(name)} could not be read as text.`,
  titleLabel: 'Title (optional)',
  publishedLabel: 'Published (optional)',
  publishedHint: 'YYYY-MM-DD. Relative dates in the text (“next year”) count from this day.',
  languageLabel: 'Language',
  languages: { auto: 'Detect', ko: 'Korean', en: 'English' },
  languageNames: { ko: 'Korean', en: 'English' },
  extract: 'Propose a draft',
  extracting: 'Reading the article…',
  textEmpty: 'Paste the article’s text first.',
  textTooLong: (max) =>
    `The text is longer than the ${max.toLocaleString('en')} characters one request may carry.`,
  publishedInvalid: 'Write the date as YYYY-MM-DD, for example 2025-03-03.',
  extractFailed: 'The draft could not be made',
  busy: (seconds) =>
    seconds === null
      ? 'The server is busy. Try again in a moment.'
      : `The server is busy. Try again in ${plural(seconds, 'second')}.`,
  tooLong: (max) =>
    `The server refused the text as too long: at most ${max.toLocaleString('en')} characters.`,
  fieldNames: { text: 'Article text', title: 'Title', published: 'Published', language: 'Language' },

  proposalsIntro: (institutions, agreements, language, detected) =>
    `The draft proposes ${plural(institutions, 'institution')} and ${plural(agreements, 'agreement')} ` +
    `(${language}${detected ? ', detected' : ''}). Accept, edit or reject each.`,
  articleTitle: 'The article',
  articleHint: 'Highlighted: where each proposal stands. Choose one to find it in the list.',
  institutionsTitle: 'Institutions',
  agreementsTitle: 'Agreements',
  verdicts: { pending: 'Undecided', accepted: 'Accepted', rejected: 'Rejected' },
  accept: 'Accept',
  reject: 'Reject',
  edit: 'Edit',
  doneEditing: 'Close editor',
  acceptPending: (count) => `Accept the ${plural(count, 'undecided proposal')}`,
  confidence: (percent) => `Confidence ${percent}%`,
  reasons: 'Why',
  match: { graph: 'In the graph', reference: 'Known, new to the graph', new: 'New' },
  showInArticle: 'Show in the article',
  writtenAs: 'Written as',
  identity: 'It is',
  inGraph: 'in the graph',
  inReference: 'known, not in the graph yet',
  keepNew: 'A new institution',
  graphRecordNote: (id) => `The graph’s record (${id}) stays as it is; every party is written with its id.`,
  newRecordNote: (id) => `Written as a new institution with the id ${id}.`,
  neededBy: (titles) =>
    `Still needed by ${titles.length === 1 ? 'the accepted agreement' : 'the accepted agreements'} ` +
    `${titles.map(quoted).join(', ')}: reject ${titles.length === 1 ? 'it' : 'them'} too, or give ` +
    `${titles.length === 1 ? 'its' : 'their'} party another institution.`,
  countryHint: 'Country: ISO code such as KR; empty for actors that span countries',

  parties: 'Parties',
  partyInstitution: (index) => `Party ${index}: institution`,
  partyRole: (index) => `Party ${index}: role`,
  removeParty: (name) => `Remove ${name}`,
  addParty: 'Add a party',
  addFromGraph: 'Add an institution of the graph',
  addFromGraphPlaceholder: 'Search a name or acronym',
  draftInstitutions: 'In the article',
  graphInstitutions: 'In the graph',
  titleEn: 'Title (English)',
  titleKo: 'Title (Korean)',
  summaryEn: 'Summary (English)',
  summaryKo: 'Summary (Korean)',
  date: 'Date',
  dateHint: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the article',
  amount: 'Amount',
  amountValue: 'Value',
  currency: 'Currency',
  amountStated: 'As the article states it',
  amountHint: 'Leave the value empty when the article states no amount.',
  evidence: 'Evidence',
  quoteKo: 'Quote, as the article writes it',
  quoteEn: (index) => `English translation of quote ${index}`,
  translationNeeded: 'Needed before import',

  issuesTitle: (count) => `${plural(count, 'thing')} to mend before the import`,
  issue: {
    missingTranslation: (agreement) => `${quoted(agreement)}: a quote needs its English translation.`,
    needsInstitution: (agreement, institution) =>
      `${quoted(agreement)} needs ${institution}, which is rejected or undecided.`,
    duplicateParty: (agreement, institution) => `${quoted(agreement)} names ${institution} twice.`,
    noParty: (agreement) => `${quoted(agreement)} has no party.`,
    noDomain: (agreement) => `${quoted(agreement)} covers no domain.`,
    emptyField: (item, field) => `${quoted(item)}: ${field} is empty.`,
    invalidCountry: (institution) => `${quoted(institution)}: the country must be a code such as KR.`,
    invalidDate: (agreement) => `${quoted(agreement)}: the date must be YYYY, YYYY-MM or YYYY-MM-DD.`,
    invalidAmount: (agreement) =>
      `${quoted(agreement)}: an amount needs a positive value and the article’s own words.`,
    nothingAccepted: 'Nothing is accepted yet.',
  },
  pendingNote: (count) =>
    `${plural(count, 'proposal')} ${count === 1 ? 'is' : 'are'} undecided and left out of the import.`,
  toImport: 'Check the import',

  importIntro:
    'What you accepted, checked against the graph. The check writes nothing; the import writes it all at once.',
  tokenLabel: 'Import token',
  tokenHint: 'Needed when the server sets IMPORT_TOKEN. Kept for this tab only.',
  check: 'Check again',
  checking: 'Checking against the graph…',
  checkFirst: 'Check the data set before importing it.',
  counts: (created, updated, unchanged, conflicts) =>
    `${created} new · ${updated} changed · ${unchanged} unchanged · ${plural(conflicts, 'conflict')}`,
  changes: { created: 'New', updated: 'Changed', unchanged: 'Unchanged' },
  collections: {
    sources: 'Sources',
    countries: 'Countries',
    domains: 'Domains',
    institutions: 'Institutions',
    people: 'People',
    events: 'Events',
    agreements: 'Agreements',
  },
  none: '(none)',
  characterCount: (count) => `text of ${count.toLocaleString('en')} characters`,
  conflictsTitle: (count) => plural(count, 'conflict'),
  conflictIntro:
    'The article says otherwise than the graph. Accept a conflict to write the article’s value; the graph’s stays otherwise.',
  conflictGraph: 'Graph',
  conflictIncoming: 'Article',
  acceptConflict: 'Write the article’s value',
  graphEvidence: 'The graph’s value rests on',
  incomingEvidence: 'The article’s value rests on',
  conflictsOpen: (count) =>
    `${plural(count, 'conflict')} not accepted: accept ${count === 1 ? 'it' : 'them'}, or go back and reject what causes ${count === 1 ? 'it' : 'them'}.`,
  import: 'Import',
  importing: 'Importing…',
  checkFailed: 'The check failed',
  importFailed: 'The import failed',
  unauthorized: 'The server needs its import token (IMPORT_TOKEN): enter it above and check again.',
  forbidden: 'The import token was refused, or this server does not take imports.',
  invalidItems: 'The server refused the data set:',
  refused: 'The write was refused for conflicts it did not accept. Nothing was written.',

  importedTitle: 'Imported',
  importedSummary: (created, updated) =>
    `${created} new and ${updated} changed record${created + updated === 1 ? '' : 's'} are in the graph.`,
  showAgreement: 'Show on the map',
  another: 'Add another source',
};
