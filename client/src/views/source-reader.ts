/**
 * "Show in source": a dialog with the source's stored full text (GET /api/sources/:id), the quote marked
 * wherever it occurs and the first occurrence scrolled into view, so a reader checks the sentence in its
 * context. Quotes are matched as the importer checks them: verbatim, composed or decomposed Hangul alike.
 */
import type { SourceDocument } from '../../../contract/source.js';
import { fetchSource } from '../api/sources.js';
import { describeError } from '../i18n/describe-error.js';
import type { Language } from '../i18n/language.js';
import { explorerStrings } from '../i18n/strings.js';
import { el } from './dom.js';
import { sourceLine, type SourceReading } from './panel/evidence.js';

export interface SourceReader {
  open: (reading: SourceReading) => void;
}

export function createSourceReader(language: () => Language): SourceReader {
  const dialog = el('dialog', {
    className: 'source-reader',
    attrs: { 'data-testid': 'source-reader', 'aria-labelledby': 'source-reader-title' },
  });
  document.body.append(dialog);
  let request: AbortController | null = null;
  dialog.addEventListener('close', () => request?.abort());

  const show = (reading: SourceReading, body: Node, status: string): void => {
    const text = explorerStrings(language()).evidence;
    const close = el('button', {
      className: 'panel-close',
      text: '×',
      attrs: {
        type: 'button',
        'aria-label': text.close,
        title: text.close,
        'data-testid': 'source-reader-close',
      },
    });
    close.addEventListener('click', () => dialog.close());
    dialog.dataset.status = status;
    dialog.replaceChildren(
      el('header', { className: 'source-reader-header' }, [
        el(
          'h2',
          { className: 'source-reader-title', attrs: { id: 'source-reader-title' } },
          sourceLine(reading.source, language()),
        ),
        close,
      ]),
      body,
    );
  };

  return {
    open(reading) {
      request?.abort();
      const controller = new AbortController();
      request = controller;
      const text = explorerStrings(language()).evidence;
      show(
        reading,
        el('p', { className: 'panel-status', text: text.readerLoading, attrs: { role: 'status' } }),
        'loading',
      );
      if (!dialog.open) dialog.showModal();
      fetchSource(reading.source.id, controller.signal).then(
        (source) => {
          if (controller.signal.aborted) return;
          show(reading, sourceText(source, reading.quote, language()), 'ready');
          dialog.querySelector('mark')?.scrollIntoView({ block: 'center' });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const { summary } = describeError(error, language());
          show(
            reading,
            el('p', {
              className: 'panel-error',
              attrs: { role: 'alert' },
              text: `${text.readerFailed}: ${summary}`,
            }),
            'error',
          );
        },
      );
    },
  };
}

/** The text with every occurrence of the quote in a <mark>; a line above says when it is absent. */
function sourceText(source: SourceDocument, quote: string | null, language: Language): HTMLElement {
  const text = explorerStrings(language).evidence;
  if (source.text === null) return el('p', { className: 'muted', text: text.noText });
  const whole = source.text.normalize('NFC');
  const parts: (Node | string)[] = [];
  const sought = quote?.normalize('NFC') ?? '';
  let from = 0;
  for (let at = sought === '' ? -1 : whole.indexOf(sought); at !== -1; at = whole.indexOf(sought, from)) {
    parts.push(whole.slice(from, at), el('mark', { text: sought, attrs: { 'data-testid': 'source-quote' } }));
    from = at + sought.length;
  }
  parts.push(whole.slice(from));
  return el('div', { className: 'source-reader-body' }, [
    quote !== null && from === 0 && el('p', { className: 'panel-note', text: text.quoteNotFound }),
    el(
      'div',
      { className: 'source-text', attrs: { lang: source.language, 'data-testid': 'source-text' } },
      parts,
    ),
  ]);
}
