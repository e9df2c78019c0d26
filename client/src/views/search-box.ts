/**
 * A search field with autocomplete over the API's search (Korean and English names, acronyms, aliases,
 * agreement titles), following the ARIA combobox pattern: arrows move through the options, Enter chooses,
 * Escape closes the list (and then clears the field). The same component is the main search and the two
 * pickers of the path finder (`type: 'institution'`).
 */
import type { SearchResult, SearchType } from '../../../contract/explore.js';
import { searchEntities } from '../api/explore.js';
import { describeError } from '../i18n/describe-error.js';
import type { Language } from '../i18n/language.js';
import { explorerStrings } from '../i18n/strings.js';
import { el } from './dom.js';

export interface SearchBoxOptions {
  /** Prefix of element ids and test ids (`search`, `path-from`…). */
  id: string;
  language: Language;
  label: (language: Language) => string;
  placeholder: (language: Language) => string;
  /** Only institutions (the path finder's pickers); both kinds when absent. */
  type?: Extract<SearchType, 'institution'>;
  onChoose: (result: SearchResult) => void;
}

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setLanguage: (language: Language) => void;
  /** Shows a chosen value (a name) without searching. */
  setText: (text: string) => void;
  focus: () => void;
}

const DEBOUNCE_MS = 140;

type Listing =
  | { status: 'closed' }
  | { status: 'searching'; query: string }
  | { status: 'results'; query: string; results: SearchResult[] }
  | { status: 'error'; query: string; error: unknown };

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  let language = options.language;
  let listing: Listing = { status: 'closed' };
  let active = -1;
  let timer: number | undefined;
  let request: AbortController | null = null;
  const cache = new Map<string, SearchResult[]>();
  const listId = `${options.id}-options`;

  const label = el('label', { className: 'visually-hidden', attrs: { for: `${options.id}-input` } });
  const input = el('input', {
    className: 'search-input',
    attrs: {
      id: `${options.id}-input`,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'data-testid': `${options.id}-input`,
    },
  });
  const list = el('ul', {
    className: 'search-options',
    attrs: { id: listId, role: 'listbox', 'data-testid': `${options.id}-options` },
  });
  list.hidden = true;
  const element = el('div', { className: 'search-box', attrs: { 'data-testid': options.id } }, [
    label,
    input,
    list,
  ]);

  const results = (): SearchResult[] => (listing.status === 'results' ? listing.results : []);

  const render = (): void => {
    const text = explorerStrings(language);
    label.textContent = options.label(language);
    input.placeholder = options.placeholder(language);
    const open = listing.status !== 'closed';
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open && results().length > 0));
    if (listing.status === 'closed') {
      list.replaceChildren();
      input.removeAttribute('aria-activedescendant');
      return;
    }
    if (listing.status === 'searching') {
      list.replaceChildren(
        el('li', { className: 'search-note', text: text.searching, attrs: { role: 'presentation' } }),
      );
      return;
    }
    if (listing.status === 'error') {
      const { summary } = describeError(listing.error, language);
      list.replaceChildren(
        el('li', {
          className: 'search-note search-error',
          text: `${text.searchFailed}: ${summary}`,
          attrs: { role: 'alert' },
        }),
      );
      return;
    }
    if (listing.results.length === 0) {
      list.replaceChildren(
        el('li', {
          className: 'search-note',
          text: text.noResults(listing.query),
          attrs: { role: 'presentation' },
        }),
      );
      return;
    }
    list.replaceChildren(...listing.results.map((result, index) => renderOption(result, index)));
    const activeId = active >= 0 ? `${options.id}-option-${active}` : null;
    if (activeId === null) input.removeAttribute('aria-activedescendant');
    else input.setAttribute('aria-activedescendant', activeId);
    document.getElementById(activeId ?? '')?.scrollIntoView({ block: 'nearest' });
  };

  const renderOption = (result: SearchResult, index: number): HTMLElement => {
    const text = explorerStrings(language);
    const name = language === 'ko' ? result.nameKo : result.nameEn;
    const other = language === 'ko' ? result.nameEn : result.nameKo;
    const shownFields =
      language === 'ko' ? ['nameKo', 'titleKo', 'acronym'] : ['nameEn', 'titleEn', 'acronym'];
    const matched = shownFields.includes(result.matchedField)
      ? null
      : `${text.matchedFields[result.matchedField]}: ${result.matchedText}`;
    const option = el(
      'li',
      {
        className: `search-option${index === active ? ' active' : ''}`,
        attrs: {
          id: `${options.id}-option-${index}`,
          role: 'option',
          'aria-selected': String(index === active),
          // A gazetteer entry is named, not drawn: there is nothing on the map to go to.
          ...(result.type === 'reference' ? { 'aria-disabled': 'true' } : {}),
          'data-id': result.id,
          'data-type': result.type,
        },
      },
      [
        el('span', {
          className: `search-type search-type-${result.type}`,
          text: text.searchTypes[result.type],
        }),
        el('span', { className: 'search-name' }, [
          el('span', { text: name, attrs: { lang: language } }),
          result.acronym !== null && result.acronym !== name
            ? el('span', { className: 'search-acronym', text: ` ${result.acronym}` })
            : null,
        ]),
        el('span', { className: 'search-other', text: matched ?? other }),
      ],
    );
    // mousedown, not click: a click would blur the field first and close the list under the pointer.
    option.addEventListener('mousedown', (event) => {
      event.preventDefault();
      choose(result);
    });
    return option;
  };

  const choose = (result: SearchResult): void => {
    if (result.type === 'reference') return;
    input.value = result.acronym ?? (language === 'ko' ? result.nameKo : result.nameEn);
    close();
    options.onChoose(result);
  };

  const close = (): void => {
    request?.abort();
    window.clearTimeout(timer);
    listing = { status: 'closed' };
    active = -1;
    render();
  };

  const search = (query: string): void => {
    const cached = cache.get(query);
    if (cached !== undefined) {
      listing = { status: 'results', query, results: cached };
      active = cached.length > 0 ? 0 : -1;
      render();
      return;
    }
    request?.abort();
    const controller = new AbortController();
    request = controller;
    if (listing.status !== 'results') {
      listing = { status: 'searching', query };
      render();
    }
    const type = options.type === undefined ? {} : { type: options.type };
    searchEntities(query, { ...type, limit: 10 }, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        cache.set(query, answer.results);
        listing = { status: 'results', query, results: answer.results };
        active = answer.results.length > 0 ? 0 : -1;
        render();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        listing = { status: 'error', query, error };
        render();
      },
    );
  };

  input.addEventListener('input', () => {
    const query = input.value.trim();
    window.clearTimeout(timer);
    if (query === '') {
      close();
      return;
    }
    timer = window.setTimeout(() => search(query), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const count = results().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (listing.status === 'closed' && input.value.trim() !== '') search(input.value.trim());
      if (count === 0) return;
      event.preventDefault();
      active = event.key === 'ArrowDown' ? (active + 1) % count : (active - 1 + count) % count;
      render();
    } else if (event.key === 'Enter') {
      const result = results()[active];
      if (result === undefined) return;
      event.preventDefault();
      choose(result);
    } else if (event.key === 'Escape') {
      // Handled here: the page's Escape (closing the side panel) must not fire as well.
      event.stopPropagation();
      if (listing.status !== 'closed') close();
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => close());

  render();
  return {
    element,
    input,
    setLanguage(next) {
      language = next;
      render();
    },
    setText(text) {
      input.value = text;
    },
    focus: () => input.focus(),
  };
}
