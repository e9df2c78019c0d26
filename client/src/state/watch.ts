/**
 * "Did my slice of the state change?", asked one way by every view: a view names the parts of the state
 * it draws and is called only when one of them is a new value (the reducer never mutates, so a new
 * value is a change).
 */
import type { Store } from './store.js';
import type { ExplorerState } from './types.js';

export type StateKey = keyof ExplorerState;

export function changed(next: ExplorerState, previous: ExplorerState, keys: readonly StateKey[]): boolean {
  return keys.some((key) => next[key] !== previous[key]);
}

/** Calls `render` after every action that changed one of `keys`; returns the unsubscribe. */
export function watch(
  store: Store,
  keys: readonly StateKey[],
  render: (state: ExplorerState, previous: ExplorerState) => void,
): () => void {
  return store.subscribe((next, previous) => {
    if (changed(next, previous, keys)) render(next, previous);
  });
}
