/**
 * Step 1: the article. Its text (pasted, or read from a .txt file chosen or dropped), an optional title,
 * the day it was published and its language; then the request for a draft. A refusal is told in words:
 * each field the server named, a text too long (413), a busy server with the delay it asks for (503).
 */
import type {
  EXTRACT_LANGUAGES,
  EXTRACT_MAX_CHARACTERS as CONTRACT_MAX,
} from '../../../../contract/extract.js';
import { ProblemError } from '../../api/errors.js';
import { describeError } from '../../i18n/describe-error.js';
import type { ExtractField } from '../../i18n/review-strings.js';
import { explorerStrings } from '../../i18n/strings.js';
import type { LanguageChoice, ReviewInput } from '../../state/review.js';
import type { Store } from '../../state/store.js';
import type { ExplorerState } from '../../state/types.js';
import { el } from '../dom.js';
import { selectField, textField, update } from './fields.js';

/**
 * The contract's limit and languages, spelled here so the page need not load the contract's schemas
 * (and zod) to know them; their types are the contract's, so a change there fails the type check here.
 */
export const EXTRACT_MAX_CHARACTERS: typeof CONTRACT_MAX = 100_000;
const LANGUAGE_CHOICES = ['auto', 'ko', 'en'] as const satisfies readonly [
  'auto',
  ...typeof EXTRACT_LANGUAGES,
];
const FULL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

export interface SourceForm {
  element: HTMLElement;
  render: (state: ExplorerState) => void;
  focus: () => void;
}

/** What is wrong with the input before it is sent, by field. */
export function inputProblems(input: ReviewInput): Partial<Record<ExtractField, 'empty' | 'long' | 'date'>> {
  const problems: Partial<Record<ExtractField, 'empty' | 'long' | 'date'>> = {};
  if (input.text.trim() === '') problems.text = 'empty';
  else if (input.text.length > EXTRACT_MAX_CHARACTERS) problems.text = 'long';
  if (input.published.trim() !== '' && !FULL_DATE.test(input.published.trim())) problems.published = 'date';
  return problems;
}

