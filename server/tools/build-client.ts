/**
 * `npm start` builds the client only when it is missing or older than its sources, so a warm start does
 * not spend half a minute rebuilding an unchanged bundle. `npm run build` always builds.
 *
 * The bundle is built into a folder beside `dist/client` and moved into place when it is complete, so a
 * server answering meanwhile serves the old bundle or none, never half of one.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

import { CLIENT_DIR, PROJECT_DIR } from '../runtime.js';

/** What the bundle is made from: a change to any of these makes it stale. */
const INPUTS = ['client', 'contract', 'vite.config.ts', 'package-lock.json'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

export function clientIsStale(): boolean {
  const bundle = path.join(CLIENT_DIR, 'index.html');
  const sourcesChanged = Math.max(...INPUTS.map((input) => newestChange(path.join(PROJECT_DIR, input))));
  return !existsSync(bundle) || statSync(bundle).mtimeMs < sourcesChanged;
}

/** Builds `dist/client` when it is stale; says which it did through `log`. */
export async function buildClientIfStale(log: (message: string) => void = console.log): Promise<void> {
  if (!clientIsStale()) {
    log('The client is up to date (dist/client); skipping the build.');
    return;
  }
  log('Building the client…');
  const started = Date.now();
  const building = `${CLIENT_DIR}.building`;
  rmSync(building, { recursive: true, force: true });
  // Loaded only when needed: Vite takes a second or two to import, and `npm start` listens first.
  const { build } = await import('vite');
  await build({
    configFile: path.join(PROJECT_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: building, emptyOutDir: true },
  });
  rmSync(CLIENT_DIR, { recursive: true, force: true });
  renameSync(building, CLIENT_DIR);
  log(`Built the client in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
