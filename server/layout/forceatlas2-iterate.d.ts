/**
 * One iteration of graphology's ForceAtlas2 over its flat matrices (the package ships it as a file of its
 * own, without types): nodes as 10 floats each (x, y, dx, dy, old dx, old dy, mass, convergence, size,
 * fixed), edges as 3 (source offset, target offset, weight), offsets being index × 10.
 */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
