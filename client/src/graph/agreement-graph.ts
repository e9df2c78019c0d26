/**
 * The agreements view's graph: institutions and the agreements they are party to, as nodes. Institutions
 * stay where the cooperation map has them, so the eye keeps its bearings when the view switches; each
 * agreement starts at its parties' barycentre (a small offset from its id parts agreements of the same
 * parties) and a short ForceAtlas2 run with the institutions held still, then noverlap, settle them.
 * Agreements are coloured by status, carry their kind's pictogram and are sized by their amount.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

import type { AgreementGraph, AgreementGraphNode } from '../../../contract/agreement-graph.js';
import type { Language } from '../i18n/language.js';
import { metricSize, MIN_NODE_SIZE } from './appearance.js';
import { hashAngle } from './layout.js';
import { type CooperationGraph, type NodeDisplay, nodeLabel } from './network.js';
import { NO_COUNTRY_COLOR, PART_OF_COLOR, STATUS_COLORS } from './palette.js';
import { agreementPictogramPath, pictogramUrl } from './pictograms.js';

export interface AgreementViewNode extends NodeDisplay {
  /** The id of the institution or agreement (node keys carry their type). */
  id: string;
  /** Held still by the layout: institutions keep their place on the cooperation map. */
  fixed: boolean;
  data: AgreementGraphNode;
}

export interface AgreementViewEdge {
  relation: AgreementGraph['edges'][number]['attributes']['relation'];
  role: string | null;
  color: string;
  size: number;
}

export type AgreementViewGraph = Graph<AgreementViewNode, AgreementViewEdge, { truncated: boolean }>;

const PARTY_EDGE_COLOR = '#c3cad6';
/** How far (graph units) an agreement starts from its parties' barycentre. */
const SPREAD = 12;
const LAYOUT_ITERATIONS = 40;

/** The key's id: `agreement:a-1` → `a-1`. */
export const idOfKey = (key: string): string => key.slice(key.indexOf(':') + 1);

export function buildAgreementGraph(
  answer: AgreementGraph,
  cooperation: CooperationGraph,
): AgreementViewGraph {
  const graph: AgreementViewGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ truncated: answer.attributes.truncated === true });
  const amounts = answer.nodes.map(({ attributes }) =>
    attributes.type === 'agreement' ? (attributes.amountUsd ?? 0) : 0,
  );
  const maxAmount = Math.max(0, ...amounts);
  for (const { key, attributes } of answer.nodes) {
    const id = idOfKey(key);
    const placed = attributes.type === 'institution' && cooperation.hasNode(id);
    graph.addNode(key, {
      x: placed ? cooperation.getNodeAttribute(id, 'x') : 0,
      y: placed ? cooperation.getNodeAttribute(id, 'y') : 0,
      fixed: placed,
      id,
      data: attributes,
      label: labelOf(attributes, 'en'),
      ...lookOf(attributes, id, cooperation, maxAmount),
    });
  }
  for (const { source, target, attributes } of answer.edges) {
    if (!graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(source, target)) continue;
    graph.addEdge(source, target, {
      relation: attributes.relation,
      role: attributes.role,
      color: attributes.relation === 'part-of' ? PART_OF_COLOR : PARTY_EDGE_COLOR,
      size: attributes.relation === 'part-of' ? 1 : 1.2,
    });
  }
  placeAgreements(graph);
  return graph;
}

/**
 * Whether every institution of the view stands where the map has it now, held still if and only if the
 * map has it. The map moves after a view is built: its first layout settles after the view was asked
 * for, the user lays it out again, an expanded neighbourhood brings institutions.
 */
export function hasMapPositions(view: AgreementViewGraph, cooperation: CooperationGraph): boolean {
  return view.everyNode((_key, { id, data, fixed, x, y }) => {
    if (data.type !== 'institution') return true;
    if (!cooperation.hasNode(id)) return !fixed;
    const place = cooperation.getNodeAttributes(id);
    return fixed && place.x === x && place.y === y;
  });
}

