/** Pages of a large network merged into the drawn graph: stored positions, edges by index, order checks. */
import { describe, expect, it } from 'vitest';

import { metricSize } from '../../client/src/graph/appearance.js';
import {
  cooperationKey,
  LayoutChangedError,
  mergePage,
  PageOrderError,
} from '../../client/src/graph/pages.js';
import { createNetworkGraph, mergeNetwork } from '../../client/src/graph/network.js';
import type { NetworkPage } from '../../contract/network-page.js';
import { institution, network } from './fixtures.js';

interface Row {
  id: string;
  x: number;
  y: number;
  partners: number;
  country?: string | null;
}

/** A page of `rows` starting at `offset`, with edges and parent links given by index. */
function page(
  offset: number,
  rows: Row[],
  options: {
    total: number;
    edges?: [number, number, number][];
    partOf?: [number, number][];
    layout?: string;
  },
): NetworkPage {
  const next = offset + rows.length < options.total ? offset + rows.length : null;
  return {
    total: options.total,
    offset,
    next,
    layout: options.layout ?? 'layout-1',
    institutions: {
      id: rows.map((row) => row.id),
      nameEn: rows.map((row) => `${row.id} (en)`),
      nameKo: rows.map((row) => `${row.id} (ko)`),
      acronym: rows.map((row) => row.id.toUpperCase()),
      kind: rows.map(() => 'agency' as const),
      country: rows.map((row) => (row.country === undefined ? 'KR' : row.country)),
      x: rows.map((row) => row.x),
      y: rows.map((row) => row.y),
      partners: rows.map((row) => row.partners),
    },
    edges: {
      source: (options.edges ?? []).map(([source]) => source),
      target: (options.edges ?? []).map(([, target]) => target),
      weight: (options.edges ?? []).map(([, , weight]) => weight),
    },
    partOf: {
      source: (options.partOf ?? []).map(([child]) => child),
      target: (options.partOf ?? []).map(([, parent]) => parent),
    },
    countries: [{ code: 'KR', nameEn: 'Korea', nameKo: '한국' }],
    domains: [{ id: 'ai', nameEn: 'AI', nameKo: '인공지능' }],
  };
}

const FIRST: Row[] = [
  { id: 'hub', x: 0, y: 0, partners: 9 },
  { id: 'b', x: 10, y: -5, partners: 4 },
];
const SECOND: Row[] = [
  { id: 'c', x: -20, y: 7, partners: 1 },
  { id: 'a', x: 3, y: 30, partners: 0, country: null },
];

describe('mergePage', () => {
  it('places institutions where the server stored them and sizes them by partners', () => {
    const graph = createNetworkGraph();
    const { paged, added } = mergePage(graph, null, page(0, FIRST, { total: 4, edges: [[0, 1, 3]] }));
    expect(added.nodes).toEqual(['hub', 'b']);
    expect(graph.getNodeAttributes('b')).toMatchObject({ x: 10, y: -5, label: 'B', kind: 'agency' });
    expect(graph.getNodeAttribute('hub', 'size')).toBe(metricSize(9, 9));
    expect(graph.getNodeAttribute('b', 'size')).toBe(metricSize(4, 9));
    expect(paged).toMatchObject({ layout: 'layout-1', total: 4, next: 2, order: ['hub', 'b'] });
    expect(graph.getAttribute('countries').map((country) => country.code)).toEqual(['KR']);
  });

  it('resolves edges by index across pages, with the keys of /api/graph', () => {
    const graph = createNetworkGraph();
    let { paged } = mergePage(graph, null, page(0, FIRST, { total: 4, edges: [[0, 1, 3]] }));
    const second = mergePage(
      graph,
      paged,
      page(2, SECOND, {
        total: 4,
        edges: [
          [0, 2, 1],
          [1, 3, 2],
        ],
        partOf: [[3, 0]],
      }),
    );
    paged = second.paged;
    expect(paged.next).toBeNull();
    expect(paged.order).toEqual(['hub', 'b', 'c', 'a']);
    expect(second.added.edges.sort()).toEqual(
      ['cooperation:c:hub', 'cooperation:a:b', 'part-of:a:hub'].sort(),
    );
    expect(graph.getEdgeAttributes('cooperation:b:hub')).toMatchObject({
      relation: 'cooperation',
      weight: 3,
    });
    expect(graph.getEdgeAttributes('cooperation:a:b').weight).toBe(2);
    expect(graph.getEdgeAttribute('cooperation:b:hub', 'type')).toBe('curved');
    expect(graph.getEdgeAttribute('cooperation:c:hub', 'type')).toBe('line');
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
  });

  it('lets the cooperation edge stand for a parent that is also a partner', () => {
    const graph = createNetworkGraph();
    mergePage(graph, null, page(0, FIRST, { total: 2, edges: [[1, 0, 1]], partOf: [[1, 0]] }));
    expect(graph.hasEdge(cooperationKey('b', 'hub'))).toBe(true);
    expect(graph.hasEdge('part-of:b:hub')).toBe(false);
  });

  it('moves an institution an expansion drew already to its stored place, once', () => {
    const graph = createNetworkGraph();
    mergeNetwork(graph, network([institution('b', 'KR')], []));
    const { added } = mergePage(graph, null, page(0, FIRST, { total: 2 }));
    expect(added.nodes).toEqual(['hub']);
    expect(graph.getNodeAttributes('b')).toMatchObject({ x: 10, y: -5 });
  });

  it('refuses a page of another layout, and pages out of order', () => {
    const graph = createNetworkGraph();
    const { paged } = mergePage(graph, null, page(0, FIRST, { total: 4 }));
    expect(() => mergePage(graph, paged, page(2, SECOND, { total: 4, layout: 'layout-2' }))).toThrow(
      LayoutChangedError,
    );
    expect(() => mergePage(graph, paged, page(3, SECOND, { total: 5 }))).toThrow(PageOrderError);
    expect(() => mergePage(createNetworkGraph(), null, page(2, SECOND, { total: 4 }))).toThrow(
      PageOrderError,
    );
  });

  it('refuses an edge to an institution no page has brought', () => {
    const graph = createNetworkGraph();
    expect(() => mergePage(graph, null, page(0, FIRST, { total: 4, edges: [[0, 7, 1]] }))).toThrow(
      PageOrderError,
    );
  });
});
