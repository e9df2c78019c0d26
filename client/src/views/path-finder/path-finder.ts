/**
 * The path finder. views/path-finder/ holds its form (this file: two institution pickers and the options
 * of `/api/paths`: one or all shortest paths, the maximum number of hops, a domain the agreements must
 * cover) and the answer in words (path-answer.ts); the canvas draws the same answer
 * (views/canvas/path-layer.ts). Choosing the second end runs the search at once; an end typed and not
 * picked is sent as typed, and a term that names no single institution is answered in end-problem.ts.
 */
import { type CooperationGraph, nodeLabel } from '../../graph/network.js';
import { describeError } from '../../i18n/describe-error.js';
import type { ExplorerStrings } from '../../i18n/explorer-strings.js';
import { explorerStrings } from '../../i18n/strings.js';
import { current } from '../../state/reducer.js';
import type { Store } from '../../state/store.js';
import { type ExplorerState, OFFERED_PATH_MODES, type OfferedPathMode } from '../../state/types.js';
import { DEFAULT_MAX_HOPS, MAX_HOPS_LIMIT } from '../../state/url.js';
import { changed } from '../../state/watch.js';
import { DEFAULT_PATH_LINKS } from '../../../../contract/vocabulary.js';
import { el } from '../dom.js';
import { createSearchBox } from '../search-box.js';
import { endProblem } from './end-problem.js';
import { renderAnswer } from './path-answer.js';

const MODE_LABELS: Record<OfferedPathMode, (text: ExplorerStrings) => string> = {
  shortest: (text) => text.pathShortest,
  'all-shortest': (text) => text.pathAllShortest,
};

