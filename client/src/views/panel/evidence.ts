/**
 * One piece of evidence in the panel: the quote in Korean and English side by side (the original and its
 * translation are checked against each other), its source with title, publisher, date and link, and two
 * actions: read the quote in the source's stored text, and copy a ready citation.
 */
import type { SourceRef } from '../../../../contract/graph.js';
import { formatPartialDate } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import { explorerStrings, strings } from '../../i18n/strings.js';
import { el } from '../dom.js';

/** A quote to find in its source's text (null: the source alone). */
export interface SourceReading {
  source: SourceRef;
  quote: string | null;
}

export interface Evidence {
  source: SourceRef;
  /** The source's own words (checked verbatim against its text on import). */
  quoteKo: string | null;
  quoteEn: string | null;
  /** What a background source establishes, in the curator's words. */
  note?: string | null;
}

export function renderEvidence(
  evidence: Evidence,
  language: Language,
  readSource: (reading: SourceReading) => void,
): HTMLElement {
  const text = explorerStrings(language).evidence;
  const { source, quoteKo, quoteEn } = evidence;
  const actions: HTMLElement[] = [];
  if (source.hasText) {
    const show = button(text.showInSource, 'show-in-source');
    show.addEventListener('click', () => readSource({ source, quote: quoteKo }));
    actions.push(show);
  }
  const copy = button(text.copyCitation, 'copy-citation');
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(citation(evidence, language)).then(
      () => {
        copy.textContent = text.copied;
        copy.dataset.copied = 'true';
      },
      () => {
        copy.textContent = text.copyFailed;
      },
    );
  });
  actions.push(copy);
  return el('figure', { className: 'quote', attrs: { 'data-source': source.id } }, [
    quoteKo !== null &&
      el('blockquote', { className: 'quote-text', attrs: { lang: 'ko' } }, [
        el('span', { className: 'quote-lang', text: 'KO' }),
        quoteKo,
      ]),
    quoteEn !== null &&
      el('blockquote', { className: 'quote-text', attrs: { lang: 'en' } }, [
        el('span', { className: 'quote-lang', text: 'EN' }),
        quoteEn,
      ]),
    evidence.note != null &&
      el('p', { className: 'quote-note', attrs: { lang: 'en' } }, [`${text.note}: `, evidence.note]),
    el('figcaption', { className: 'quote-source' }, [
      `${strings(language).source}: `,
      ...sourceLine(source, language),
    ]),
    el('div', { className: 'quote-actions' }, actions),
  ]);
}

/** Title (in its own language, marked when it is not the interface's), publisher, date, link. */
export function sourceLine(source: SourceRef, language: Language): (Node | string)[] {
  const href = safeHref(source.url);
  const title = href
    ? el('a', {
        text: source.title,
        attrs: { href, target: '_blank', rel: 'noopener noreferrer', lang: source.language },
      })
    : el('cite', { text: source.title, attrs: { lang: source.language } });
  const marker =
    source.language === language ? null : explorerStrings(language).evidence.titleLanguage(source.language);
  const details = [
    source.publisher,
    source.published && formatPartialDate(source.published, language),
  ].filter((part): part is string => typeof part === 'string' && part.length > 0);
  return [title, marker === null ? '' : ` ${marker}`, details.length > 0 ? ` — ${details.join(', ')}` : ''];
}

/** Publisher, title, date, URL and the quoted sentence, in the interface language's order. */
export function citation(evidence: Evidence, language: Language): string {
  const { source, quoteKo, quoteEn } = evidence;
  return explorerStrings(language).evidence.citation({
    publisher: source.publisher,
    title: source.title,
    date: source.published === null ? null : formatPartialDate(source.published, language),
    url: safeHref(source.url),
    quote: quoteKo,
    // The quote is the source's words; its translation joins it when the interface reads another language.
    translation: quoteKo !== null && quoteEn !== null && source.language !== language ? quoteEn : null,
  });
}

function button(label: string, testid: string): HTMLButtonElement {
  return el('button', {
    className: 'button button-small',
    text: label,
    attrs: { type: 'button', 'data-testid': testid },
  });
}

/** Only web links become clickable: a `javascript:` URL in imported data must not run. */
function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
