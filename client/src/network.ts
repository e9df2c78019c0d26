/**
 * From the wire graph to a drawable graphology graph: import, appearance (colour by country, size by
 * degree, labels per language) and a deterministic layout, so the same data always draws the same way.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

import type {
  CooperationEdgeAttributes,
  InstitutionNodeAttributes,
  NetworkAttributes,
  NetworkGraph,
} from '../../server/contract/graph.js';
import type { Language } from './i18n.js';

/** What sigma reads on top of the contract's attributes. */
export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  /** Sigma program: straight for shared agreements, curved for organisational links. */
  type: 'line' | 'curved';
}

export type NetworkNodeAttributes = InstitutionNodeAttributes & NodeDisplay;
export type NetworkEdgeAttributes = CooperationEdgeAttributes & EdgeDisplay;
export type CooperationGraph = Graph<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>;

/** Fixed colours for the countries of the first data set; others get the next free palette colour. */
const COUNTRY_COLORS: Record<string, string> = { KR: '#2f6fde', US: '#d9433b', IN: '#e8912d' };
const EXTRA_COLORS = ['#2a9d8f', '#8e5cd9', '#c2417a', '#5b8c2a', '#a0522d', '#3b8fb5'];
export const NO_COUNTRY_COLOR = '#8a94a6';

export type EdgeRelation = CooperationEdgeAttributes['relation'];

export const EDGE_COLORS: Record<EdgeRelation, string> = { cooperation: '#c3cad6', 'part-of': '#b8acd9' };

const MIN_NODE_SIZE = 6;
const MAX_NODE_SIZE = 18;

/** Enough for ForceAtlas2 to settle a graph of a few dozen nodes; cheap at that size. */
const LAYOUT_ITERATIONS = 400;
const GRAVITY = 1;
/** The layout is scaled to about this many units across, close to the pixels sigma will draw it in. */
const LAYOUT_EXTENT = 1000;

/**
 * Builds the drawable graph. It is undirected (cooperation is mutual) and holds at most one edge per
 * pair and relation: duplicate or reversed edges from the server are merged rather than rejected.
 * It is a multigraph only so that a pair can be both parent and child, and partners.
 */
export function buildNetwork(data: NetworkGraph, language: Language): CooperationGraph {
  const graph: CooperationGraph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({
    countries: data.attributes?.countries ?? [],
    domains: data.attributes?.domains ?? [],
  });

  for (const { key, attributes } of data.nodes) {
    if (attributes === undefined) continue;
    graph.mergeNode(key, {
      ...attributes,
      x: 0,
      y: 0,
      size: MIN_NODE_SIZE,
      color: NO_COUNTRY_COLOR,
      label: '',
    });
  }
  for (const { key, source, target, attributes } of data.edges) {
    if (attributes === undefined || source === target) continue;
    if (!graph.hasNode(source) || !graph.hasNode(target)) {
      console.warn(`cooperation graph: edge ${key ?? `${source}–${target}`} names an unknown institution`);
      continue;
    }
    const existing = graph
      .edges(source, target)
      .find((edge) => graph.getEdgeAttribute(edge, 'relation') === attributes.relation);
    if (existing === undefined) {
      const display = edgeDisplay(attributes);
      if (key === undefined) graph.addEdge(source, target, { ...attributes, ...display });
      else graph.addEdgeWithKey(key, source, target, { ...attributes, ...display });
    } else {
      mergeEdgeAttributes(graph, existing, attributes);
    }
  }

  applyAppearance(graph);
  applyLabels(graph, language);
  layoutNetwork(graph);
  return graph;
}

function mergeEdgeAttributes(graph: CooperationGraph, edge: string, extra: CooperationEdgeAttributes): void {
  graph.updateEdgeAttributes(edge, (current) => {
    const agreementIds = [...new Set([...current.agreementIds, ...extra.agreementIds])];
    const domains = [...new Set([...current.domains, ...extra.domains])];
    return { ...current, agreementIds, domains, weight: Math.max(1, agreementIds.length) };
  });
}

