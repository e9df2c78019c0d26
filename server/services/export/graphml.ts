/**
 * A GraphML writer for graphology graphs (the graphology ecosystem only parses GraphML). Every attribute
 * gets a `<key>` with the narrowest `attr.type` that fits all its values, so Gephi, yEd, networkx and
 * graphology-graphml read numbers as numbers; lists, which GraphML lacks, become `;`-joined strings;
 * null and undefined values are left out rather than written as empty strings.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

import { escapeXml } from './xml.js';

type Domain = 'graph' | 'node' | 'edge';
type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
}

const NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA = 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';
const LIST_SEPARATOR = ';';

export function writeGraphml(graph: AbstractGraph, graphId = 'G'): string {
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
    key,
    attributes,
    source,
    target,
    undirected,
  }));
  const keys = declareKeys([
    ['graph', [graph.getAttributes()]],
    ['node', nodes.map((node) => node.attributes)],
    ['edge', edges.map((edge) => edge.attributes)],
  ]);
  const directedByDefault = graph.type === 'directed';

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${NAMESPACE} ${SCHEMA}">`,
    ...[...keys.values()].map(
      (key) =>
        `  <key id="${key.id}" for="${key.domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
    ),
    `  <graph id="${escapeXml(graphId)}" edgedefault="${directedByDefault ? 'directed' : 'undirected'}">`,
    ...dataLines(keys, 'graph', graph.getAttributes(), '    '),
  ];
  for (const { key, attributes } of nodes) {
    lines.push(
      ...element(`<node id="${escapeXml(key)}"`, 'node', dataLines(keys, 'node', attributes, '      ')),
    );
  }
  for (const { key, attributes, source, target, undirected } of edges) {
    const directed = undirected === directedByDefault ? ` directed="${!undirected}"` : '';
    const open = `<edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}`;
    lines.push(...element(open, 'edge', dataLines(keys, 'edge', attributes, '      ')));
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** `<node …/>`, or `<node …>` with its data lines and `</node>`. */
function element(open: string, tag: string, data: string[]): string[] {
  return data.length === 0 ? [`    ${open}/>`] : [`    ${open}>`, ...data, `    </${tag}>`];
}

function dataLines(keys: Map<string, Key>, domain: Domain, attributes: Attributes, indent: string): string[] {
  return Object.entries(attributes).flatMap(([name, value]) => {
    const key = keys.get(`${domain}:${name}`);
    if (!key || !writable(value)) return [];
    return [`${indent}<data key="${key.id}">${escapeXml(serialize(value))}</data>`];
  });
}

/** One key per attribute name and domain, with ids `d0`, `d1`, … (names need not be XML tokens). */
function declareKeys(domains: [Domain, Attributes[]][]): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const [domain, elements] of domains) {
    const types = new Map<string, Set<GraphmlType>>();
    for (const attributes of elements) {
      for (const [name, value] of Object.entries(attributes)) {
        if (!writable(value)) continue;
        const seen = types.get(name) ?? new Set();
        seen.add(typeOf(value));
        types.set(name, seen);
      }
    }
    for (const [name, seen] of types) {
      keys.set(`${domain}:${name}`, { id: `d${keys.size}`, domain, name, type: widest(seen) });
    }
  }
  return keys;
}

/** Nested objects (such as the network's legend) have no GraphML form; lists do, as strings. */
const writable = (value: unknown): boolean =>
  value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value));

function typeOf(value: unknown): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value !== 'number') return 'string';
  if (!Number.isInteger(value)) return 'double';
  return value >= -(2 ** 31) && value < 2 ** 31 ? 'int' : Number.isSafeInteger(value) ? 'long' : 'double';
}

/** The one type every value fits: numbers widen to the largest seen; anything mixed is a string. */
function widest(types: Set<GraphmlType>): GraphmlType {
  if (types.size === 1) return [...types][0]!;
  if (types.has('string') || types.has('boolean')) return 'string';
  return types.has('double') ? 'double' : 'long';
}

function serialize(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => serialize(item)).join(LIST_SEPARATOR);
  if (typeof value === 'number') {
    // XML Schema's spelling of the non-finite doubles.
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
    return String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // Objects inside a list: JSON is the least surprising text.
  return JSON.stringify(value) ?? '';
}
