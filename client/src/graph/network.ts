/**
 * The network as data. graph/ holds the graphology graph (this file) and what is derived from it without
 * the page: pages merged as they come (pages.ts), layouts (layout.ts, layout-worker.ts), colours, sizes and
 * pictograms (palette.ts, appearance.ts, pictograms.ts), the view model the canvas and counts read
 * (view-model.ts), paths as drawn (path-model.ts), rankings (metrics.ts) and names (names.ts).
 *
 * The loaded network as a graphology graph: institutions keyed by id and their links, with the display
 * attributes sigma reads by default (colour by country, size by number of partners, edge colour by domain,
 * width by shared agreements, a pictogram per kind, a label per language). Data from the API is merged
 * in — the first load, and each neighbourhood the user expands — so the graph only grows until the page
 * starts over. View state (highlights, filters, the colouring chosen) is applied by the renderer's
 * reducers, never written here.
 */
import Graph from 'graphology';

import type {
  CooperationEdgeAttributes,
  InstitutionNodeAttributes,
  NetworkAttributes,
  NetworkGraph,
} from '../../../contract/graph.js';
import type { Language } from '../i18n/language.js';
import { edgeLook, type EdgeLook, metricSize } from './appearance.js';
import { countryColors, domainColors, NO_COUNTRY_COLOR } from './palette.js';
import { pictogramUrl } from './pictograms.js';

/** What sigma reads on top of the contract's attributes (the agreements view's nodes read it too). */
export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The kind's pictogram (node-image program). */
  image: string;
}

export type NetworkNodeAttributes = InstitutionNodeAttributes & NodeDisplay;
export type NetworkEdgeAttributes = CooperationEdgeAttributes & EdgeLook;
export type CooperationGraph = Graph<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>;

export interface MergeResult {
  nodes: string[];
  edges: string[];
}

/**
 * Undirected (cooperation is mutual), and a multigraph only so that a pair can be both parent and child,
 * and partners; duplicate or reversed edges from the server are merged rather than rejected.
 */
export function createNetworkGraph(): CooperationGraph {
  const graph: CooperationGraph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ countries: [], domains: [] });
  return graph;
}

/**
 * Adds the institutions and links of `data` that the graph lacks and merges the agreements of links it
 * has. New nodes get no position here (x = y = 0): `placeNewNodes` (graph/layout.ts) puts them near
 * their neighbours. Returns what was added.
 */
export function mergeNetwork(graph: CooperationGraph, data: NetworkGraph): MergeResult {
  mergeVocabulary(graph, data.attributes);
  const added: MergeResult = { nodes: [], edges: [] };
  for (const { key, attributes } of data.nodes) {
    if (attributes === undefined || graph.hasNode(key)) continue;
    graph.addNode(key, {
      ...attributes,
      x: 0,
      y: 0,
      size: metricSize(0, 1),
      color: NO_COUNTRY_COLOR,
      // The data's own label; the renderer shows the current language's (a reducer).
      label: nodeLabel(attributes, 'en'),
      image: pictogramUrl(attributes.kind),
    });
    added.nodes.push(key);
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
    if (existing !== undefined) {
      mergeEdgeAttributes(graph, existing, attributes);
      continue;
    }
    const edgeKey = key ?? `${attributes.relation}:${source}:${target}`;
    if (graph.hasEdge(edgeKey)) continue;
    graph.addEdgeWithKey(edgeKey, source, target, { ...attributes, ...edgeLook(attributes, new Map()) });
    added.edges.push(edgeKey);
  }
  applyBaseAppearance(graph);
  return added;
}

function mergeVocabulary(graph: CooperationGraph, attributes: NetworkAttributes | undefined): void {
  if (attributes === undefined) return;
  const byKey = <T>(list: T[], extra: T[], key: (item: T) => string): T[] => {
    const map = new Map(list.map((item) => [key(item), item]));
    for (const item of extra) if (!map.has(key(item))) map.set(key(item), item);
    return [...map.values()];
  };
  graph.updateAttributes((current) => ({
    ...current,
    countries: byKey(current.countries, attributes.countries ?? [], (country) => country.code),
    domains: byKey(current.domains, attributes.domains ?? [], (domain) => domain.id),
    truncated: Boolean(current.truncated) || Boolean(attributes.truncated),
  }));
}

function mergeEdgeAttributes(graph: CooperationGraph, edge: string, extra: CooperationEdgeAttributes): void {
  graph.updateEdgeAttributes(edge, (current) => {
    const agreementIds = [...new Set([...current.agreementIds, ...extra.agreementIds])];
    const domains = [...new Set([...current.domains, ...extra.domains])].sort();
    const weight = current.relation === 'part-of' ? 1 : Math.max(1, agreementIds.length);
    return { ...current, agreementIds, domains, weight };
  });
}

/** Distinct partners over cooperation links: a parent that is also a partner counts once. */
export function partnerCount(graph: CooperationGraph, node: string): number {
  const partners = new Set<string>();
  graph.forEachEdge(node, (_edge, attributes, source, target) => {
    if (attributes.relation === 'cooperation') partners.add(source === node ? target : source);
  });
  return partners.size;
}

/** Colour by country, size by partners, edges by domain and weight: the default look, as attributes. */
function applyBaseAppearance(graph: CooperationGraph): void {
  const countries = countryPalette(graph);
  const domains = domainPalette(graph);
  const partners = new Map(graph.mapNodes((node) => [node, partnerCount(graph, node)] as const));
  const max = Math.max(1, ...partners.values());
  graph.updateEachNodeAttributes(
    (node, attributes) => ({
      ...attributes,
      color:
        attributes.country === null
          ? NO_COUNTRY_COLOR
          : (countries.get(attributes.country) ?? NO_COUNTRY_COLOR),
      size: metricSize(partners.get(node) ?? 0, max),
    }),
    // No attribute hints: a renderer told only "colour and size" would repaint nodes it has not indexed
    // yet (those just added), which sigma refuses.
  );
  graph.updateEachEdgeAttributes(
    (_edge, attributes) => ({ ...attributes, ...edgeLook(attributes, domains) }),
    {
      attributes: ['color', 'size', 'type', 'curvature'],
    },
  );
}

/** Colours for every country of the graph (listed by the server or carried by an institution). */
export function countryPalette(graph: CooperationGraph): Map<string, string> {
  const codes = new Set<string>(graph.getAttribute('countries').map((country) => country.code));
  graph.forEachNode((_node, attributes) => {
    if (attributes.country !== null) codes.add(attributes.country);
  });
  return countryColors(codes);
}

/** Colours for every domain the server lists or an edge carries. */
export function domainPalette(graph: CooperationGraph): Map<string, string> {
  const ids = new Set<string>(graph.getAttribute('domains').map((domain) => domain.id));
  graph.forEachEdge((_edge, attributes) => attributes.domains.forEach((domain) => ids.add(domain)));
  return domainColors(ids);
}

/** English labels prefer the acronym (NIST, KEIT) because full names crowd the drawing. */
export function nodeLabel(attributes: InstitutionNodeAttributes, language: Language): string {
  if (language === 'ko') return attributes.nameKo;
  return attributes.acronym ?? attributes.nameEn;
}
