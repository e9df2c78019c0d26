/**
 * What the canvas shows, derived from the state and the graph without changing either: which institutions
 * and links pass the filters, which stand out (hover, path, agreement, selection) and how each node is
 * coloured and sized. The renderer's reducers read the result; views count from it, so the canvas and
 * the counts can never disagree.
 */
import type { Stats } from '../../../contract/stats.js';
import type { ColourMode, EdgeInView, NetworkView, SizeMetric } from '../state/types.js';
import { metricSize } from './appearance.js';
import { type CooperationGraph, partnerCount } from './network.js';
import { communityColor } from './palette.js';

export interface Emphasis {
  /** Institutions that stand out; everything else is dimmed. */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The institutions the emphasis is about (hovered, selected, path ends), drawn highlighted. */
  primary: ReadonlySet<string>;
  /** Its links drawn dark and wide, as the path's are: the emphasis is about a link itself. */
  strong?: boolean;
}

export function isNodeVisible(view: NetworkView | null, node: string): boolean {
  return view === null || view.nodes === null || view.nodes.has(node);
}

/** An edge is drawn when the filters let it through and both its ends are drawn. */
export function edgeInView(
  graph: CooperationGraph,
  view: NetworkView | null,
  edge: string,
): EdgeInView | null {
  const attributes = graph.getEdgeAttributes(edge);
  if (view === null || view.edges === null) return attributes;
  const filtered = view.edges.get(edge);
  if (filtered === undefined) return null;
  if (!isNodeVisible(view, graph.source(edge)) || !isNodeVisible(view, graph.target(edge))) return null;
  return filtered;
}

export interface ViewCounts {
  institutions: number;
  links: number;
  agreements: number;
}

/** What the canvas shows, counted: institutions, links, and the distinct agreements behind the links. */
export function countView(graph: CooperationGraph, view: NetworkView | null): ViewCounts {
  let institutions = 0;
  graph.forEachNode((node) => {
    if (isNodeVisible(view, node)) institutions += 1;
  });
  let links = 0;
  const agreements = new Set<string>();
  graph.forEachEdge((edge) => {
    const shown = edgeInView(graph, view, edge);
    if (shown === null) return;
    links += 1;
    shown.agreementIds.forEach((id) => agreements.add(id));
  });
  return { institutions, links, agreements: agreements.size };
}

/** An institution and its drawn neighbours, with the drawn links between them. */
export function neighbourhoodEmphasis(
  graph: CooperationGraph,
  view: NetworkView | null,
  node: string,
): Emphasis | null {
  if (!graph.hasNode(node)) return null;
  const nodes = new Set([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (edgeInView(graph, view, edge) === null) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges, primary: new Set([node]) };
}

/** One link and its two institutions, the link drawn strong. */
export function linkEmphasis(graph: CooperationGraph, edge: string): Emphasis | null {
  if (!graph.hasEdge(edge)) return null;
  const ends = new Set(graph.extremities(edge));
  return { nodes: ends, edges: new Set([edge]), primary: ends, strong: true };
}

/** The parties of an agreement and the links it makes between them. */
export function agreementEmphasis(
  graph: CooperationGraph,
  agreement: string,
  parties: readonly string[],
): Emphasis {
  const nodes = new Set(parties.filter((party) => graph.hasNode(party)));
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!attributes.agreementIds.includes(agreement)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges, primary: nodes };
}

export interface NodeLook {
  color: string;
  size: number;
}

export interface Metrics {
  /** The metric each node is sized by, when known. */
  values: ReadonlyMap<string, number>;
  max: number;
}

/**
 * The metric of each institution: the API's statistics of the current view when loaded; until then (or
 * for institutions they do not list) partners counted on the loaded graph stand in for degree only.
 */
export function sizeMetrics(graph: CooperationGraph, stats: Stats | null, metric: SizeMetric): Metrics {
  const values = new Map<string, number>();
  if (stats !== null) {
    for (const institution of stats.institutions) values.set(institution.id, institution[metric]);
  }
  if (metric === 'degree') {
    graph.forEachNode((node) => {
      if (!values.has(node)) values.set(node, partnerCount(graph, node));
    });
  }
  return { values, max: Math.max(0, ...values.values()) };
}

/** Node colour and size for the chosen colouring and metric; country colour is the graph's own. */
export function nodeLooks(
  graph: CooperationGraph,
  stats: Stats | null,
  colour: ColourMode,
  metric: SizeMetric,
): Map<string, NodeLook> {
  const metrics = sizeMetrics(graph, stats, metric);
  const communities = new Map<string, number | null>();
  if (colour === 'community' && stats !== null) {
    for (const institution of stats.institutions) communities.set(institution.id, institution.community);
  }
  const looks = new Map<string, NodeLook>();
  graph.forEachNode((node, attributes) => {
    looks.set(node, {
      color: colour === 'community' ? communityColor(communities.get(node) ?? null) : attributes.color,
      size: metricSize(metrics.values.get(node) ?? 0, metrics.max),
    });
  });
  return looks;
}

/**
 * What differs between two views: the institutions shown in one only, and the links shown in one only
 * or drawn with another weight; null when either shows everything (no list to compare). The canvas
 * redraws only these when the time bar moves a month.
 */
export function viewChanges(
  before: NetworkView | null,
  after: NetworkView | null,
): { nodes: string[]; edges: string[] } | null {
  if (before?.nodes == null || after?.nodes == null || before.edges === null || after.edges === null)
    return null;
  const nodes: string[] = [];
  for (const node of before.nodes) if (!after.nodes.has(node)) nodes.push(node);
  for (const node of after.nodes) if (!before.nodes.has(node)) nodes.push(node);
  const edges: string[] = [];
  for (const [edge, shown] of before.edges) {
    const next = after.edges.get(edge);
    if (next === undefined || next.weight !== shown.weight || next.domains !== shown.domains)
      edges.push(edge);
  }
  for (const edge of after.edges.keys()) if (!before.edges.has(edge)) edges.push(edge);
  return { nodes, edges };
}
