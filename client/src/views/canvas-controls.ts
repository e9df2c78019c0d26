/**
 * Buttons over the canvas: the map's view (cooperation or agreements), run or stop the layout, zoom in
 * and out, and show everything.
 */
import type { Camera } from 'sigma';

import { GRAPH_SHAPES } from '../../../contract/agreement-graph.js';
import { explorerStrings } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import type { ExplorerState, GraphShape } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

export function createCanvasControls(
  root: HTMLElement,
  store: Store,
  /** The canvas shown (the cooperation map or the agreements view), whose camera the buttons move. */
  renderer: () => { getCamera: () => Camera } | null,
): void {
  const button = (testid: string, symbol: string, onClick: () => void): HTMLButtonElement => {
    const element = el('button', {
      className: 'control',
      text: symbol,
      attrs: { type: 'button', 'data-testid': testid },
    });
    element.addEventListener('click', onClick);
    return element;
  };
  const layout = button('layout-toggle', '', () =>
    store.dispatch({
      type: 'setLayout',
      layout: store.getState().layout === 'running' ? 'stopped' : 'running',
    }),
  );
  const zoomIn = button('zoom-in', '+', () => void renderer()?.getCamera().animatedZoom({ duration: 250 }));
  const zoomOut = button(
    'zoom-out',
    '−',
    () => void renderer()?.getCamera().animatedUnzoom({ duration: 250 }),
  );
  const fit = button('zoom-fit', '⤢', () => void renderer()?.getCamera().animatedReset({ duration: 300 }));
  const shapes = GRAPH_SHAPES.map((shape) => {
    const element = button(`shape-${shape}`, '', () => store.dispatch({ type: 'setShape', shape }));
    element.dataset.shape = shape;
    return element;
  });
  const shapeGroup = el('span', { className: 'control-group', attrs: { role: 'group' } }, shapes);
  root.setAttribute('role', 'toolbar');
  root.replaceChildren(
    shapeGroup,
    el('span', { className: 'control-gap' }),
    layout,
    el('span', { className: 'control-gap' }),
    zoomIn,
    zoomOut,
    fit,
  );

  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language);
    const running = state.layout === 'running';
    layout.textContent = running ? `❚❚ ${text.layoutStop}` : `▶ ${text.layoutRun}`;
    layout.setAttribute('aria-pressed', String(running));
    document.body.dataset.layout = state.layout;
    root.setAttribute('aria-label', text.canvasControls);
    shapeGroup.setAttribute('aria-label', text.shape.label);
    for (const element of shapes) {
      const shape = element.dataset.shape as GraphShape;
      element.textContent = text.shape[shape];
      element.setAttribute('aria-pressed', String(state.shape === shape));
    }
    // The layout runs on the cooperation map only.
    layout.hidden = state.shape !== 'cooperation';
    for (const [element, label] of [
      [zoomIn, text.zoomIn],
      [zoomOut, text.zoomOut],
      [fit, text.fit],
    ] as const) {
      element.setAttribute('aria-label', label);
      element.title = label;
    }
  };
  watch(store, ['layout', 'language', 'shape'], render);
  render(store.getState());
}
