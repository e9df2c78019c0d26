/**
 * The canvas' life on the page: made once (large or small, see createView), with the path layer over it
 * and the layout worker beside it, which follows the state's run/stop switch. It also keeps the
 * first-frame clock that window.cooperationGraph reports.
 */
import { createLayoutController, type LayoutController } from '../../graph/layout-worker.js';
import type { AgreementCache } from '../../effects/agreement-cache.js';
import type { CooperationGraph } from '../../graph/network.js';
import type { Store } from '../../state/store.js';
import { watch } from '../../state/watch.js';
import type { PageElements } from '../page-elements.js';
import { createCanvas, type CanvasView } from './canvas.js';
import { attachPathLayer } from './path-layer.js';
import { sigmaSettings } from './sigma-setup.js';

/** Milliseconds since navigation started: network answered, first sigma frame drawn. */
export interface Timing {
  networkLoaded: number;
  firstFrame: number;
}

export interface CanvasHost {
  canvas: () => CanvasView | null;
  /** Makes the canvas, once: `large` for the level-of-detail programs only. */
  createView: (large: boolean) => Promise<void>;
  /** The first answer said how large the network is (the canvas may have been made before it came). */
  onScale: (large: boolean) => Promise<void>;
  /** The network's first answer arrived: the start of the first-frame clock. */
  onAnswer: () => void;
  timing: Timing;
}

export function createCanvasHost(
  elements: PageElements,
  graph: CooperationGraph,
  store: Store,
  agreements: AgreementCache,
): CanvasHost {
  let canvas: CanvasView | null = null;
  let layout: LayoutController | null = null;
  const timing: Timing = { networkLoaded: 0, firstFrame: 0 };

  /**
   * A large network's canvas (its cheap programs only) or a small one's (pictograms and curves too). Sigma
   * creates its WebGL contexts and compiles its programs in its constructor (0.3 s and more in software
   * WebGL), so it is made once, when the first page's answer (preloaded by index.html, so usually in
   * before the script runs) says which, while the next request is on its way. Made earlier on a guess of
   * "large", a small network paid for both sets of programs and asked for itself only after the first:
   * the 26-institution seed waited about 0.3 s longer for its first frame.
   */
  const createView = async (large: boolean): Promise<void> => {
    performance.mark('cooperation-graph:canvas-start');
    const settings = await sigmaSettings(large);
    // Another call made it meanwhile.
    if (canvas !== null) return;
    const view = createCanvas(elements.graph, graph, store, {
      large,
      settings,
      agreements,
      // The side panel and the tool drawer cover the canvas' sides, the table its bottom: the camera
      // keeps clear of them.
      occluded: () => {
        const drawer = elements.tools.hidden ? null : elements.tools.getBoundingClientRect();
        const table = elements.tools.dataset.tool === 'table';
        return {
          left: drawer === null || table ? 0 : drawer.width + 12,
          right: elements.panel.hidden ? 0 : elements.panel.getBoundingClientRect().width + 12,
          bottom: drawer === null || !table ? 0 : drawer.height + 12,
        };
      },
    });
    canvas = view;
    attachPathLayer(view.renderer, view.overlay, () => store.getState().language);
    const { renderer } = view;
    layout = createLayoutController(graph, {
      onChange: (running) => store.dispatch({ type: 'setLayout', layout: running ? 'running' : 'stopped' }),
      nodeSize: (node) => renderer.getNodeDisplayData(node)?.size ?? graph.getNodeAttribute(node, 'size'),
    });
    const onFrame = (): void => {
      if (timing.networkLoaded === 0 || graph.order === 0) return;
      timing.firstFrame = performance.now();
      renderer.off('afterRender', onFrame);
    };
    renderer.on('afterRender', onFrame);
    performance.mark('cooperation-graph:canvas-ready');
  };

  watch(store, ['layout'], (next) => {
    if (layout === null) return;
    if (next.layout === 'running' && !layout.isRunning()) layout.start();
    if (next.layout === 'stopped' && layout.isRunning()) layout.stop();
  });

  return {
    canvas: () => canvas,
    createView,
    async onScale(large) {
      if (canvas === null) return createView(large);
      if (!large && canvas.isLarge()) canvas.drawSmall(await sigmaSettings(false));
    },
    onAnswer() {
      if (timing.networkLoaded === 0) timing.networkLoaded = performance.now();
    },
    timing,
  };
}
