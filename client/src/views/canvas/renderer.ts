/**
 * The sigma renderer's type for this graph. The canvas itself (programs, reducers, events) is built in
 * views/canvas.ts; the Cypher console imports this type to layer its own highlight over the canvas.
 */
import type Sigma from 'sigma';

import type { NetworkAttributes } from '../../../../contract/graph.js';
import type { NetworkEdgeAttributes, NetworkNodeAttributes } from '../../graph/network.js';

export type CooperationRenderer = Sigma<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>;
