/**
 * The explorer's one store. state/ holds everything the page shows as values: the state's shape
 * (types.ts), the actions (actions.ts) and the one reducer (reducer.ts), this store, the `watch` helper
 * views subscribe with (watch.ts), the view state in the URL (url.ts), and filters and months as values.
 *
 * A minimal store: one state, one reducer, and listeners told of every action with the state before and
 * after it, so a view skips work when the part it draws did not change and an effect can react to an
 * action that changes no state (expanding a neighbourhood that is already drawn). Dispatching from a
 * listener is allowed; the nested action is delivered after the current round, so every listener sees
 * states in order.
 */
import type { Action } from './actions.js';
import { reduce } from './reducer.js';
import type { ExplorerState } from './types.js';

type Listener = (state: ExplorerState, previous: ExplorerState, action: Action) => void;

export interface Store {
  getState: () => ExplorerState;
  dispatch: (action: Action) => void;
  subscribe: (listener: Listener) => () => void;
}

export function createStore(initial: ExplorerState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  const queue: Action[] = [];
  let dispatching = false;

  const dispatch = (action: Action): void => {
    queue.push(action);
    if (dispatching) return;
    dispatching = true;
    try {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const previous = state;
        state = reduce(previous, next);
        for (const listener of [...listeners]) listener(state, previous, next);
      }
    } finally {
      dispatching = false;
      queue.length = 0;
    }
  };

  return {
    getState: () => state,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
