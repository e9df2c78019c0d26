/**
 * The pointer on the canvas becomes actions: hovering an institution or a link, selecting either,
 * expanding an institution's neighbourhood with a double click, and clearing the selection on the
 * background. Sigma reports links only on a small network (enableEdgeEvents, sigma-setup.ts).
 */
import type { Store } from '../../state/store.js';
import type { CooperationRenderer } from './renderer.js';

/** Two clicks farther apart than this (pixels) are two clicks, not a double click. */
const CLICK_TOLERANCE = 6;
/** Sigma's double-click window, and a little more. */
const DOUBLE_CLICK_WAIT_MS = 350;

export function bindPointer(
  renderer: CooperationRenderer,
  container: HTMLElement,
  store: Store,
  /** Brings a selected institution back into view when a panel may have covered it. */
  keepVisible: (node: string) => void,
): void {
  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    store.dispatch({ type: 'hover', id: node });
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    store.dispatch({ type: 'hover', id: null });
  });
  // Sigma reports a second click within its double-click delay as a double click only (and zooms), even
  // on another node. On a node a double click expands its neighbourhood and never zooms; on the
  // background it zooms only when both clicks hit the same spot.
  let lastClick: { x: number; y: number } | null = null;
  renderer.on('clickNode', ({ node, event }) => {
    lastClick = { x: event.x, y: event.y };
    const already = store.getState().selection.institution === node;
    store.dispatch({ type: 'selectInstitution', id: node });
    if (already) return;
    // The panel opening may cover the node: bring it back into view, once a double click can no longer
    // be on its way (moving the camera between its two clicks would break it).
    window.setTimeout(() => keepVisible(node), DOUBLE_CLICK_WAIT_MS);
  });
  renderer.on('enterEdge', ({ edge }) => {
    container.style.cursor = 'pointer';
    store.dispatch({ type: 'hoverLink', id: edge });
  });
  renderer.on('leaveEdge', () => {
    container.style.cursor = '';
    store.dispatch({ type: 'hoverLink', id: null });
  });
  renderer.on('clickEdge', ({ edge, event }) => {
    lastClick = { x: event.x, y: event.y };
    store.dispatch({ type: 'selectLink', id: edge });
  });
  // A double click on a link is two clicks on it, not a zoom.
  renderer.on('doubleClickEdge', ({ event }) => event.preventSigmaDefault());
  renderer.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    store.dispatch({ type: 'selectInstitution', id: node });
    store.dispatch({ type: 'expand', id: node });
  });
  renderer.on('clickStage', ({ event }) => {
    lastClick = { x: event.x, y: event.y };
    const { institution, agreement, link } = store.getState().selection;
    if (institution !== null || agreement !== null || link !== null) {
      store.dispatch({ type: 'clearSelection' });
    }
  });
  renderer.on('doubleClickStage', ({ event }) => {
    const moved =
      lastClick === null || Math.hypot(event.x - lastClick.x, event.y - lastClick.y) > CLICK_TOLERANCE;
    if (moved) event.preventSigmaDefault();
  });
}
