/**
 * Sigma's programs and settings for the cooperation graph: nodes are a disc in the node's colour with a
 * ring (white, dark when selected) and the kind's pictogram inside; edges are straight, or curved where
 * two institutions share several agreements (@sigma/edge-curve). A large network (one that came in
 * pages) is drawn with the level of detail below: plain points and hairlines, nothing but nodes while
 * the camera moves, and fewer labels.
 */
import EdgeCurveProgram from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { Settings } from 'sigma/settings';
import { createNodeCompoundProgram, EdgeLineProgram, NodePointProgram } from 'sigma/rendering';

import type { NetworkAttributes } from '../../../../contract/graph.js';
import type { NetworkEdgeAttributes, NetworkNodeAttributes } from '../../graph/network.js';

export const NODE_RING_COLOR = '#ffffff';
export const SELECTED_RING_COLOR = '#1b2230';
/** The ring of the institutions a console result names. */
export const CONSOLE_RING_COLOR = '#f2b705';
/** Links that carry the path, or that a console result names. */
export const EMPHASIS_EDGE_COLOR = '#1b2230';
export const PICTOGRAM_COLOR = '#ffffff';
export const DIMMED_PICTOGRAM_COLOR = '#f4f6f9';
export const LABEL_FONT =
  'Inter, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif';

/** Programs of a large network: one vertex per node (gl.POINTS), one line per edge (gl.LINES). */
const LARGE_NODE_TYPE = 'point';
export const LARGE_EDGE_TYPE = 'hairline';

export type GraphSettings = Settings<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>;

/** Labels, camera, padding: the same for every canvas. */
const COMMON: Partial<GraphSettings> = {
  labelFont: LABEL_FONT,
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1b2230' },
  stagePadding: 40,
  minCameraRatio: 0.05,
  maxCameraRatio: 6,
};

/** What a large network changes (see levelOfDetail), and the small network's values. */
const DETAIL = {
  small: {
    defaultNodeType: 'institution',
    hideEdgesOnMove: false,
    hideLabelsOnMove: false,
    zIndex: true,
    // Dozens of nodes show nearly every label; thousands let the label grid keep the largest.
    labelRenderedSizeThreshold: 5,
    labelDensity: 1.5,
    labelGridCellSize: 90,
    enableEdgeEvents: true,
  },
  large: {
    defaultNodeType: LARGE_NODE_TYPE,
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    zIndex: false,
    labelRenderedSizeThreshold: 14,
    labelDensity: 0.4,
    labelGridCellSize: 140,
    enableEdgeEvents: false,
  },
} satisfies Record<string, Partial<GraphSettings>>;

/**
 * The settings of a canvas. A large network's canvas registers only its two cheap programs: sigma
 * compiles every registered program when it starts. The pictogram program's package is loaded only for
 * a small network: each of its programs, the two it makes when it is imported included, opens a WebGL
 * context to read the texture size (about 0.4 s each in software WebGL, measured).
 */
export async function sigmaSettings(large = false): Promise<Partial<GraphSettings>> {
  if (large) {
    return {
      ...COMMON,
      ...DETAIL.large,
      nodeProgramClasses: { [LARGE_NODE_TYPE]: NodePointProgram },
      edgeProgramClasses: { [LARGE_EDGE_TYPE]: EdgeLineProgram },
    };
  }
  const { createNodeImageProgram } = await import('@sigma/node-image');
  const disc = createNodeBorderProgram<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>({
    borders: [
      { size: { value: 0.12 }, color: { attribute: 'borderColor', defaultValue: NODE_RING_COLOR } },
      { size: { fill: true }, color: { attribute: 'color' } },
    ],
  });
  const pictogram = createNodeImageProgram<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>({
    drawingMode: 'color',
    colorAttribute: 'pictoColor',
    keepWithinCircle: true,
    padding: 0.3,
    // Eight small pictograms: one texture, drawn as soon as the images are read.
    size: { mode: 'force', value: 64 },
    debounceTimeout: null,
  });
  return {
    ...COMMON,
    ...DETAIL.small,
    nodeProgramClasses: {
      institution: createNodeCompoundProgram([disc, pictogram]),
      [LARGE_NODE_TYPE]: NodePointProgram,
    },
    edgeProgramClasses: { curved: EdgeCurveProgram, [LARGE_EDGE_TYPE]: EdgeLineProgram },
  };
}

/**
 * The level of detail of a large network, or back to a small one's. Measured in
 * bench/results/client-profile.md: edges are most of a frame's cost in software WebGL, so they are
 * left out while the camera moves; labels too, and the label grid keeps only the largest nodes.
 * Sorting by zIndex costs a sort of every node and edge at each reindexing: off.
 */
export function levelOfDetail(large: boolean): Partial<GraphSettings> {
  return large ? DETAIL.large : DETAIL.small;
}
