/**
 * Shows a console result on the sigma canvas: the institutions it returns (as nodes, as maps with an
 * `id`, or as bare ids), and the cooperation links of the agreements it returns, are highlighted and
 * everything else is dimmed. It layers its own reducers over the renderer's (hover and selection keep
 * working) and never touches the graph, so clearing restores the drawing exactly.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import type { CooperationGraph, NetworkEdgeAttributes, NetworkNodeAttributes } from '../graph/network.js';
import type { CooperationRenderer } from '../views/canvas/renderer.js';
import { isNodeValue, isRecord, isRelationshipValue } from './values.js';

export interface CanvasMatch {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface CanvasHighlight {
  /** Highlights `match` and moves the camera to it, keeping clear of `occluded` (the console's width). */
  show: (match: CanvasMatch, occludedFraction: number) => void;
  clear: () => void;
}

const HIGHLIGHT_RING = '#f2b705';
const DIMMED_NODE = '#e3e7ee';
const DIMMED_EDGE = '#eef1f5';
const HIGHLIGHT_EDGE = '#1b2230';
/** Nested lists and maps are searched this deep. */
const MAX_DEPTH = 8;

type NodeView = Partial<NodeDisplayData> & { borderColor?: string };

/** What of the result is on the canvas. */
export function matchOnCanvas(
  graph: CooperationGraph,
  rows: unknown[][],
  extraNodes: unknown[] = [],
): CanvasMatch {
  const match: CanvasMatch = { nodes: new Set(), edges: new Set() };
  const agreementEdges = new Map<string, string[]>();
  graph.forEachEdge((edge, attributes) => {
    for (const id of attributes.agreementIds)
      agreementEdges.set(id, [...(agreementEdges.get(id) ?? []), edge]);
  });
  // Relationship values name their ends by element id; institutions are keyed by `id` on the canvas.
  const institutionsByElementId = new Map<string, string>();

  const addId = (id: unknown): void => {
    if (typeof id !== 'string') return;
    if (graph.hasNode(id)) match.nodes.add(id);
    for (const edge of agreementEdges.get(id) ?? []) {
      match.edges.add(edge);
      match.nodes.add(graph.source(edge));
      match.nodes.add(graph.target(edge));
    }
  };
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || value === undefined) return;
    if (typeof value === 'string') return addId(value);
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    if (!isRecord(value)) return;
    if (isNodeValue(value)) {
      const id = value.properties.id;
      if (typeof id === 'string' && graph.hasNode(id)) institutionsByElementId.set(value.elementId, id);
      return addId(id);
    }
    if (isRelationshipValue(value)) return;
    if ('id' in value) addId(value.id);
    for (const item of Object.values(value)) visit(item, depth + 1);
  };
  for (const node of extraNodes) visit(node, 0);
  for (const row of rows) visit(row, 0);

  // Relationships between two institutions on the canvas light the link between them.
  const visitRelationships = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
    if (isRelationshipValue(value)) {
      const source = institutionsByElementId.get(value.startElementId);
      const target = institutionsByElementId.get(value.endElementId);
      if (source !== undefined && target !== undefined && source !== target) {
        for (const edge of graph.edges(source, target)) match.edges.add(edge);
      }
      return;
    }
    for (const item of Array.isArray(value) ? value : Object.values(value))
      visitRelationships(item, depth + 1);
  };
  for (const row of rows) visitRelationships(row, 0);
  return match;
}

export function createCanvasHighlight(renderer: CooperationRenderer): CanvasHighlight {
  let active: CanvasMatch | null = null;
  const baseNodeReducer = renderer.getSetting('nodeReducer');
  const baseEdgeReducer = renderer.getSetting('edgeReducer');

  renderer.setSetting('nodeReducer', (node: string, data: NetworkNodeAttributes): NodeView => {
    const view: NodeView = baseNodeReducer ? baseNodeReducer(node, data) : { ...data };
    if (active === null) return view;
    if (active.nodes.has(node))
      return { ...view, highlighted: true, forceLabel: true, zIndex: 3, borderColor: HIGHLIGHT_RING };
    return { ...view, color: DIMMED_NODE, label: '', zIndex: 0, highlighted: false };
  });
  renderer.setSetting(
    'edgeReducer',
    (edge: string, data: NetworkEdgeAttributes): Partial<EdgeDisplayData> => {
      const view = baseEdgeReducer ? baseEdgeReducer(edge, data) : { ...data };
      if (active === null) return view;
      if (active.edges.has(edge))
        return { ...view, color: HIGHLIGHT_EDGE, zIndex: 2, size: Math.max(2, data.size) };
      return { ...view, color: DIMMED_EDGE, zIndex: 0 };
    },
  );

  const focusCamera = (nodes: Set<string>, occludedFraction: number): void => {
    const points = [...nodes]
      .map((node) => renderer.getNodeDisplayData(node))
      .filter((data): data is NodeDisplayData => data !== undefined);
    if (points.length === 0) return;
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const free = Math.max(0.3, 1 - occludedFraction);
    const ratio = Math.min(1.2, Math.max(0.25, Math.max((maxX - minX) / free, maxY - minY) * 1.35));
    const target = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 };
    // Shift the camera so the nodes sit in the middle of the part of the canvas the console leaves free.
    const { width } = renderer.getDimensions();
    const origin = renderer.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: target });
    const step = renderer.viewportToFramedGraph({ x: 100, y: 0 }, { cameraState: target });
    target.x -= ((occludedFraction * width) / 2 / 100) * (step.x - origin.x);
    void renderer.getCamera().animate(target, { duration: 400 });
  };

  return {
    show(match, occludedFraction) {
      active = match;
      renderer.refresh();
      focusCamera(match.nodes, occludedFraction);
    },
    clear() {
      if (active === null) return;
      active = null;
      renderer.refresh();
    },
  };
}
