/** The client benchmark's targets and its Markdown section of bench/results/latest.md. */
import type { ClientBenchResult } from './client-bench.js';

export interface ClientTarget {
  metric: string;
  target: string;
  measured: string;
  met: boolean;
}

/**
 * First frame ≤ 1.2× bare sigma's at every size; pan ≥ 10× faster from 10k; 10k settled < 10 s; from 100k,
 * every page loaded and drawn no later than bare sigma draws its first (and only) frame.
 */
export function clientTargets(results: ClientBenchResult[]): ClientTarget[] {
  const rows: ClientTarget[] = [];
  for (const r of results) {
    rows.push({
      metric: `client, ${size(r.institutions)}: first frame drawn, product / bare sigma`,
      target: '≤ 1.2×',
      measured: `${r.ratios.firstFrameDrawn.toFixed(2)}× (${seconds(r.product.firstFrame.drawn)} / ${seconds(r.bare.firstFrame.drawn)})`,
      met: r.ratios.firstFrameDrawn <= 1.2,
    });
    if (r.institutions >= 10_000) {
      rows.push({
        metric: `client, ${size(r.institutions)}: pan frame drawn, bare sigma / product`,
        target: '≥ 10×',
        measured: `${r.ratios.panDrawn.toFixed(1)}× (${ms(r.bare.pan.drawn)} / ${ms(r.product.pan.drawn)})`,
        met: r.ratios.panDrawn >= 10,
      });
    }
    if (r.institutions === 10_000) {
      rows.push({
        metric: 'client, 10k: layout settled',
        target: '< 10 s',
        measured: seconds(r.product.settled),
        met: r.product.settled < 10_000,
      });
    }
    if (r.institutions >= 100_000) {
      const ratio = r.product.settled / r.bare.firstFrame.drawn;
      rows.push({
        metric: `client, ${size(r.institutions)}: settled, product / bare sigma's first frame drawn`,
        target: '≤ 1.0×',
        measured: `${ratio.toFixed(2)}× (${seconds(r.product.settled)} / ${seconds(r.bare.firstFrame.drawn)})`,
        met: ratio <= 1,
      });
    }
  }
  return rows;
}

export function clientMarkdown(results: ClientBenchResult[]): string {
  if (results.length === 0) return '';
  const first = results[0]!;
  const lines = [
    '## The explorer in Chromium against bare sigma',
    '',
    `Headless Chromium ${first.browser} with software WebGL (SwiftShader), 1280 × 800. Each size: ${first.runs} page ` +
      'loads per side, alternating which goes first. The bare page is sigma with its default settings and programs ' +
      'drawing, all at once, the graph the product draws once loaded (same nodes, edges, positions, sizes, colours). ' +
      'Times are medians in ms from navigation start; "JS" ends when the frame\'s JavaScript returns, "drawn" when one ' +
      'pixel could be read back from every WebGL context it drew into (software WebGL only rasterises then). Pan: ' +
      'a mouse drag, one frame per step, median over every frame. Profile and before/after figures: ' +
      '[client-profile.md](client-profile.md).',
    '',
    table(
      [
        'Institutions',
        'Drawn (nodes / edges)',
        'Loaded',
        'First frame JS / drawn',
        'Settled',
        'Pan frame JS / drawn',
        'Hover → highlight',
      ],
      results.flatMap((r) => [
        [
          size(r.institutions),
          `${n(r.nodes)} / ${n(r.edges)}`,
          r.paged ? `pages, ${r.edgesPerNode} edges per node` : 'whole',
          `product ${ms(r.product.firstFrame.js)} / ${ms(r.product.firstFrame.drawn)}`,
          `product ${ms(r.product.settled)}`,
          `product ${ms(r.product.pan.js)} / ${ms(r.product.pan.drawn)}`,
          r.hover === null
            ? '–'
            : `${ms(r.hover.median)} (max ${ms(r.hover.max)}, ${r.hover.samples} hovers)`,
        ],
        [
          '',
          '',
          'bare sigma',
          `bare ${ms(r.bare.firstFrame.js)} / ${ms(r.bare.firstFrame.drawn)}`,
          `bare ${ms(r.bare.settled)}`,
          `bare ${ms(r.bare.pan.js)} / ${ms(r.bare.pan.drawn)}`,
          '',
        ],
        [
          '',
          '',
          'ratio',
          `${r.ratios.firstFrameJs.toFixed(2)}× / **${r.ratios.firstFrameDrawn.toFixed(2)}×**`,
          `${r.ratios.settled.toFixed(2)}×`,
          `${r.ratios.panJs.toFixed(1)}× / **${r.ratios.panDrawn.toFixed(1)}× faster**`,
          '',
        ],
      ]),
    ),
    '',
    'Ratios: first frame and settled are product ÷ bare (lower is better); pan is bare ÷ product (how many times ' +
      'faster the product pans).',
    '',
  ];
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function n(value: number): string {
  return Math.round(value).toLocaleString('en');
}

function ms(value: number): string {
  return `${n(value)} ms`;
}

function seconds(value: number): string {
  return `${(value / 1000).toFixed(1)} s`;
}

function size(institutions: number): string {
  return institutions >= 1_000 && institutions % 1_000 === 0 ? `${institutions / 1_000}k` : n(institutions);
}
