/**
 * Draws the found path(s) over the canvas, between the edges and the nodes: a dashed line through each
 * stretch between two institutions, with a marker per agreement, event or person it passes through and
 * its short name. It follows the camera (redrawn after every sigma frame) and changes nothing in the graph.
 */
import type { PathNode } from '../../../../contract/explore.js';
import type { PathOverlay, PathSegment } from '../../graph/path-model.js';
import type { Language } from '../../i18n/language.js';
import { prepareLayer } from './layer-canvas.js';
import type { CooperationRenderer } from './renderer.js';
import { LABEL_FONT } from './sigma-setup.js';

const LINE_COLOR = '#1b2230';
const MARKER_COLORS: Record<PathNode['type'], string> = {
  agreement: '#f2b705',
  event: '#2f6fde',
  person: '#7a68b5',
  institution: '#1b2230',
};
const LANE_OFFSET = 36;
const MAX_LABEL = 30;

export function attachPathLayer(
  renderer: CooperationRenderer,
  overlay: () => PathOverlay | null,
  language: () => Language,
): void {
  const canvas = renderer.createCanvas('paths', { beforeLayer: 'nodes' });
  canvas.dataset.testid = 'path-layer';
  const draw = (): void => drawPaths(renderer, canvas, overlay(), language());
  renderer.on('afterRender', draw);
}

export function drawPaths(
  renderer: CooperationRenderer,
  canvas: HTMLCanvasElement,
  overlay: PathOverlay | null,
  language: Language,
): void {
  const context = prepareLayer(renderer, canvas);
  if (context === null) return;
  let waypoints = 0;
  for (const segment of overlay?.segments ?? [])
    waypoints += drawSegment(renderer, context, segment, language);
  canvas.dataset.segments = String(overlay?.segments.length ?? 0);
  canvas.dataset.waypoints = String(waypoints);
}

function drawSegment(
  renderer: CooperationRenderer,
  context: CanvasRenderingContext2D,
  segment: PathSegment,
  language: Language,
): number {
  const from = renderer.getNodeDisplayData(segment.from);
  const to = renderer.getNodeDisplayData(segment.to);
  if (from === undefined || to === undefined) return 0;
  const a = renderer.framedGraphToViewport(from);
  const b = renderer.framedGraphToViewport(to);
  // Lanes alternate sides: 0 straight, 1 above, 2 below, 3 further above…
  const side = segment.lane % 2 === 1 ? 1 : -1;
  const offset = Math.ceil(segment.lane / 2) * LANE_OFFSET * side;
  const length = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
  const control = {
    x: (a.x + b.x) / 2 + (-(b.y - a.y) / length) * offset * 2,
    y: (a.y + b.y) / 2 + ((b.x - a.x) / length) * offset * 2,
  };
  const at = (t: number) => ({
    x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * control.x + t * t * b.x,
    y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * control.y + t * t * b.y,
  });

  context.save();
  context.strokeStyle = LINE_COLOR;
  context.lineWidth = 2.5;
  context.setLineDash([7, 5]);
  context.beginPath();
  context.moveTo(a.x, a.y);
  context.quadraticCurveTo(control.x, control.y, b.x, b.y);
  context.stroke();
  context.setLineDash([]);

  const count = segment.waypoints.length;
  segment.waypoints.forEach((waypoint, index) => {
    const point = at((index + 1) / (count + 1));
    drawMarker(context, point, waypoint.type);
    drawLabel(context, point, waypointName(waypoint, language));
  });
  context.restore();
  return count;
}

function drawMarker(
  context: CanvasRenderingContext2D,
  point: { x: number; y: number },
  type: PathNode['type'],
): void {
  const r = 7;
  context.fillStyle = MARKER_COLORS[type];
  context.strokeStyle = '#ffffff';
  context.lineWidth = 2;
  context.beginPath();
  if (type === 'agreement') {
    context.moveTo(point.x, point.y - r);
    context.lineTo(point.x + r, point.y);
    context.lineTo(point.x, point.y + r);
    context.lineTo(point.x - r, point.y);
    context.closePath();
  } else if (type === 'event') {
    context.rect(point.x - r * 0.8, point.y - r * 0.8, r * 1.6, r * 1.6);
  } else {
    context.arc(point.x, point.y, r * 0.85, 0, 2 * Math.PI);
  }
  context.fill();
  context.stroke();
}

function drawLabel(context: CanvasRenderingContext2D, point: { x: number; y: number }, text: string): void {
  context.font = `500 11px ${LABEL_FONT}`;
  const width = context.measureText(text).width;
  const x = point.x - width / 2;
  const y = point.y + 12;
  context.fillStyle = 'rgb(255 255 255 / 88%)';
  context.fillRect(x - 3, y - 1, width + 6, 15);
  context.fillStyle = '#1b2230';
  context.textBaseline = 'top';
  context.fillText(text, x, y);
}

function waypointName(node: PathNode, language: Language): string {
  const name = language === 'ko' && node.nameKo !== null ? node.nameKo : node.nameEn;
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}
