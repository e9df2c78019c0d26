/**
 * The agreements view's loading: asked for with the filters and the last day of the month, asked again
 * when they change, a slow answer never shown over a newer one, placed again when the map moves.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { AgreementGraph } from '../../contract/agreement-graph.js';
import { createAgreementGraphEffects } from '../../client/src/effects/agreement-graph.js';
import { initialState } from '../../client/src/state/reducer.js';
import { createStore, type Store } from '../../client/src/state/store.js';
import { parseViewState } from '../../client/src/state/url.js';
import { agreement, ANSWER, laidOutMap, party } from './agreement-fixtures.js';
import { SAMPLE } from './fixtures.js';

/** A request the page made, answered when the test says. */
interface Asked {
  params: URLSearchParams;
  signal: AbortSignal;
  answer: (graph: AgreementGraph) => void;
}

let asked: Asked[];

beforeEach(() => {
  asked = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    let resolve: (response: Response) => void = () => undefined;
    const promise = new Promise<Response>((settle) => (resolve = settle));
    asked.push({
      params: new URL(url, 'http://explorer.test').searchParams,
      signal: init.signal!,
      // Answered even after an abort: a server that was already sending, as a real one may be.
      answer: (graph) => resolve(Response.json(graph)),
    });
    return promise;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The explorer opened on `query`, its first network loaded. */
function explorer(query: string): { store: Store; map: ReturnType<typeof laidOutMap> } {
  const store = createStore(initialState(parseViewState(query, 'en')));
  const map = laidOutMap();
  createAgreementGraphEffects(store, map);
  store.dispatch({ type: 'loadSucceeded', attributes: SAMPLE.attributes, pages: null });
  return { store, map };
}

const shownAgreements = (store: Store): string[] => {
  const view = store.getState().agreementsView;
  return view.status === 'ready' ? view.value.filterNodes((key) => key.startsWith('agreement:')) : [];
};

/** The answer as of April 2023: one agreement. */
const APRIL: AgreementGraph = {
  ...ANSWER,
  nodes: [
    ...ANSWER.nodes.filter((node) => node.key.startsWith('institution:')),
    agreement('q0', 'signed', 5),
  ],
  edges: [party('kriss', 'q0'), party('nist', 'q0')],
};

/** Lets the answers' promises settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the agreements view’s loading', () => {
  it('waits for the agreements view, then asks with the filters', () => {
    const { store } = explorer('?domain=quantum');
    expect(asked).toHaveLength(0);
    store.dispatch({ type: 'setShape', shape: 'agreements' });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.params.get('shape')).toBe('agreements');
    expect(asked[0]!.params.get('domain')).toBe('quantum');
    expect(asked[0]!.params.has('asOf')).toBe(false);
  });

  it('asks as of the last day of the month, and shows the newer answer whatever the order', async () => {
    const { store } = explorer('?shape=agreements');
    expect(asked).toHaveLength(1);
    store.dispatch({ type: 'setAsOf', month: '2024-02' });
    expect(asked).toHaveLength(2);
    expect(asked[1]!.params.get('asOf')).toBe('2024-02-29');
    expect(asked[0]!.signal.aborted).toBe(true);
    asked[1]!.answer(APRIL);
    await settled();
    expect(shownAgreements(store)).toEqual(['agreement:q0']);
    // The first request's answer comes last: it is not shown.
    asked[0]!.answer(ANSWER);
    await settled();
    expect(shownAgreements(store)).toEqual(['agreement:q0']);
    // Nothing changed: nothing is asked again.
    store.dispatch({ type: 'setShape', shape: 'cooperation' });
    store.dispatch({ type: 'setShape', shape: 'agreements' });
    expect(asked).toHaveLength(2);
  });

  it('places the view again when the map’s layout settles, without asking again', async () => {
    const { store, map } = explorer('?shape=agreements');
    asked[0]!.answer(ANSWER);
    await settled();
    const before = store.getState().agreementsView;
    store.dispatch({ type: 'setLayout', layout: 'running' });
    map.mergeNodeAttributes('kriss', { x: 12.5, y: -40.25 });
    expect(store.getState().agreementsView).toBe(before);
    store.dispatch({ type: 'setLayout', layout: 'stopped' });
    const after = store.getState().agreementsView;
    expect(after).not.toBe(before);
    expect(after.status === 'ready' && after.value.getNodeAttributes('institution:kriss')).toMatchObject({
      x: 12.5,
      y: -40.25,
    });
    expect(asked).toHaveLength(1);
  });
});
