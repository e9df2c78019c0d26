/**
 * The named queries of `cypher/queries/`, one click away: a list of titles; choosing one shows its
 * description and a field per parameter (defaults filled in), and runs it through its own endpoint.
 * A server without named queries shows a line that says so, and the console works as before.
 */
import type { NamedQueryDescription, NamedQueryParameter } from '../../../contract/named-queries.js';
import type { ConsoleStrings } from '../i18n/page-strings.js';
import { el } from '../views/dom.js';

export interface NamedQueriesOptions {
  root: HTMLElement;
  onRun: (query: NamedQueryDescription, params: Record<string, unknown>) => void;
}

export interface NamedQueriesView {
  setQueries: (queries: NamedQueryDescription[] | null | 'loading') => void;
  setStrings: (text: ConsoleStrings) => void;
}

export function createNamedQueries({ root, onRun }: NamedQueriesOptions): NamedQueriesView {
  let queries: NamedQueryDescription[] | null | 'loading' = 'loading';
  let chosen: string | null = null;
  let text: ConsoleStrings | null = null;

  const render = (): void => {
    if (text === null) return;
    if (queries === 'loading' || queries === null || queries.length === 0) {
      root.replaceChildren(
        el('p', {
          className: 'muted',
          text: queries === 'loading' ? text.namedQueriesLoading : text.namedQueriesUnavailable,
        }),
      );
      return;
    }
    const list = el(
      'ul',
      { className: 'console-named-list' },
      queries.map((query) => {
        const button = el('button', {
          className: `link-button${query.name === chosen ? ' active' : ''}`,
          text: query.title,
          attrs: { type: 'button', title: query.description, 'data-named-query': query.name },
        });
        button.addEventListener('click', () => {
          chosen = query.name;
          if (query.parameters.length === 0) onRun(query, {});
          render();
        });
        return el('li', {}, [button]);
      }),
    );
    const current = queries.find((query) => query.name === chosen);
    root.replaceChildren(...(current === undefined ? [list] : [list, renderForm(current, text)]));
  };

  const renderForm = (query: NamedQueryDescription, strings: ConsoleStrings): HTMLElement => {
    const inputs = query.parameters.map((parameter) => {
      const input = el('input', {
        className: 'console-input',
        attrs: {
          type: 'text',
          name: parameter.name,
          value:
            parameter.default === undefined || parameter.default === null
              ? ''
              : formatDefault(parameter.default),
          placeholder: parameter.type,
          'aria-label': parameter.name,
        },
      });
      return { parameter, input };
    });
    const form = el(
      'form',
      { className: 'console-named-form', attrs: { 'data-testid': 'named-query-form' } },
      [
        el('p', { className: 'console-named-description', text: query.description }),
        ...inputs.map(({ parameter, input }) =>
          el('label', { className: 'console-field' }, [
            el('span', {
              className: 'console-field-name',
              text: `${parameter.name}${parameter.required ? ' *' : ''}`,
            }),
            input,
            el('span', { className: 'console-field-help', text: parameter.description }),
          ]),
        ),
        el('button', { className: 'button', text: strings.namedQueryRun, attrs: { type: 'submit' } }),
      ],
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const params: Record<string, unknown> = {};
      for (const { parameter, input } of inputs) {
        const value = parseParameter(parameter, input.value);
        if (value !== undefined) params[parameter.name] = value;
      }
      onRun(query, params);
    });
    return form;
  };

  return {
    setQueries(next) {
      queries = next;
      render();
    },
    setStrings(next) {
      text = next;
      render();
    },
  };
}

function formatDefault(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * The registry writes types as `string`, `integer(1..500)`, `number`, `boolean`, `enum(a,b)` or
 * `string[]`; the server validates the values, so this only turns the text into the JSON type.
 */
function parseParameter(parameter: NamedQueryParameter, raw: string): unknown {
  const value = raw.trim();
  if (value === '') return undefined;
  const type = parameter.type.replace(/\?$/, '');
  if (type.endsWith('[]')) {
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    return type.startsWith('integer') || type.startsWith('number') ? items.map(Number) : items;
  }
  if (type.startsWith('integer') || type.startsWith('number') || type.startsWith('float')) {
    const number = Number(value);
    return Number.isNaN(number) ? value : number;
  }
  if (type.startsWith('boolean')) return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}
