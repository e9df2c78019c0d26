/**
 * The sigma renderer's type for this graph, for everything that draws on the canvas or moves its camera.
 * The canvas itself (programs, reducers, events) is built in canvas.ts.
 */
import type Sigma from 'sigma';

import type { NetworkAttributes } from '../../../../contract/graph.js';
import type { NetworkEdgeAttributes, NetworkNodeAttributes } from '../../graph/network.js';

export type CooperationRenderer = Sigma<NetworkNodeAttributes, NetworkEdgeAttributes, NetworkAttributes>;
