/**
 * How data becomes marks: node colour and size, edge colour, width and curvature. Pure functions of the
 * data, used both for the graph's own display attributes (what exports and the console see) and by the
 * renderer's reducers for the current view (colour by community, size by betweenness, filtered weights).
 */
import type { CooperationEdgeAttributes } from '../../../contract/graph.js';
import { PART_OF_COLOR, SEVERAL_DOMAINS_COLOR } from './palette.js';

export const MIN_NODE_SIZE = 6;
const MAX_NODE_SIZE = 20;
const MAX_EDGE_SIZE = 7;

export interface EdgeLook {
  color: string;
  size: number;
  /** Sigma program: straight for one agreement, curved where a pair shares several. */
  type: 'line' | 'curved';
  curvature: number;
}

/**
 * Square-root scale from a metric to a node size, so that hubs do not swallow the picture and a value of
 * zero is still a visible node.
 */
export function metricSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.min(1, value / max));
}

/** Width grows with the number of shared agreements; parent links stay hairlines. */
function edgeSize(relation: CooperationEdgeAttributes['relation'], weight: number): number {
  if (relation === 'part-of') return 1;
  return Math.min(MAX_EDGE_SIZE, 1.2 + 1.1 * Math.max(0, weight - 1));
}

/** The domain colour when the agreements of an edge share one domain; a neutral grey when they span several. */
function edgeColor(
  relation: CooperationEdgeAttributes['relation'],
  domains: readonly string[],
  palette: ReadonlyMap<string, string>,
): string {
  if (relation === 'part-of') return PART_OF_COLOR;
  if (domains.length === 1) return palette.get(domains[0] ?? '') ?? SEVERAL_DOMAINS_COLOR;
  return SEVERAL_DOMAINS_COLOR;
}

/** Bends more the more agreements a pair shares, so a bundle reads as a bundle. */
function edgeCurvature(weight: number): number {
  return weight > 1 ? Math.min(0.5, 0.15 + 0.06 * weight) : 0;
}

export function edgeLook(
  attributes: Pick<CooperationEdgeAttributes, 'relation' | 'domains' | 'weight'>,
  palette: ReadonlyMap<string, string>,
): EdgeLook {
  const curvature = attributes.relation === 'cooperation' ? edgeCurvature(attributes.weight) : 0;
  return {
    color: edgeColor(attributes.relation, attributes.domains, palette),
    size: edgeSize(attributes.relation, attributes.weight),
    type: curvature > 0 ? 'curved' : 'line',
    curvature,
  };
}
