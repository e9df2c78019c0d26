/**
 * What identifies a network for its layout: the institutions, the cooperation edges with their weights
 * and the parent links. A re-import of the same data leaves it unchanged, and the stored layout then stays
 * exactly as it is.
 */
import { createHash } from 'node:crypto';

import type { LayoutNetwork } from './network-builder.js';

export function networkFingerprint(network: LayoutNetwork): string {
  const hash = createHash('sha256');
  // Ids cannot contain a newline (the dataset format's id pattern), so joining by one is unambiguous.
  hash.update(network.ids.join('\n'));
  for (const array of [network.source, network.target, network.weight, network.child, network.parent]) {
    hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  return hash.digest('hex');
}

/** The version pages carry: changes whenever the order or a position does. */
export function layoutVersion(fingerprint: string, x: Float64Array, y: Float64Array): string {
  const hash = createHash('sha256').update(fingerprint);
  for (const array of [x, y]) hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return hash.digest('hex').slice(0, 16);
}
