/**
 * The agreements view's graph: institutions where the cooperation map has them, each agreement among
 * its parties, coloured by status, sized by amount, the same every time.
 */
import { describe, expect, it } from 'vitest';

import { buildAgreementGraph, hasMapPositions, labelOf } from '../../client/src/graph/agreement-graph.js';
import { STATUS_COLORS } from '../../client/src/graph/palette.js';
import { ANSWER, laidOutMap } from './agreement-fixtures.js';

describe('buildAgreementGraph', () => {
  it('keeps the institutions where the map has them', () => {
    const cooperation = laidOutMap();
    const graph = buildAgreementGraph(ANSWER, cooperation);
    for (const id of ['kriss', 'nist', 'msit']) {
      const { x, y } = graph.getNodeAttributes(`institution:${id}`);
      expect({ x, y }).toEqual({
        x: cooperation.getNodeAttribute(id, 'x'),
        y: cooperation.getNodeAttribute(id, 'y'),
      });
    }
  });

  it('places each agreement near its parties, two agreements of the same parties apart', () => {
    const graph = buildAgreementGraph(ANSWER, laidOutMap());
    const at = (key: string) => graph.getNodeAttributes(key);
    const kriss = at('institution:kriss');
    const nist = at('institution:nist');
    const span = Math.hypot(nist.x - kriss.x, nist.y - kriss.y);
    for (const key of ['agreement:q1', 'agreement:q2']) {
      const middle = { x: (kriss.x + nist.x) / 2, y: (kriss.y + nist.y) / 2 };
      expect(Math.hypot(at(key).x - middle.x, at(key).y - middle.y)).toBeLessThan(span);
    }
    const q1 = at('agreement:q1');
    const q2 = at('agreement:q2');
    expect(Math.hypot(q1.x - q2.x, q1.y - q2.y)).toBeGreaterThan(1);
  });

  it('is the same graph every time', () => {
    const positions = () =>
      buildAgreementGraph(ANSWER, laidOutMap()).mapNodes((node, { x, y }) => [
        node,
        Math.round(x * 1e6),
        Math.round(y * 1e6),
      ]);
    expect(positions()).toEqual(positions());
  });

  it('colours agreements by status, sizes them by amount, and labels them in the language', () => {
    const graph = buildAgreementGraph(ANSWER, laidOutMap());
    expect(graph.getNodeAttribute('agreement:q1', 'color')).toBe(STATUS_COLORS.signed);
    expect(graph.getNodeAttribute('agreement:q2', 'color')).toBe(STATUS_COLORS.planned);
    expect(graph.getNodeAttribute('agreement:q1', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('agreement:q3', 'size'),
    );
    expect(graph.getNodeAttribute('agreement:q3', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('agreement:q2', 'size'),
    );
    const data = graph.getNodeAttribute('agreement:q1', 'data');
    expect(labelOf(data, 'ko')).toBe('협정 q1');
    expect(labelOf(data, 'en').length).toBeLessThanOrEqual(40);
    expect(graph.getNodeAttribute('agreement:q1', 'id')).toBe('q1');
  });

  it('tells when the map has moved since the view was built', () => {
    const cooperation = laidOutMap();
    const graph = buildAgreementGraph(ANSWER, cooperation);
    expect(hasMapPositions(graph, cooperation)).toBe(true);
    // A layout run moves an institution a little.
    cooperation.mergeNodeAttributes('nist', { x: cooperation.getNodeAttribute('nist', 'x') + 0.001 });
    expect(hasMapPositions(graph, cooperation)).toBe(false);
    expect(hasMapPositions(buildAgreementGraph(ANSWER, cooperation), cooperation)).toBe(true);
    // An institution the map did not have, placed freely, is now on the map: it must be held there.
    const withoutMsit = laidOutMap();
    withoutMsit.dropNode('msit');
    const built = buildAgreementGraph(ANSWER, withoutMsit);
    expect(built.getNodeAttribute('institution:msit', 'fixed')).toBe(false);
    expect(hasMapPositions(built, withoutMsit)).toBe(true);
    expect(hasMapPositions(built, cooperation)).toBe(false);
  });
});
