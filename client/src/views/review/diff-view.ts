/**
 * A dry run's report, item by item: what the import creates, changes (each field, graph → incoming) or
 * leaves as it is, and every conflict with the graph, with the quotes each side rests on and the choice
 * to write the article's value.
 */
import type { EvidenceRef, ImportConflict, ImportItem, ImportReport } from '../../../../contract/import.js';
import type { IMPORT_COLLECTIONS as CONTRACT_COLLECTIONS } from '../../../../contract/import.js';
import { isRecord } from '../../api/json.js';
import type { ReviewStrings } from '../../i18n/review-strings.js';
import { explorerStrings } from '../../i18n/strings.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { controlId } from './fields.js';

/** The contract's order of collections, spelled here so the page does not load the contract's schemas. */
const COLLECTIONS: typeof CONTRACT_COLLECTIONS = [
  'sources',
  'countries',
  'domains',
  'institutions',
  'people',
  'events',
  'agreements',
];

/** A reported value in words: a source's text by its size, lists and records as JSON. */
export function describeValue(value: unknown, text: ReviewStrings): string {
  if (value === null || value === undefined) return text.none;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value) && typeof value.characters === 'number' && typeof value.sha256 === 'string') {
    return text.characterCount(value.characters);
  }
  return JSON.stringify(value);
}

function itemView(item: ImportItem, text: ReviewStrings): HTMLElement {
  return el(
    'li',
    {
      className: `review-diff-item change-${item.change}`,
      attrs: { 'data-item': `${item.collection}/${item.id}`, 'data-change': item.change },
    },
    [
      el('span', { className: `badge badge-${item.change}`, text: text.changes[item.change] }),
      ' ',
      el('code', { text: item.id }),
      item.changes.length > 0 &&
        el(
          'ul',
          { className: 'review-field-changes' },
          item.changes.map((change) =>
            el('li', {}, [
              el('code', { text: change.field }),
              ': ',
              el('del', { text: describeValue(change.old, text) }),
              ' → ',
              el('ins', { text: describeValue(change.new, text) }),
            ]),
          ),
        ),
    ],
  );
}

function quotes(refs: EvidenceRef[], heading: string): HTMLElement | null {
  if (refs.length === 0) return null;
  return el('div', { className: 'review-conflict-evidence' }, [
    el('p', { className: 'field-label', text: heading }),
    ...refs.map((ref) =>
      el('figure', {}, [
        el('blockquote', { text: ref.quoteKo, attrs: { lang: 'ko' } }),
        el('figcaption', {
          className: 'quote-source',
          text: [ref.title ?? ref.source, ref.published].filter(Boolean).join(' · '),
        }),
      ]),
    ),
  ]);
}

function conflictView(
  store: Store,
  conflict: ImportConflict,
  accepted: boolean,
  text: ReviewStrings,
): HTMLElement {
  const id = controlId('conflict', conflict.id);
  const box = el('input', { attrs: { type: 'checkbox', id, 'data-testid': 'review-conflict-accept' } });
  box.checked = accepted;
  box.addEventListener('change', () =>
    store.dispatch({
      type: 'review',
      change: { type: 'acceptConflict', id: conflict.id, accepted: box.checked },
    }),
  );
  return el(
    'li',
    {
      className: 'review-conflict',
      attrs: { 'data-conflict': conflict.id, 'data-testid': 'review-conflict' },
    },
    [
      el('p', {}, [
        el('strong', { text: text.collections[conflict.collection] }),
        ' ',
        el('code', { text: conflict.itemId }),
      ]),
      el('table', { className: 'review-conflict-fields' }, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: '' }),
            el('th', { text: text.conflictGraph, attrs: { scope: 'col' } }),
            el('th', { text: text.conflictIncoming, attrs: { scope: 'col' } }),
          ]),
        ]),
        el(
          'tbody',
          {},
          conflict.fields.map((field) =>
            el('tr', {}, [
              el('th', { text: field.field, attrs: { scope: 'row' } }),
              el('td', { text: describeValue(field.graph, text) }),
              el('td', { text: describeValue(field.incoming, text) }),
            ]),
          ),
        ),
      ]),
      conflict.collection === 'agreements' && quotes(conflict.graphEvidence, text.graphEvidence),
      conflict.collection === 'agreements' && quotes(conflict.incomingEvidence, text.incomingEvidence),
      el('label', { className: 'review-check' }, [box, ` ${text.acceptConflict}`]),
    ],
  );
}

export function reportView(store: Store, state: ExplorerState, report: ImportReport): HTMLElement {
  const text = explorerStrings(state.language).review;
  const { counts } = report;
  const accepted = new Set(state.review.acceptConflicts);
  return el('div', { className: 'review-report', attrs: { 'data-testid': 'review-report' } }, [
    el('p', {
      className: 'review-counts',
      text: text.counts(counts.created, counts.updated, counts.unchanged, counts.conflicts),
      attrs: { 'data-testid': 'review-counts' },
    }),
    ...COLLECTIONS.map((collection) => {
      const items = report.items.filter((item) => item.collection === collection);
      if (items.length === 0) return null;
      return el('section', { className: 'review-diff' }, [
        el('h5', { className: 'field-label', text: text.collections[collection] }),
        el(
          'ul',
          {},
          items.map((item) => itemView(item, text)),
        ),
      ]);
    }),
    report.conflicts.length > 0 &&
      el('section', { className: 'review-conflicts', attrs: { 'data-testid': 'review-conflicts' } }, [
        el('h5', { className: 'review-section-title', text: text.conflictsTitle(report.conflicts.length) }),
        el('p', { className: 'field-hint', text: text.conflictIntro }),
        el(
          'ul',
          {},
          report.conflicts.map((conflict) => conflictView(store, conflict, accepted.has(conflict.id), text)),
        ),
      ]),
  ]);
}
