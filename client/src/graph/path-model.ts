/**
 * A path answer as the canvas draws it. Paths run through agreements, events and people, which are not
 * nodes of the drawn network: each stretch between two institutions becomes a segment carrying those
 * waypoints, drawn over the canvas (views/canvas/path-layer.ts). Links of the network that a hop rests on (a
 * shared agreement, a parent) are emphasised too.
 */
import type { PathNode, PathsAnswer } from '../../../contract/explore.js';
import type { CooperationGraph } from './network.js';
import type { Emphasis } from './view-model.js';

export interface PathSegment {
  from: string;
  to: string;
  /** What lies between the two institutions, in order. */
  waypoints: PathNode[];
  /** Which path it belongs to, so parallel paths between the same institutions are drawn apart. */
  path: number;
  /** Index among the segments joining the same two institutions (0 for the first). */
  lane: number;
}

export interface PathOverlay extends Emphasis {
  segments: PathSegment[];
  /** Institutions of the answer that the canvas does not have (not loaded, or outside the focus). */
  missing: string[];
}

export function pathOverlay(graph: CooperationGraph, answer: PathsAnswer): PathOverlay {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const missing = new Set<string>();
  const segments: PathSegment[] = [];
  const lanes = new Map<string, number>();

  answer.paths.forEach((path, pathIndex) => {
    let start: string | null = null;
    let between: PathNode[] = [];
    for (const node of path.nodes) {
      if (node.type !== 'institution') {
        between.push(node);
        continue;
      }
      if (!graph.hasNode(node.id)) missing.add(node.id);
      else nodes.add(node.id);
      if (start !== null) {
        const pair = start < node.id ? `${start}|${node.id}` : `${node.id}|${start}`;
        const signature = `${pair}|${between.map((waypoint) => waypoint.id).join(',')}`;
        // The same stretch in two paths (all shortest paths share their ends) is drawn once.
        if (!lanes.has(signature)) {
          const lane = [...lanes.keys()].filter((key) => key.startsWith(`${pair}|`)).length;
          lanes.set(signature, lane);
          segments.push({ from: start, to: node.id, waypoints: between, path: pathIndex, lane });
        }
        if (graph.hasNode(start) && graph.hasNode(node.id)) {
          for (const edge of supportingEdges(graph, start, node.id, between)) edges.add(edge);
        }
      }
      start = node.id;
      between = [];
    }
  });
  const primary = new Set([answer.from.id, answer.to.id].filter((id) => graph.hasNode(id)));
  return { nodes, edges, primary, segments, missing: [...missing] };
}

/**
 * Drawn links that a stretch rests on: the cooperation edge carrying the stretch's one agreement, or the
 * parent link when the stretch is a direct institution-to-institution hop.
 */
function supportingEdges(graph: CooperationGraph, a: string, b: string, between: PathNode[]): string[] {
  const agreements = between.filter((node) => node.type === 'agreement').map((node) => node.id);
  return graph.edges(a, b).filter((edge) => {
    const attributes = graph.getEdgeAttributes(edge);
    if (between.length === 0) return attributes.relation === 'part-of';
    return (
      between.length === 1 && agreements.length === 1 && attributes.agreementIds.includes(agreements[0] ?? '')
    );
  });
}
