/**
 * Analysis: colour the nodes by country or by Louvain community, size them by partners, betweenness or
 * agreements, and two small ranked tables — the brokers (betweenness) and the most connected — of the
 * current (filtered) view, from `/api/stats`. A row selects its institution.
 */
import { mostConnected, type RankedInstitution, topBrokers } from '../graph/metrics.js';
import { describeError } from '../i18n/describe-error.js';
import type { Language } from '../i18n/language.js';
import { explorerStrings } from '../i18n/strings.js';
import { current } from '../state/reducer.js';
import type { Store } from '../state/store.js';
import { COLOUR_MODES, type ExplorerState, SIZE_METRICS } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

const ROWS = 8;

export function createAnalysisPanel(root: HTMLElement, store: Store, onReveal: (id: string) => void): void {
  const render = (state: ExplorerState): void => {
    const { language } = state;
    const text = explorerStrings(language);
    const radios = <T extends string>(
      name: string,
      legend: string,
      values: readonly T[],
      selected: T,
      label: (value: T) => string,
      onPick: (value: T) => void,
    ): HTMLElement =>
      el('fieldset', { className: 'radio-group', attrs: { 'data-testid': name } }, [
        el('legend', { className: 'field-label', text: legend }),
        ...values.map((value) => {
          const input = el('input', {
            attrs: {
              type: 'radio',
              name,
              value,
              'data-testid': `${name}-${value}`,
              ...(value === selected ? { checked: '' } : {}),
            },
          });
          input.addEventListener('change', () => onPick(value));
          return el('label', { className: 'radio' }, [input, label(value)]);
        }),
      ]);

    const colour = radios(
      'colour-by',
      text.colourBy,
      COLOUR_MODES,
      state.colour,
      (value) => (value === 'country' ? text.colourCountry : text.colourCommunity),
      (value) => store.dispatch({ type: 'setColour', colour: value }),
    );
    const size = radios(
      'size-by',
      text.sizeBy,
      SIZE_METRICS,
      state.size,
      (value) => text.metrics[value],
      (value) => store.dispatch({ type: 'setSize', size: value }),
    );

    const stats = current(state.stats);
    const sections: (Node | null)[] = [colour, size];
    if (stats === null) {
      sections.push(
        state.stats.status === 'error'
          ? errorNote(language, text.statsFailed, state.stats.error)
          : el('p', { className: 'muted', text: text.statsLoading }),
      );
    } else {
      sections.push(
        el('p', {
          className: 'muted',
          attrs: { 'data-testid': 'communities-summary' },
          text: text.communitiesSummary(stats.view.communities, stats.view.modularity),
        }),
        el('h3', { className: 'section-title', text: text.brokers, attrs: { title: text.brokersHint } }),
        el('p', { className: 'field-hint', text: text.brokersHint }),
        table(
          'brokers',
          topBrokers(stats, ROWS),
          (row) => row.betweenness.toFixed(3),
          language,
          text.noBrokers,
        ),
        el('h3', { className: 'section-title', text: text.connected }),
        table('connected', mostConnected(stats, ROWS), (row) => String(row.degree), language, text.noBrokers),
      );
      if (state.stats.status === 'error')
        sections.push(errorNote(language, text.statsFailed, state.stats.error));
    }
    const focused = root.contains(document.activeElement)
      ? document.activeElement?.getAttribute('data-testid')
      : null;
    root.replaceChildren(...sections.filter((node): node is Node => node !== null));
    if (focused) root.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
  };

  const table = (
    name: string,
    rows: RankedInstitution[],
    value: (row: RankedInstitution) => string,
    language: Language,
    empty: string,
  ): HTMLElement => {
    const text = explorerStrings(language);
    if (rows.length === 0) return el('p', { className: 'muted', text: empty });
    const header = name === 'brokers' ? text.metrics.betweenness : text.metrics.degree;
    return el('table', { className: 'ranking', attrs: { 'data-testid': `ranking-${name}` } }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: text.rank }),
          el('th', { text: text.name }),
          el('th', { text: header }),
        ]),
      ]),
      el(
        'tbody',
        {},
        rows.map((row, index) => {
          const link = el('button', {
            className: 'link-button',
            text: language === 'ko' ? row.nameKo : (row.acronym ?? row.nameEn),
            attrs: {
              type: 'button',
              'data-institution': row.id,
              title: language === 'ko' ? row.nameEn : row.nameKo,
            },
          });
          link.addEventListener('click', () => onReveal(row.id));
          return el('tr', {}, [
            el('td', { text: String(index + 1) }),
            el('td', {}, [link]),
            el('td', { className: 'number', text: value(row) }),
          ]);
        }),
      ),
    ]);
  };

  watch(store, ['stats', 'language', 'colour', 'size'], render);
  render(store.getState());
}

function errorNote(language: Language, title: string, error: unknown): HTMLElement {
  const { summary } = describeError(error, language);
  return el('div', { className: 'inline-error', attrs: { role: 'alert' } }, [
    el('strong', { text: title }),
    el('p', { text: summary }),
  ]);
}
