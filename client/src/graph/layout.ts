/**
 * Where nodes go. The first load starts from a circle ordered by country (each country one arc) and runs
 * ForceAtlas2 synchronously for as many iterations as a small time budget allows, so the first frame is
 * already a readable network; the worker (layout-worker.ts) then refines it. Nodes added later (an
 * expanded neighbourhood) start beside the neighbours they already have. Everything here is deterministic:
 * the same data always draws the same way, so a shared camera position shows the same place.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

import type { CooperationGraph } from './network.js';

/** The layout is scaled to about this many units across, close to the pixels sigma draws it in. */
const LAYOUT_EXTENT = 1000;
/** Work budget of the synchronous pass, in node-and-edge visits: a few milliseconds on a laptop. */
const PRELAYOUT_BUDGET = 150_000;
const MAX_PRELAYOUT_ITERATIONS = 300;

/**
 * Inferred settings with stronger gravity: the network is often several small components (a pair of
 * partners per agreement), which weak gravity lets drift to the corners.
 */
export function layoutSettings(graph: CooperationGraph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), gravity: 1 };
}

/** How many synchronous iterations the first frame can afford for a graph of this size. */
function prelayoutIterations(order: number, size: number): number {
  return Math.min(MAX_PRELAYOUT_ITERATIONS, Math.floor(PRELAYOUT_BUDGET / Math.max(1, order + size)));
}

/** Lays out a freshly loaded graph: circle by country, synchronous ForceAtlas2, scale, no overlap. */
export function initialLayout(graph: CooperationGraph): void {
  const nodes = graph
    .mapNodes((node, attributes) => ({ node, country: attributes.country ?? '~' }))
    .sort((a, b) => a.country.localeCompare(b.country) || a.node.localeCompare(b.node));
  const radius = 100 * Math.sqrt(Math.max(1, nodes.length));
  nodes.forEach(({ node }, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, nodes.length);
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  if (graph.order < 2) return;
  const iterations = prelayoutIterations(graph.order, graph.size);
  if (iterations > 0) {
    forceAtlas2.assign(graph, { iterations, getEdgeWeight: 'weight', settings: layoutSettings(graph) });
  }
  finishLayout(graph);
}

/** Scale to the drawing's extent, then push overlapping nodes apart. */
export function finishLayout(graph: CooperationGraph, nodeSize?: (node: string) => number): void {
  scaleToExtent(graph, LAYOUT_EXTENT);
  noverlap.assign(graph, {
    maxIterations: graph.order > 2_000 ? 50 : 200,
    settings: { margin: 6, ratio: 1.4, expansion: 1.1 },
    ...(nodeSize === undefined
      ? {}
      : {
          inputReducer: (key: string, attributes: { x: number; y: number; size?: number }) => ({
            ...attributes,
            size: nodeSize(key),
          }),
        }),
  });
}

/**
 * Places nodes that were just added (positions 0, 0) around the already placed neighbours they link to,
 * each at its own angle (from its id, so the same expansion always lands the same way); nodes with no
 * placed neighbour go on a ring around the drawing.
 */
export function placeNewNodes(graph: CooperationGraph, added: readonly string[]): void {
  if (added.length === 0) return;
  const fresh = new Set(added);
  const placed = graph.filterNodes((node) => !fresh.has(node));
  if (placed.length === 0) {
    initialLayout(graph);
    return;
  }
  const box = bounds(graph, placed);
  const spread = Math.max(40, (Math.max(box.maxX - box.minX, box.maxY - box.minY) || LAYOUT_EXTENT) / 12);
  let orphan = 0;
  for (const node of added) {
    const anchors = graph.neighbors(node).filter((neighbour) => !fresh.has(neighbour));
    const angle = hashAngle(node);
    if (anchors.length === 0) {
      const radius = Math.max(box.maxX - box.minX, box.maxY - box.minY) / 2 + spread;
      const a = angle + orphan++ * 0.3;
      graph.mergeNodeAttributes(node, {
        x: (box.minX + box.maxX) / 2 + radius * Math.cos(a),
        y: (box.minY + box.maxY) / 2 + radius * Math.sin(a),
      });
      continue;
    }
    let x = 0;
    let y = 0;
    for (const anchor of anchors) {
      x += graph.getNodeAttribute(anchor, 'x');
      y += graph.getNodeAttribute(anchor, 'y');
    }
    graph.mergeNodeAttributes(node, {
      x: x / anchors.length + spread * Math.cos(angle),
      y: y / anchors.length + spread * Math.sin(angle),
    });
  }
}

export function hashAngle(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return ((hash >>> 0) / 4294967296) * 2 * Math.PI;
}

interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function bounds(graph: CooperationGraph, nodes: readonly string[]): Box {
  const box: Box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const node of nodes) {
    const { x, y } = graph.getNodeAttributes(node);
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

function scaleToExtent(graph: CooperationGraph, extent: number): void {
  if (graph.order === 0) return;
  const box = bounds(graph, graph.nodes());
  const span = Math.max(box.maxX - box.minX, box.maxY - box.minY);
  if (!Number.isFinite(span) || span === 0) return;
  const factor = extent / span;
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  graph.updateEachNodeAttributes(
    (_node, attributes) => ({
      ...attributes,
      x: (attributes.x - cx) * factor,
      y: (attributes.y - cy) * factor,
    }),
    { attributes: ['x', 'y'] },
  );
}