/** Thicker lines for pairs that share more agreements; organisational links stay thin. */
function edgeDisplay(attributes: CooperationEdgeAttributes): EdgeDisplay {
  if (attributes.relation === 'part-of') return { size: 1, color: EDGE_COLORS['part-of'], type: 'curved' };
  const size = 1 + Math.min(4, Math.max(0, attributes.weight - 1));
  return { size, color: EDGE_COLORS.cooperation, type: 'line' };
}

/**
 * Colour by country; size by degree, counted as distinct neighbours so that a parent which is also
 * a partner counts once (square root, so hubs do not swallow the picture).
 */
function applyAppearance(graph: CooperationGraph): void {
  const palette = countryPalette(graph);
  const degree = (node: string): number => graph.neighbors(node).length;
  const maxDegree = Math.max(1, ...graph.mapNodes(degree));
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    color:
      attributes.country === null ? NO_COUNTRY_COLOR : (palette.get(attributes.country) ?? NO_COUNTRY_COLOR),
    size: MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(degree(node) / maxDegree),
  }));
  graph.updateEachEdgeAttributes((_edge, attributes) => ({ ...attributes, ...edgeDisplay(attributes) }));
}

/**
 * Colours for every country in the graph. Known countries keep their colour; the others take the
 * extra palette in alphabetical order of code, so a colour does not depend on the server's order.
 */
export function countryPalette(graph: CooperationGraph): Map<string, string> {
  const codes = new Set<string>(graph.getAttribute('countries').map((country) => country.code));
  graph.forEachNode((_node, attributes) => {
    if (attributes.country !== null) codes.add(attributes.country);
  });
  const palette = new Map<string, string>();
  let next = 0;
  for (const code of [...codes].sort()) {
    const known = COUNTRY_COLORS[code];
    if (known !== undefined) palette.set(code, known);
    else palette.set(code, EXTRA_COLORS[next++ % EXTRA_COLORS.length] ?? NO_COUNTRY_COLOR);
  }
  return palette;
}

/** English labels prefer the acronym (NIST, KEIT) because full names crowd the drawing. */
export function nodeLabel(attributes: InstitutionNodeAttributes, language: Language): string {
  if (language === 'ko') return attributes.nameKo;
  return attributes.acronym ?? attributes.nameEn;
}

/** Labels are graph attributes (not reducer output) so tests and exports see the current language. */
export function applyLabels(graph: CooperationGraph, language: Language): void {
  graph.updateEachNodeAttributes(
    (_node, attributes) => ({ ...attributes, label: nodeLabel(attributes, language) }),
    {
      attributes: ['label'],
    },
  );
}

/**
 * Start on a circle ordered by country then id (deterministic, and each country starts as one arc),
 * run ForceAtlas2 for a fixed number of iterations, scale to a pixel-like extent, then push
 * overlapping nodes apart with noverlap.
 */
function layoutNetwork(graph: CooperationGraph): void {
  const nodes = graph
    .mapNodes((node, attributes) => ({ node, country: attributes.country ?? '~' }))
    .sort((a, b) => a.country.localeCompare(b.country) || a.node.localeCompare(b.node));
  nodes.forEach(({ node }, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, nodes.length);
    graph.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  if (graph.order < 2) return;

  forceAtlas2.assign(graph, {
    iterations: LAYOUT_ITERATIONS,
    getEdgeWeight: 'weight',
    // Inferred settings, with stronger gravity: the network is often several small components
    // (a pair of partners per agreement), which weak gravity lets drift to the corners.
    settings: { ...forceAtlas2.inferSettings(graph), gravity: GRAVITY },
  });
  scaleToExtent(graph, LAYOUT_EXTENT);
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: 6, ratio: 1.4, expansion: 1.1 } });
}

function scaleToExtent(graph: CooperationGraph, extent: number): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const span = Math.max(maxX - minX, maxY - minY);
  if (!Number.isFinite(span) || span === 0) return;
  const factor = extent / span;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: (attributes.x - cx) * factor,
    y: (attributes.y - cy) * factor,
  }));
}
