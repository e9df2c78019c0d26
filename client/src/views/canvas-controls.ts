/** Buttons over the canvas: run or stop the layout, zoom in and out, and show everything. */
import { explorerStrings } from '../i18n/strings.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { watch } from '../state/watch.js';
import type { CooperationRenderer } from './canvas/renderer.js';
import { el } from './dom.js';

export function createCanvasControls(
  root: HTMLElement,
  store: Store,
  renderer: () => CooperationRenderer | null,
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
  root.setAttribute('role', 'toolbar');
  root.replaceChildren(layout, el('span', { className: 'control-gap' }), zoomIn, zoomOut, fit);

  const render = (state: ExplorerState): void => {
    const text = explorerStrings(state.language);
    const running = state.layout === 'running';
    layout.textContent = running ? `❚❚ ${text.layoutStop}` : `▶ ${text.layoutRun}`;
    layout.setAttribute('aria-pressed', String(running));
    document.body.dataset.layout = state.layout;
    root.setAttribute('aria-label', text.canvasControls);
    for (const [element, label] of [
      [zoomIn, text.zoomIn],
      [zoomOut, text.zoomOut],
      [fit, text.fit],
    ] as const) {
      element.setAttribute('aria-label', label);
      element.title = label;
    }
  };
  watch(store, ['layout', 'language'], render);
  render(store.getState());
}
