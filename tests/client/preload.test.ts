/** The first page index.html preloads is the one the explorer asks for first, or the preload is wasted. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { networkPagePath } from '../../client/src/api/network.js';
import { EDGES_PER_NODE, FIRST_PAGE } from '../../client/src/effects/network.js';
import { PROJECT_DIR } from '../../server/runtime.js';

describe('the preloaded first page', () => {
  it.each([
    ['client/index.html', 'the page the build starts from'],
    ['dist/client/index.html', 'the page npm start serves'],
  ])('%s (%s) preloads the request the explorer makes first', (file) => {
    const html = readFileSync(path.join(PROJECT_DIR, file), 'utf8');
    const preload = /<link\s+rel="preload"\s+href="([^"]+)"\s+as="fetch"\s+crossorigin="anonymous"/.exec(
      html,
    );
    expect(preload?.[1]).toBe(networkPagePath({ offset: 0, size: FIRST_PAGE, edgesPerNode: EDGES_PER_NODE }));
  });
});