export function createPathFinder(root: HTMLElement, store: Store, graph: CooperationGraph): void {
  const initial = store.getState();
  const picker = (end: 'from' | 'to') =>
    createSearchBox({
      id: `path-${end}`,
      language: initial.language,
      type: 'institution',
      label: (language) =>
        end === 'from' ? explorerStrings(language).pathFrom : explorerStrings(language).pathTo,
      placeholder: (language) =>
        end === 'from'
          ? explorerStrings(language).pathFromPlaceholder
          : explorerStrings(language).pathToPlaceholder,
      onChoose: (result) => {
        store.dispatch({ type: 'setPathEnd', end, id: result.id });
        if (typed('from') !== null && typed('to') !== null) find();
      },
    });
  const from = picker('from');
  const to = picker('to');
  const fromLabel = el('span', { className: 'field-label', attrs: { 'aria-hidden': 'true' } });
  const toLabel = el('span', { className: 'field-label', attrs: { 'aria-hidden': 'true' } });
  const swap = el('button', {
    className: 'icon-button',
    text: '⇅',
    attrs: { type: 'button', 'data-testid': 'path-swap' },
  });
  const mode = el('select', { attrs: { 'data-testid': 'path-mode', id: 'path-mode' } });
  const modeLabel = el('label', { className: 'field-label', attrs: { for: 'path-mode' } });
  const hops = el('input', {
    attrs: {
      type: 'number',
      min: '1',
      max: String(MAX_HOPS_LIMIT),
      id: 'path-max-hops',
      'data-testid': 'path-max-hops',
    },
  });
  const hopsLabel = el('label', { className: 'field-label', attrs: { for: 'path-max-hops' } });
  const domain = el('select', { attrs: { 'data-testid': 'path-domain', id: 'path-domain' } });
  const domainLabel = el('label', { className: 'field-label', attrs: { for: 'path-domain' } });
  // Being at the same event, or a person's posts, are links only when the user asks for them: they do
  // not say the two institutions cooperate.
  const optionalLink = (link: 'event' | 'person') => {
    const box = el('input', {
      attrs: { type: 'checkbox', id: `path-via-${link}`, 'data-testid': `path-via-${link}` },
    });
    const label = el('label', { attrs: { for: `path-via-${link}` } });
    return { link, box, label, element: el('div', { className: 'field field-check' }, [box, label]) };
  };
  const optionalLinks = [optionalLink('event'), optionalLink('person')];
  const findButton = el('button', {
    className: 'button button-primary',
    attrs: { type: 'submit', 'data-testid': 'path-find' },
  });
  const clearButton = el('button', {
    className: 'button',
    attrs: { type: 'button', 'data-testid': 'path-clear' },
  });
  const results = el('div', {
    className: 'path-results',
    attrs: { 'data-testid': 'path-results', 'aria-live': 'polite' },
  });
  hops.value = String(initial.path?.maxHops ?? DEFAULT_MAX_HOPS);

  const form = el('form', { className: 'path-form' }, [
    el('div', { className: 'path-ends' }, [
      el('div', { className: 'field' }, [fromLabel, from.element]),
      swap,
      el('div', { className: 'field' }, [toLabel, to.element]),
    ]),
    el('div', { className: 'path-options' }, [
      el('div', { className: 'field' }, [modeLabel, mode]),
      el('div', { className: 'field field-narrow' }, [hopsLabel, hops]),
      el('div', { className: 'field' }, [domainLabel, domain]),
      ...optionalLinks.map((option) => option.element),
    ]),
    el('div', { className: 'form-actions' }, [findButton, clearButton]),
  ]);
  root.replaceChildren(form, results);

  // A typed end is the term itself until a suggestion is picked: the API takes an exact acronym or name.
  const typed = (end: 'from' | 'to'): string | null => {
    const picked = store.getState().pathEnds[end];
    if (picked !== null) return picked;
    const term = (end === 'from' ? from : to).input.value.trim();
    return term === '' ? null : term;
  };
  for (const [end, box] of [
    ['from', from],
    ['to', to],
  ] as const) {
    box.input.addEventListener('input', () => {
      if (store.getState().pathEnds[end] !== null) store.dispatch({ type: 'setPathEnd', end, id: null });
    });
  }

  const find = (): void => {
    const pathEnds = { from: typed('from'), to: typed('to') };
    if (pathEnds.from === null || pathEnds.to === null) {
      results.replaceChildren(
        el('p', { className: 'muted', text: explorerStrings(store.getState().language).pathPickBoth }),
      );
      return;
    }
    const maxHops = Math.min(MAX_HOPS_LIMIT, Math.max(1, Math.round(Number(hops.value)) || DEFAULT_MAX_HOPS));
    store.dispatch({
      type: 'findPath',
      query: {
        from: pathEnds.from,
        to: pathEnds.to,
        mode: (OFFERED_PATH_MODES as readonly string[]).includes(mode.value)
          ? (mode.value as OfferedPathMode)
          : 'shortest',
        maxHops,
        domain: domain.value === '' ? null : domain.value,
        via: [
          ...DEFAULT_PATH_LINKS,
          ...optionalLinks.filter((option) => option.box.checked).map((o) => o.link),
        ],
      },
    });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    find();
  });
  clearButton.addEventListener('click', () => {
    store.dispatch({ type: 'clearPath' });
    store.dispatch({ type: 'setPathEnd', end: 'from', id: null });
    store.dispatch({ type: 'setPathEnd', end: 'to', id: null });
  });
  swap.addEventListener('click', () => {
    const { pathEnds } = store.getState();
    store.dispatch({ type: 'setPathEnd', end: 'from', id: pathEnds.to });
    store.dispatch({ type: 'setPathEnd', end: 'to', id: pathEnds.from });
    if (store.getState().path !== null) find();
  });

  const endName = (state: ExplorerState, id: string | null): string => {
    if (id === null) return '';
    if (graph.hasNode(id)) return nodeLabel(graph.getNodeAttributes(id), state.language);
    const answer = current(state.paths);
    const ref = [answer?.from, answer?.to].find((candidate) => candidate?.id === id);
    if (ref !== undefined) return state.language === 'ko' ? ref.nameKo : (ref.acronym ?? ref.nameEn);
    return id;
  };

  const render = (state: ExplorerState, previous: ExplorerState | null): void => {
    const text = explorerStrings(state.language);
    if (previous === null || state.language !== previous.language) {
      from.setLanguage(state.language);
      to.setLanguage(state.language);
      fromLabel.textContent = text.pathFrom;
      toLabel.textContent = text.pathTo;
      modeLabel.textContent = text.pathMode;
      hopsLabel.textContent = text.maxHops;
      domainLabel.textContent = text.pathDomain;
      for (const option of optionalLinks) option.label.textContent = text.pathVia[option.link];
      findButton.textContent = text.findPath;
      clearButton.textContent = text.clearPath;
      swap.title = `${text.pathFrom} ⇄ ${text.pathTo}`;
      swap.setAttribute('aria-label', swap.title);
      const modeValue = mode.value || (state.path?.mode ?? 'shortest');
      mode.replaceChildren(
        ...OFFERED_PATH_MODES.map((value) =>
          el('option', { text: MODE_LABELS[value](text), attrs: { value } }),
        ),
      );
      mode.value = modeValue;
    }
    if (previous === null || changed(state, previous, ['language', 'graphVersion'])) {
      const value = domain.value || (state.path?.domain ?? '');
      domain.replaceChildren(
        el('option', { text: text.anyDomain, attrs: { value: '' } }),
        ...graph.getAttribute('domains').map((entry) =>
          el('option', {
            text: state.language === 'ko' ? entry.nameKo : entry.nameEn,
            attrs: { value: entry.id },
          }),
        ),
      );
      domain.value = value;
    }
    if (previous === null || changed(state, previous, ['pathEnds', 'language', 'paths'])) {
      if (document.activeElement !== from.input) from.setText(endName(state, state.pathEnds.from));
      if (document.activeElement !== to.input) to.setText(endName(state, state.pathEnds.to));
    }
    if (previous !== null && state.path !== previous.path && state.path !== null) {
      mode.value = state.path.mode;
      hops.value = String(state.path.maxHops);
      domain.value = state.path.domain ?? '';
      for (const option of optionalLinks) option.box.checked = state.path.via.includes(option.link);
    }
    if (previous === null || changed(state, previous, ['paths', 'language', 'path', 'graphVersion'])) {
      renderResults(state);
    }
  };

  const renderResults = (state: ExplorerState): void => {
    const text = explorerStrings(state.language);
    results.dataset.status = state.path === null ? 'idle' : state.paths.status;
    if (state.path === null) {
      results.replaceChildren();
      return;
    }
    if (state.paths.status === 'loading' || state.paths.status === 'idle') {
      results.replaceChildren(
        el('p', { className: 'muted', text: text.pathSearching, attrs: { role: 'status' } }),
      );
      return;
    }
    if (state.paths.status === 'error') {
      const ends = endProblem(state.paths.error, state.path, state.language, (end, id) => {
        store.dispatch({ type: 'setPathEnd', end, id });
        find();
      });
      if (ends !== null) {
        results.replaceChildren(ends);
        return;
      }
      const { summary, detail } = describeError(state.paths.error, state.language);
      results.replaceChildren(
        el('div', { className: 'inline-error', attrs: { role: 'alert', 'data-testid': 'path-error' } }, [
          el('strong', { text: text.pathFailed }),
          el('p', { text: summary }),
          detail !== null && el('p', { className: 'muted', text: detail }),
        ]),
      );
      return;
    }
    results.replaceChildren(...renderAnswer(state.paths.value, state.path, state.language, store, graph));
  };

  store.subscribe((next, previous) => render(next, previous));
  render(initial, null);
}
