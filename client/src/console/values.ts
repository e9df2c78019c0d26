/**
 * How console values read in the results table. Nodes, relationships and paths arrive in the shapes
 * the server's JSON boundary gives them; they are shown the way Cypher writes them, briefly.
 */
import { isRecord } from '../api/json.js';

export interface NodeValue {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RelationshipValue {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export interface PathValue {
  segments: { start: NodeValue; relationship: RelationshipValue; end: NodeValue }[];
}

export function isNodeValue(value: unknown): value is NodeValue {
  return (
    isRecord(value) &&
    typeof value.elementId === 'string' &&
    Array.isArray(value.labels) &&
    isRecord(value.properties)
  );
}

export function isRelationshipValue(value: unknown): value is RelationshipValue {
  return (
    isRecord(value) &&
    typeof value.elementId === 'string' &&
    typeof value.type === 'string' &&
    typeof value.startElementId === 'string' &&
    isRecord(value.properties)
  );
}

export function isPathValue(value: unknown): value is PathValue {
  return isRecord(value) && Array.isArray(value.segments) && Object.keys(value).length === 1;
}

/** The property that names a node best, for a short caption. */
const CAPTION_KEYS = ['acronym', 'id', 'code', 'nameEn', 'titleEn', 'name', 'title'];

function nodeCaption(node: NodeValue): string {
  for (const key of CAPTION_KEYS) {
    const value = node.properties[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return node.elementId;
}

/** `(:Institution us-nist)`, `[:PARTY_TO]`, `(a)-[:R]->(b)`, or compact JSON. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isNodeValue(value))
    return `(${value.labels.map((label) => `:${label}`).join('')} ${nodeCaption(value)})`;
  if (isRelationshipValue(value)) return `[:${value.type}]`;
  if (isPathValue(value)) {
    const [first] = value.segments;
    if (first === undefined) return '()';
    return value.segments.reduce(
      (text, segment) =>
        `${text}${segment.relationship.startElementId === segment.start.elementId ? '-' : '<-'}[:${segment.relationship.type}]${segment.relationship.startElementId === segment.start.elementId ? '->' : '-'}(${nodeCaption(segment.end)})`,
      `(${nodeCaption(first.start)})`,
    );
  }
  return JSON.stringify(value);
}
