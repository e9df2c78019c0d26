/**
 * Serves the bare sigma page on a loopback port: bare.html, bare.ts bundled with esbuild (sigma and
 * graphology, minified as Vite minifies the product), and the graph it draws as graph.json.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { build } from 'esbuild';

export interface BareServer {
  url: string;
  /** The graph the page draws next: graphology's serialized graph, as JSON text. */
  setGraph: (json: string) => void;
  close: () => Promise<void>;
}

export async function startBareServer(): Promise<BareServer> {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'bare.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
  });
  const files = new Map<string, { type: string; body: string | Buffer }>([
    ['/', { type: 'text/html', body: readFileSync(path.join(import.meta.dirname, 'bare.html')) }],
    ['/bare.js', { type: 'text/javascript', body: Buffer.from(bundle.outputFiles[0]!.contents) }],
    ['/graph.json', { type: 'application/json', body: '{"nodes":[],"edges":[]}' }],
  ]);
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    // As the product's API answers: no caching between runs.
    response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    setGraph: (json) => files.set('/graph.json', { type: 'application/json', body: json }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
