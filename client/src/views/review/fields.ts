/**
 * Labelled form controls for the review's editors. A control reports every keystroke, and the card it
 * sits in is not redrawn for it (Korean is typed through an input method, which a redrawn field would
 * cut off mid-syllable); `update` sets a value that changed elsewhere, never under the user's cursor.
 */
import { el } from '../dom.js';

export interface Field<T extends HTMLElement> {
  element: HTMLElement;
  control: T;
}

interface FieldOptions {
  id: string;
  label: string;
  value: string;
  hint?: string | null;
  /** Marks the field as needing a value (or a better one) now. */
  invalid?: boolean;
  lang?: string;
  onInput: (value: string) => void;
}

function described(id: string, hint: string | null | undefined): HTMLElement | null {
  // An empty hint is still drawn (and hidden by CSS while empty): a view may fill it in later.
  if (hint === null || hint === undefined) return null;
  return el('p', { className: 'field-hint', text: hint, attrs: { id: `${id}-hint` } });
}

function labelled<T extends HTMLElement>(options: FieldOptions, control: T): Field<T> {
  const hint = described(options.id, options.hint);
  if (hint !== null) control.setAttribute('aria-describedby', hint.id);
  if (options.invalid === true) control.setAttribute('aria-invalid', 'true');
  const label = el('label', { className: 'field-label', text: options.label, attrs: { for: options.id } });
  return { element: el('div', { className: 'field' }, [label, control, hint]), control };
}

export function textField(
  options: FieldOptions & { multiline?: boolean; type?: string; autocomplete?: string },
): Field<HTMLInputElement | HTMLTextAreaElement> {
  const attrs = { id: options.id, lang: options.lang, 'data-testid': options.id };
  const control = options.multiline
    ? el('textarea', { className: 'review-textarea', attrs: { ...attrs, rows: '3' } })
    : el('input', {
        attrs: { ...attrs, type: options.type ?? 'text', autocomplete: options.autocomplete ?? 'off' },
      });
  control.value = options.value;
  control.addEventListener('input', () => options.onInput(control.value));
  return labelled(options, control);
}

export function selectField(
  options: FieldOptions & { choices: readonly (readonly [value: string, label: string])[] },
): Field<HTMLSelectElement> {
  const control = el(
    'select',
    { attrs: { id: options.id, 'data-testid': options.id } },
    options.choices.map(([value, label]) => el('option', { text: label, attrs: { value } })),
  );
  control.value = options.value;
  control.addEventListener('change', () => options.onInput(control.value));
  return labelled(options, control);
}

/** Sets a control's value unless the user is typing in it. */
export function update(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (document.activeElement !== control && control.value !== value) control.value = value;
}

/** A button that stays pressed while its choice holds (accept, reject). */
export function toggleButton(
  text: string,
  pressed: boolean,
  attrs: Record<string, string>,
  onClick: () => void,
): HTMLButtonElement {
  const button = el('button', {
    className: `button button-small${pressed ? ' active' : ''}`,
    text,
    attrs: { type: 'button', 'aria-pressed': String(pressed), ...attrs },
  });
  button.addEventListener('click', onClick);
  return button;
}

/** An id for a control that stays the same when its card is drawn again (focus is found by it). */
export function controlId(...parts: (string | number)[]): string {
  return `review-${parts.join('-')}`.replace(/[^A-Za-z0-9_-]/g, '_');
}