export function createSourceForm(store: Store): SourceForm {
  const dispatchInput = (input: Partial<ReviewInput>): void =>
    store.dispatch({ type: 'review', change: { type: 'setInput', input } });
  const initial = store.getState();
  const text = explorerStrings(initial.language).review;
  const heading = el('h3', {
    className: 'review-step-title',
    attrs: { tabindex: '-1', id: 'review-source-title' },
  });
  const intro = el('p', { className: 'muted review-intro' });
  const article = textField({
    id: 'review-text',
    label: text.textLabel,
    value: initial.review.input.text,
    multiline: true,
    onInput: (value) => dispatchInput({ text: value }),
  });
  article.control.classList.add('review-article-input');
  article.control.setAttribute('rows', '10');
  const count = el('p', {
    className: 'field-hint',
    attrs: { id: 'review-text-count', 'aria-live': 'polite' },
  });
  article.control.setAttribute('aria-describedby', 'review-text-count review-text-error');
  const textError = el('p', { className: 'field-error', attrs: { id: 'review-text-error' } });
  const file = el('input', {
    className: 'review-file',
    attrs: { type: 'file', accept: '.txt,text/plain', id: 'review-file', 'data-testid': 'review-file' },
  });
  const fileLabel = el('label', { className: 'field-label', attrs: { for: 'review-file' } });
  const fileError = el('p', { className: 'field-error', attrs: { role: 'alert' } });
  const title = textField({
    id: 'review-title',
    label: text.titleLabel,
    value: initial.review.input.title,
    onInput: (value) => dispatchInput({ title: value }),
  });
  const published = textField({
    id: 'review-published',
    label: text.publishedLabel,
    value: initial.review.input.published,
    type: 'date',
    hint: text.publishedHint,
    onInput: (value) => dispatchInput({ published: value }),
  });
  const publishedError = el('p', { className: 'field-error', attrs: { id: 'review-published-error' } });
  published.control.setAttribute('aria-describedby', 'review-published-hint review-published-error');
  const language = selectField({
    id: 'review-language',
    label: text.languageLabel,
    value: initial.review.input.language,
    choices: LANGUAGE_CHOICES.map((choice) => [choice, text.languages[choice]] as const),
    onInput: (value) => dispatchInput({ language: value as LanguageChoice }),
  });
  const submit = el('button', {
    className: 'button button-primary',
    attrs: { type: 'submit', 'data-testid': 'review-extract' },
  });
  const status = el('div', {
    className: 'review-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'review-extract-status' },
  });

  const readFile = (chosen: File): void => {
    fileError.textContent = '';
    chosen.text().then(
      (content) => {
        article.control.value = content;
        dispatchInput({ text: content });
        if (store.getState().review.input.title === '') {
          const name = chosen.name.replace(/\.txt$/i, '');
          title.control.value = name;
          dispatchInput({ title: name });
        }
      },
      () => {
        fileError.textContent = explorerStrings(store.getState().language).review.fileFailed(chosen.name);
      },
    );
  };
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen !== undefined) readFile(chosen);
  });
  article.control.addEventListener('dragover', (event) => {
    if ((event as DragEvent).dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  article.control.addEventListener('drop', (event) => {
    const chosen = (event as DragEvent).dataTransfer?.files[0];
    if (chosen === undefined) return;
    event.preventDefault();
    readFile(chosen);
  });

  const form = el(
    'form',
    { className: 'review-source', attrs: { 'data-testid': 'review-source', novalidate: '' } },
    [
      heading,
      intro,
      article.element,
      count,
      textError,
      el('div', { className: 'field' }, [fileLabel, file]),
      fileError,
      title.element,
      el('div', { className: 'field-row review-wrap' }, [
        el('div', { className: 'field' }, [published.element, publishedError]),
        language.element,
      ]),
      el('div', { className: 'form-actions' }, [submit]),
      status,
    ],
  );
  let tried = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    tried = true;
    const state = store.getState();
    if (Object.keys(inputProblems(state.review.input)).length > 0) {
      render(state);
      (inputProblems(state.review.input).text !== undefined ? article.control : published.control).focus();
      return;
    }
    store.dispatch({ type: 'review', change: { type: 'extractStarted' } });
  });

  const serverErrors = (state: ExplorerState): Partial<Record<ExtractField, string>> => {
    const request = state.review.request;
    if (request?.kind !== 'extract' || request.status !== 'error') return {};
    const { error } = request;
    if (!(error instanceof ProblemError) || error.status !== 400) return {};
    const found: Partial<Record<ExtractField, string>> = {};
    for (const issue of error.problem?.errors ?? []) {
      const field = issue.parameter.replace(/^body\./, '') as ExtractField;
      if (['text', 'title', 'published', 'language'].includes(field)) found[field] = issue.message;
    }
    return found;
  };

  const render = (state: ExplorerState): void => {
    const words = explorerStrings(state.language).review;
    const { input, request } = state.review;
    heading.textContent = words.steps.source;
    intro.textContent = words.sourceIntro;
    fileLabel.textContent = words.fileLabel;
    (article.element.querySelector('label') as HTMLElement).textContent = words.textLabel;
    (title.element.querySelector('label') as HTMLElement).textContent = words.titleLabel;
    (published.element.querySelector('label') as HTMLElement).textContent = words.publishedLabel;
    (published.element.querySelector('.field-hint') as HTMLElement).textContent = words.publishedHint;
    (language.element.querySelector('label') as HTMLElement).textContent = words.languageLabel;
    language.control.querySelectorAll('option').forEach((option) => {
      option.textContent = words.languages[option.value as LanguageChoice];
    });
    update(article.control, input.text);
    update(title.control, input.title);
    update(published.control, input.published);
    language.control.value = input.language;
    count.textContent = `${words.characters(input.text.length, EXTRACT_MAX_CHARACTERS)} · ${words.dropHint}`;

    const local = tried ? inputProblems(input) : {};
    const remote = serverErrors(state);
    const textProblem =
      local.text === 'empty'
        ? words.textEmpty
        : local.text === 'long' || input.text.length > EXTRACT_MAX_CHARACTERS
          ? words.textTooLong(EXTRACT_MAX_CHARACTERS)
          : (remote.text ?? '');
    textError.textContent = textProblem;
    article.control.toggleAttribute('aria-invalid', textProblem !== '');
    const dateProblem = local.published === 'date' ? words.publishedInvalid : (remote.published ?? '');
    publishedError.textContent = dateProblem;
    published.control.toggleAttribute('aria-invalid', dateProblem !== '');

    const loading = request?.kind === 'extract' && request.status === 'loading';
    submit.disabled = loading;
    submit.textContent = loading ? words.extracting : words.extract;
    form.setAttribute('aria-busy', String(loading));
    status.replaceChildren(...statusContent(state));
  };

  const statusContent = (state: ExplorerState): Node[] => {
    const words = explorerStrings(state.language).review;
    const request = state.review.request;
    if (request?.kind !== 'extract') return [];
    if (request.status === 'loading')
      return [el('p', { className: 'muted', text: words.extracting, attrs: { role: 'status' } })];
    const { error } = request;
    let summary: string;
    let detail: string | null = null;
    const fields: string[] = [];
    if (error instanceof ProblemError && error.status === 503) summary = words.busy(error.retryAfter);
    else if (error instanceof ProblemError && error.status === 413)
      summary = words.tooLong(EXTRACT_MAX_CHARACTERS);
    else {
      ({ summary, detail } = describeError(error, state.language));
      if (error instanceof ProblemError) {
        for (const issue of error.problem?.errors ?? []) {
          const field = issue.parameter as ExtractField;
          fields.push(`${words.fieldNames[field] ?? issue.parameter}: ${issue.message}`);
        }
      }
    }
    return [
      el(
        'div',
        { className: 'inline-error', attrs: { role: 'alert', 'data-testid': 'review-extract-error' } },
        [
          el('strong', { text: words.extractFailed }),
          el('p', { text: summary }),
          detail !== null && el('p', { className: 'muted', text: detail }),
          fields.length > 0 &&
            el(
              'ul',
              {},
              fields.map((line) => el('li', { text: line })),
            ),
        ],
      ),
    ];
  };

  render(initial);
  return { element: form, render, focus: () => heading.focus() };
}