function lookOf(
  node: AgreementGraphNode,
  id: string,
  cooperation: CooperationGraph,
  maxAmount: number,
): Pick<AgreementViewNode, 'color' | 'size' | 'image'> {
  if (node.type === 'agreement') {
    return {
      color: STATUS_COLORS[node.status],
      size: metricSize(node.amountUsd ?? 0, maxAmount),
      image: pictogramUrl(node.kind, agreementPictogramPath(node.kind)),
    };
  }
  if (node.type === 'institution' && cooperation.hasNode(id)) {
    const { color, size, image } = cooperation.getNodeAttributes(id);
    return { color, size, image };
  }
  return { color: NO_COUNTRY_COLOR, size: MIN_NODE_SIZE, image: pictogramUrl('') };
}

/** The label in a language: an institution's as on the map, an agreement's title (shortened). */
export function labelOf(node: AgreementGraphNode, language: Language): string {
  switch (node.type) {
    case 'institution':
      return nodeLabel(node, language);
    case 'agreement':
      return shorten(language === 'ko' ? node.titleKo : node.titleEn);
    case 'event':
      return shorten(language === 'ko' ? (node.nameKo ?? node.nameEn) : node.nameEn);
    case 'domain':
      return language === 'ko' ? node.nameKo : node.nameEn;
  }
}

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 38)}…` : text);

/**
 * Every node that is not an institution of the map starts at its neighbours' barycentre (those placed so
 * far), then ForceAtlas2 moves only them and noverlap parts them. Deterministic: the offsets come from
 * the ids, and the runs have fixed lengths.
 */
function placeAgreements(graph: AgreementViewGraph): void {
  const free = graph.filterNodes((_node, attributes) => !attributes.fixed);
  if (free.length === 0) return;
  const placed = new Set(graph.filterNodes((_node, attributes) => attributes.fixed));
  for (const node of free) {
    const anchors = graph.neighbors(node).filter((neighbour) => placed.has(neighbour));
    let x = 0;
    let y = 0;
    for (const anchor of anchors) {
      x += graph.getNodeAttribute(anchor, 'x');
      y += graph.getNodeAttribute(anchor, 'y');
    }
    const angle = hashAngle(node);
    const count = Math.max(1, anchors.length);
    graph.mergeNodeAttributes(node, {
      x: x / count + SPREAD * Math.cos(angle),
      y: y / count + SPREAD * Math.sin(angle),
    });
    placed.add(node);
  }
  // Both layouts compute in 32-bit floats and write every node back, so the institutions held still would
  // come back rounded, a hair away from the map (and noverlap moves them anyway): they get their place back.
  const held = new Map(
    graph
      .filterNodes((_node, { fixed }) => fixed)
      .map((node) => {
        const { x, y } = graph.getNodeAttributes(node);
        return [node, { x, y }] as const;
      }),
  );
  const keepHeld = <T extends { x: number; y: number }>(key: string, position: T): T => {
    const place = held.get(key);
    return place === undefined ? position : { ...position, ...place };
  };
  forceAtlas2.assign(graph, {
    iterations: LAYOUT_ITERATIONS,
    // No gravity: the parties, held still, are what holds an agreement; repulsion only parts neighbours.
    settings: {
      ...forceAtlas2.inferSettings(graph),
      gravity: 0,
      slowDown: 5,
      // Barnes–Hut from a few hundred nodes, not graphology's 2,000: 1,000 agreements among 810
      // institutions (a seeded random graph) placed in 270 ms instead of 750, as close to their parties.
      barnesHutOptimize: graph.order > 500,
    },
    outputReducer: keepHeld,
  });
  noverlap.assign(graph, {
    maxIterations: 100,
    // A grid of about one node per cell (its default, 20 × 20, crowds hundreds into a cell): 90 ms
    // instead of 180 for the same 1,800 nodes, with as few overlaps left.
    settings: { margin: 2, ratio: 1.2, gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))) },
    outputReducer: keepHeld,
  });
}
