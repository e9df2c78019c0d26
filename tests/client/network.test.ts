/** From the wire graph to the drawn graph: merging answers, the default look, and a deterministic layout. */
import { describe, expect, it } from 'vitest';

import { initialLayout, placeNewNodes } from '../../client/src/graph/layout.js';
import { PART_OF_COLOR, SEVERAL_DOMAINS_COLOR } from '../../client/src/graph/palette.js';
import { createNetworkGraph, mergeNetwork, nodeLabel, partnerCount } from '../../client/src/graph/network.js';
import { cooperation, institution, network, SAMPLE } from './fixtures.js';

describe('mergeNetwork', () => {
  it('adds institutions and links once, and merges the agreements of a link seen again', () => {
    const graph = createNetworkGraph();
    const first = mergeNetwork(graph, SAMPLE);
    expect(first.nodes).toHaveLength(7);
    expect(first.edges).toHaveLength(4);

    // The same pair again, reversed and with one more agreement: one edge, four agreements.
    const again = mergeNetwork(graph, network([], [cooperation('nist', 'kriss', ['q1', 'x9'], ['quantum'])]));
    expect(again).toEqual({ nodes: [], edges: [] });
    expect(graph.size).toBe(4);
    const edge = graph.getEdgeAttributes('cooperation:kriss:nist');
    expect(edge.agreementIds.sort()).toEqual(['q1', 'q2', 's1', 'x9']);
    expect(edge.weight).toBe(4);
  });

  it('skips links to institutions it does not know rather than failing', () => {
    const graph = createNetworkGraph();
    mergeNetwork(graph, network([institution('a', 'KR')], [cooperation('a', 'ghost', ['x'], [])]));
    expect(graph.order).toBe(1);
    expect(graph.size).toBe(0);
  });

  it('gives each link its default look: domain colour, width by agreements, curved when several', () => {
    const graph = createNetworkGraph();
    mergeNetwork(graph, SAMPLE);
    const shared = graph.getEdgeAttributes('cooperation:kriss:nist');
    expect(shared.color).toBe(SEVERAL_DOMAINS_COLOR);
    expect(shared.type).toBe('curved');
    expect(shared.curvature).toBeGreaterThan(0);
    const single = graph.getEdgeAttributes('cooperation:msit:nsf');
    expect(single.type).toBe('line');
    expect(single.size).toBeLessThan(shared.size);
    expect(single.color).not.toBe(SEVERAL_DOMAINS_COLOR);
    expect(graph.getEdgeAttributes('part-of:nist:doc').color).toBe(PART_OF_COLOR);
  });

  it('colours institutions by country and sizes them by partners (a parent link is not a partner)', () => {
    const graph = createNetworkGraph();
    mergeNetwork(graph, SAMPLE);
    expect(graph.getNodeAttribute('kriss', 'color')).toBe(graph.getNodeAttribute('msit', 'color'));
    expect(graph.getNodeAttribute('kriss', 'color')).not.toBe(graph.getNodeAttribute('nist', 'color'));
    expect(partnerCount(graph, 'nist')).toBe(1);
    expect(partnerCount(graph, 'doc')).toBe(0);
    expect(graph.getNodeAttribute('doc', 'size')).toBeLessThan(graph.getNodeAttribute('nist', 'size'));
    expect(graph.getNodeAttribute('nist', 'image')).toMatch(/^data:image\/svg\+xml/);
  });

  it('labels with the acronym in English and the Korean name in Korean', () => {
    const attributes = institution('kriss', 'KR').attributes;
    expect(nodeLabel(attributes, 'en')).toBe('KRISS');
    expect(nodeLabel(attributes, 'ko')).toBe('kriss (ko)');
  });
});

describe('layout', () => {
  it('draws the same data the same way every time', () => {
    const positions = () => {
      const graph = createNetworkGraph();
      mergeNetwork(graph, SAMPLE);
      initialLayout(graph);
      return graph.mapNodes((node, { x, y }) => [node, Math.round(x), Math.round(y)]);
    };
    const first = positions();
    expect(positions()).toEqual(first);
    expect(new Set(first.map(([, x, y]) => `${x},${y}`)).size).toBe(first.length);
  });

  it('places an expanded neighbourhood next to the institution it was expanded from', () => {
    const graph = createNetworkGraph();
    mergeNetwork(graph, SAMPLE);
    initialLayout(graph);
    const added = mergeNetwork(
      graph,
      network([institution('nih', 'US')], [cooperation('msit', 'nih', ['h1'], ['bio'])]),
    );
    placeNewNodes(graph, added.nodes);
    const distance = (a: string, b: string) =>
      Math.hypot(
        graph.getNodeAttribute(a, 'x') - graph.getNodeAttribute(b, 'x'),
        graph.getNodeAttribute(a, 'y') - graph.getNodeAttribute(b, 'y'),
      );
    // One twelfth of the drawing's span away from it, at an angle of its own.
    expect(distance('nih', 'msit')).toBeLessThan(150);
    expect(distance('nih', 'msit')).toBeGreaterThan(0);
  });
});
