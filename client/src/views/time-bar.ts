/**
 * The time bar under the map: a histogram of the agreements' status statements per month, stacked by
 * status, a handle that picks the month the map shows the network as of (its last position is today),
 * and play / pause with a speed. The handle is a native range input, so arrows, Home/End and Page keys
 * move it, and it tells screen readers the month rather than a number.
 */
import { AGREEMENT_STATUS_LABELS, AGREEMENT_STATUSES } from '../../../contract/vocabulary.js';
import { timelineMonths } from '../effects/timeline.js';
import { formatPartialDate, vocabularyLabel } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { explorerStrings } from '../i18n/strings.js';
import { current } from '../state/reducer.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const SPEEDS = [1, 2, 4, 12] as const;

export function createTimeBar(root: HTMLElement, store: Store): void {
  const play = el('button', {
    className: 'control timebar-play',
    attrs: { type: 'button', 'data-testid': 'timebar-play' },
  });
  play.addEventListener('click', () => {
    const { playback } = store.getState();
    store.dispatch({ type: 'setPlayback', playing: !playback.playing });
  });

  const speed = el('select', { className: 'timebar-speed', attrs: { 'data-testid': 'timebar-speed' } });
  speed.addEventListener('change', () => {
    const { playback } = store.getState();
    store.dispatch({ type: 'setPlayback', playing: playback.playing, speed: Number(speed.value) });
  });

  const histogram = document.createElementNS(SVG, 'svg');
  histogram.classList.add('timebar-histogram');
  histogram.setAttribute('preserveAspectRatio', 'none');
  histogram.setAttribute('role', 'img');
  histogram.dataset.testid = 'timebar-histogram';

  const handle = el('input', {
    className: 'timebar-handle',
    attrs: { type: 'range', min: '0', step: '1', 'data-testid': 'timebar-handle' },
  });
  handle.addEventListener('input', () => {
    const state = store.getState();
    // Moving the handle by hand takes over from playback.
    if (state.playback.playing) store.dispatch({ type: 'setPlayback', playing: false });
    store.dispatch({ type: 'setAsOf', month: timelineMonths(state)[Number(handle.value)] ?? null });
  });

  const label = el('output', { className: 'timebar-label', attrs: { 'data-testid': 'timebar-label' } });
  const today = el('button', {
    className: 'link-button timebar-today',
    attrs: { type: 'button', 'data-testid': 'timebar-today' },
  });
  today.addEventListener('click', () => {
    store.dispatch({ type: 'setPlayback', playing: false });
    store.dispatch({ type: 'setAsOf', month: null });
  });
  const note = el('span', { className: 'timebar-note', attrs: { 'data-testid': 'timebar-note' } });

  const heading = el('h2', { className: 'timebar-title', attrs: { id: 'timebar-title' } });
  root.setAttribute('aria-labelledby', 'timebar-title');
  root.replaceChildren(
    heading,
    play,
    speed,
    el('div', { className: 'timebar-track' }, [histogram, handle]),
    label,
    today,
    note,
  );

  const drawHistogram = (state: ExplorerState): void => {
    const text = explorerStrings(state.language).timeline;
    const months = current(state.timeline)?.months ?? [];
    const totals = months.map(({ counts }) =>
      AGREEMENT_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0),
    );
    const max = Math.max(1, ...totals);
    // One slot per month and one for today, as the handle has.
    histogram.setAttribute('viewBox', `0 0 ${months.length + 1} 1`);
    histogram.setAttribute('aria-label', text.histogram);
    const columns = months.map(({ month, counts }, index) => {
      const column = document.createElementNS(SVG, 'g');
      column.dataset.month = month;
      const title = document.createElementNS(SVG, 'title');
      title.textContent = text.monthEntries(
        monthName(month, state.language),
        entriesText(counts, state.language),
      );
      column.append(title);
      let top = 1;
      for (const status of AGREEMENT_STATUSES) {
        const height = (counts[status] ?? 0) / max;
        if (height === 0) continue;
        top -= height;
        const bar = document.createElementNS(SVG, 'rect');
        bar.classList.add('timebar-bar', `status-${status}`);
        bar.setAttribute('x', String(index + 0.1));
        bar.setAttribute('width', '0.8');
        bar.setAttribute('y', String(top));
        bar.setAttribute('height', String(height));
        column.append(bar);
      }
      return column;
    });
    histogram.replaceChildren(...columns);
  };

  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language).timeline;
    const months = timelineMonths(state);
    const at = state.asOf === null ? months.length : Math.max(0, months.indexOf(state.asOf));
    heading.textContent = text.title;
    play.textContent = state.playback.playing ? `❚❚ ${text.pause}` : `▶ ${text.play}`;
    play.setAttribute('aria-pressed', String(state.playback.playing));
    play.disabled = months.length === 0;
    speed.setAttribute('aria-label', text.speed);
    speed.replaceChildren(
      ...SPEEDS.map((value) =>
        el('option', {
          text: text.speedOption(value),
          attrs: { value: String(value), ...(value === state.playback.speed ? { selected: '' } : {}) },
        }),
      ),
    );
    handle.max = String(months.length);
    handle.value = String(at);
    handle.disabled = months.length === 0;
    const words = state.asOf === null ? text.today : text.asOf(monthName(state.asOf, state.language));
    handle.setAttribute('aria-label', text.title);
    handle.setAttribute('aria-valuetext', words);
    label.textContent = words;
    today.textContent = text.showToday;
    today.hidden = state.asOf === null;
    root.dataset.asOf = state.asOf ?? '';
    // Months after the handle are the future of the map: drawn faint.
    histogram.querySelectorAll<SVGGElement>('g').forEach((column, index) => {
      column.classList.toggle('later', index > at);
    });
    const timeline = state.timeline;
    note.textContent =
      timeline.status === 'error'
        ? text.failed
        : timeline.status === 'loading' && timeline.previous === null
          ? text.loading
          : timeline.status === 'ready' && timeline.value.truncated
            ? text.truncated
            : timeline.status === 'ready' && months.length === 0
              ? text.empty
              : '';
    root.dataset.status = timeline.status;
  };

  watch(store, ['timeline', 'language'], (state) => {
    drawHistogram(state);
    render(state);
  });
  watch(store, ['asOf', 'playback'], render);
  drawHistogram(store.getState());
  render(store.getState());
}

/** "December 2023" / "2023년 12월". */
const monthName = formatPartialDate;

function entriesText(counts: Record<string, number | undefined>, language: Language): string {
  return (
    AGREEMENT_STATUSES.filter((status) => (counts[status] ?? 0) > 0)
      .map((status) => `${vocabularyLabel(AGREEMENT_STATUS_LABELS, status, language)} ${counts[status]}`)
      .join(', ') || '0'
  );
}
