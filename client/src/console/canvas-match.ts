/**
 * What of a console result is on the canvas: the institutions it returns (as nodes, as maps with an
 * `id`, or as bare ids), the cooperation links of the agreements it returns, and the links between two
 * institutions a relationship of the result joins.
 */
import { isRecord } from '../api/json.js';
import type { CooperationGraph } from '../graph/network.js';
import type { ConsoleHighlight } from '../state/types.js';
import { isNodeValue, isRelationshipValue } from './values.js';

/** Nested lists and maps are searched this deep. */
const MAX_DEPTH = 8;

/** What of the result is on the canvas. */
export function matchOnCanvas(
  graph: CooperationGraph,
  rows: unknown[][],
  extraNodes: unknown[] = [],
): ConsoleHighlight {
  const match = { nodes: new Set<string>(), edges: new Set<string>() };
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
