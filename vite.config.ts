// The browser client: Vite serves and builds `client/`; the Express app serves `dist/client` in production.
import type { ServerResponse } from 'node:http';

import { defineConfig, type ProxyOptions } from 'vite';

/** Where the API listens in development (`npm run dev`); Vite forwards `/api` there. */
const API_TARGET = 'http://127.0.0.1:8080';

/**
 * When the API is not running, Vite's proxy answers a bare 500. Answer a problem+json 502 instead,
 * like the API's own errors, so the page can say what is wrong rather than "HTTP 500".
 */
const apiProxy: ProxyOptions = {
  target: API_TARGET,
  configure(proxy) {
    proxy.on('error', (error, _request, response) => {
      if (!('writeHead' in response)) return;
      const res: ServerResponse = response;
      if (res.headersSent || res.writableEnded) return;
      const code = (error as NodeJS.ErrnoException).code ?? error.message;
      res.writeHead(502, { 'Content-Type': 'application/problem+json' }).end(
        JSON.stringify({
          type: 'about:blank',
          title: 'API unreachable',
          status: 502,
          detail: `The development server could not reach the API at ${API_TARGET} (${code}). Is it running?`,
        }),
      );
    });
  },
};

export default defineConfig({
  root: 'client',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The console's chunk carries Neo4j's Cypher language support (about 6.5 MB); it loads only when the
    // console is first opened, so its size does not slow the first drawing of the network.
    chunkSizeWarningLimit: 7_000,
  },
  server: {
    proxy: { '/api': apiProxy },
  },
  preview: {
    proxy: { '/api': apiProxy },
  },
});
