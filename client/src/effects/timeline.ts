/**
 * The time bar's effects: the timeline of the filtered agreements, loaded after the network's first
 * answer and again when the filters or the graph change; the network as of the chosen month, cut from
 * the view whenever one of them moves; and playback, a month at a time.
 */
import { fetchTimeline } from '../api/timeline.js';
import type { CooperationGraph } from '../graph/network.js';
import { createTimeSlicer, type TimeSlicer } from '../graph/time-slice.js';
import { sameFilters } from '../state/filters.js';
import { current } from '../state/reducer.js';
import type { Store } from '../state/store.js';
import type { ExplorerState, Filters } from '../state/types.js';
import { changed } from '../state/watch.js';

/** What the time view is cut from: a change of any of these cuts it again. */
const SLICE_INPUTS = ['asOf', 'timeline', 'view', 'graphVersion'] as const;

/** The timeline is the same for every status: an agreement's entries are its history, whatever it is now. */
const besidesStatus = (filters: Filters): Filters => ({ ...filters, status: null });

/** The months the time bar runs over, from the timeline's first to its last. */
export function timelineMonths(state: ExplorerState): string[] {
  return current(state.timeline)?.months.map((entry) => entry.month) ?? [];
}

export function createTimelineEffects(store: Store, graph: CooperationGraph): void {
  let request: AbortController | null = null;
  let timer: number | null = null;

  const load = (state: ExplorerState): void => {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    fetchTimeline(state.filters, controller.signal).then(
      (timeline) => {
        if (!controller.signal.aborted) store.dispatch({ type: 'timelineSucceeded', timeline });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) store.dispatch({ type: 'timelineFailed', error });
      },
    );
  };

  /** The slicer of the current timeline and view, and the state it was made from. */
  let slicer: { made: ExplorerState; slice: TimeSlicer } | null = null;
  const slice = (state: ExplorerState): void => {
    const timeline = current(state.timeline);
    if (state.asOf === null || timeline === null) return;
    // Made again when the timeline, the view or the graph changes; a new month reuses it.
    if (slicer === null || changed(state, slicer.made, ['timeline', 'view', 'graphVersion'])) {
      slicer = { made: state, slice: createTimeSlicer(graph, current(state.view), timeline.entries) };
    }
    store.dispatch({ type: 'timeViewComputed', view: slicer.slice(state.asOf, state.filters.status) });
  };

  /** One month on; past the last one, playback stops there. */
  const step = (): void => {
    const state = store.getState();
    const months = timelineMonths(state);
    const at = state.asOf === null ? -1 : months.indexOf(state.asOf);
    const next = months[at + 1];
    if (next === undefined) {
      store.dispatch({ type: 'setPlayback', playing: false });
      return;
    }
    store.dispatch({ type: 'setAsOf', month: next });
  };

  const play = (state: ExplorerState): void => {
    if (timer !== null) window.clearInterval(timer);
    timer = null;
    if (!state.playback.playing) return;
    const months = timelineMonths(state);
    // Played from the end (or from today), it starts over from the first month.
    if (state.asOf === null || state.asOf === months.at(-1)) {
      const first = months[0];
      if (first !== undefined) store.dispatch({ type: 'setAsOf', month: first });
    }
    timer = window.setInterval(step, 1000 / state.playback.speed);
  };

  store.subscribe((next, previous, action) => {
    if (action.type === 'loadSucceeded' && previous.load.status !== 'ready') load(next);
    else if (action.type === 'datasetImported') load(next);
    else if (
      next.load.status === 'ready' &&
      !sameFilters(besidesStatus(next.filters), besidesStatus(previous.filters))
    )
      load(next);
    if (changed(next, previous, SLICE_INPUTS) || next.filters.status !== previous.filters.status) slice(next);
    if (next.playback !== previous.playback) play(next);
  });
}
