/**
 * The network as of a month, cut on the page from the timeline: agreements known by then with their
 * status then, links and institutions following them, and pages' links matched by their parties.
 */
import { describe, expect, it } from 'vitest';

import type { Timeline } from '../../contract/timeline.js';
import { createNetworkGraph, mergeNetwork } from '../../client/src/graph/network.js';
import { createTimeSlicer, knownAt } from '../../client/src/graph/time-slice.js';
import { lastDayOf } from '../../client/src/state/months.js';
import { countView } from '../../client/src/graph/view-model.js';
import { cooperation, network, SAMPLE } from './fixtures.js';

type Entry = Timeline['entries'][number];

const entry = (agreementId: string, status: Entry['status'], date: string, parties: string[]): Entry => ({
  agreementId,
  status,
  date,
  sourceId: `source-${date}`,
  parties,
});

/** q1 planned in 2023 (a year only), signed in March 2024; q2 and s1 in 2024; b1 in June; m1 never dated. */
const ENTRIES: Entry[] = [
  entry('q1', 'planned', '2023', ['kriss', 'nist']),
  entry('q2', 'agreed', '2024-02-10', ['kriss', 'nist']),
  entry('q1', 'signed', '2024-03', ['kriss', 'nist']),
  entry('s1', 'planned', '2024-03-31', ['kriss', 'nist']),
  entry('b1', 'agreed', '2024-06-01', ['msit', 'nsf']),
];

/** One month's cut, through a slicer made for it. */
const slice = (
  ...[graph, base, entries, month, status]: [
    ...Parameters<typeof createTimeSlicer>,
    string,
    Parameters<ReturnType<typeof createTimeSlicer>>[1],
  ]
) => createTimeSlicer(graph, base, entries)(month, status);

function sampleGraph() {
  const graph = createNetworkGraph();
  mergeNetwork(graph, SAMPLE);
  return graph;
}

describe('knownAt', () => {
  it('keeps the agreements stated by the end of the month, each with its last status by then', () => {
    const february = knownAt(ENTRIES, '2024-02');
    expect([...february.keys()].sort()).toEqual(['q1', 'q2']);
    expect(february.get('q1')?.status).toBe('planned');
    const march = knownAt(ENTRIES, '2024-03');
    expect(march.get('q1')?.status).toBe('signed');
    // The last day of March counts: the month's end is its last day, not its first.
    expect(march.has('s1')).toBe(true);
    expect(knownAt(ENTRIES, '2022-12').size).toBe(0);
  });
});

describe('createTimeSlicer', () => {
  it('shows only the links and institutions of what was known, and no link without an agreement', () => {
    const graph = sampleGraph();
    const view = slice(graph, null, ENTRIES, '2024-02', null);
    expect(view.edges?.get('cooperation:kriss:nist')).toMatchObject({
      agreementIds: ['q1', 'q2'],
      weight: 2,
    });
    expect(view.edges?.has('cooperation:msit:nsf')).toBe(false);
    // m1 is never dated: KEIT–EVSTS never appears while a month is chosen.
    expect(view.edges?.has('cooperation:keit:evsts')).toBe(false);
    expect([...(view.nodes ?? [])].sort()).toEqual(['kriss', 'nist']);
    expect(countView(graph, view)).toEqual({ institutions: 2, links: 1, agreements: 2 });
  });

  it('grows as the months pass, one slicer cutting every month', () => {
    const graph = sampleGraph();
    const cut = createTimeSlicer(graph, null, ENTRIES);
    const counts = ['2023-06', '2024-02', '2024-03', '2024-06'].map(
      (month) => countView(graph, cut(month, null)).agreements,
    );
    expect(counts).toEqual([1, 2, 3, 4]);
  });

  it('filters by the status an agreement had then, not the one it has now', () => {
    const graph = sampleGraph();
    expect(
      slice(graph, null, ENTRIES, '2024-02', 'planned').edges?.get('cooperation:kriss:nist'),
    ).toMatchObject({ agreementIds: ['q1'] });
    expect(slice(graph, null, ENTRIES, '2024-02', 'signed').edges?.size).toBe(0);
    expect(
      slice(graph, null, ENTRIES, '2024-03', 'signed').edges?.get('cooperation:kriss:nist'),
    ).toMatchObject({ agreementIds: ['q1'] });
  });

  it('keeps a parent link while both its institutions are shown', () => {
    const graph = sampleGraph();
    mergeNetwork(graph, network([], [cooperation('nist', 'doc', ['d1'], [])]));
    const before = slice(graph, null, ENTRIES, '2024-02', null);
    expect(before.edges?.has('part-of:nist:doc')).toBe(false);
    const after = slice(
      graph,
      null,
      [...ENTRIES, entry('d1', 'signed', '2024-07', ['doc', 'nist'])],
      '2024-07',
      null,
    );
    expect(after.edges?.has('part-of:nist:doc')).toBe(true);
  });

  it('cuts from the view the other filters let through', () => {
    const graph = sampleGraph();
    const base = {
      filtered: true,
      nodes: new Set(['kriss', 'nist']),
      edges: new Map([
        ['cooperation:kriss:nist', { agreementIds: ['q2', 's1'], domains: ['standards'], weight: 2 }],
      ]),
      truncated: false,
    };
    const view = slice(graph, base, ENTRIES, '2024-06', null);
    expect(view.edges?.get('cooperation:kriss:nist')?.agreementIds).toEqual(['q2', 's1']);
    expect(view.edges?.has('cooperation:msit:nsf')).toBe(false);
  });

  it('matches links that came without their agreements (a page) by their parties', () => {
    const graph = createNetworkGraph();
    mergeNetwork(
      graph,
      network(SAMPLE.nodes, [cooperation('kriss', 'nist', [], []), cooperation('msit', 'nsf', [], [])]),
    );
    const view = slice(graph, null, ENTRIES, '2024-03', null);
    expect(view.edges?.get('cooperation:kriss:nist')?.agreementIds.sort()).toEqual(['q1', 'q2', 's1']);
    expect(view.edges?.has('cooperation:msit:nsf')).toBe(false);
  });
});

describe('lastDayOf', () => {
  it('names the real last day, leap years included', () => {
    expect(['2024-02', '2023-02', '2024-04', '2023-12'].map(lastDayOf)).toEqual([
      '2024-02-29',
      '2023-02-28',
      '2024-04-30',
      '2023-12-31',
    ]);
  });
});
