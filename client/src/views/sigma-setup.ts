/**
 * Sigma's programs and settings for the cooperation graph: nodes are a disc in the node's colour with a
 * ring (white, dark when selected) and the kind's pictogram inside; edges are straight, or curved where
 * two institutions share several agreements (@sigma/edge-curve).
 */
import EdgeCurveProgram from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import { createNodeImageProgram } from '@sigma/node-image';
import type { Settings } from 'sigma/settings';
import { createNodeCompoundProgram } from 'sigma/rendering';

import type { NetworkAttributes } from '../../../server/contract/graph.js';
import type { NetworkEdgeAttributes, NetworkNodeAttributes } from '../network.js';

export const NODE_RING_COLOR = '#ffffff';
export const SELECTED_RING_COLOR = '#1b2230';
export const PICTOGRAM_COLOR = '#ffffff';
export const DIMMED_PICTOGRAM_COLOR = '#f4f6f9';
export const LABEL_FONT =
  'Inter, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif';

export type GraphSettings = Settings<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>;

export function sigmaSettings(): Partial<GraphSettings> {
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
    defaultNodeType: 'institution',
    nodeProgramClasses: { institution: createNodeCompoundProgram([disc, pictogram]) },
    edgeProgramClasses: { curved: EdgeCurveProgram },
    zIndex: true,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1b2230' },
    // Dozens of nodes show nearly every label; thousands let the label grid keep the largest.
    labelRenderedSizeThreshold: 5,
    labelDensity: 1.5,
    labelGridCellSize: 90,
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 6,
  };
}
