/**
 * `npm start` builds the client only when it is missing or older than its sources, so a warm start does
 * not spend half a minute rebuilding an unchanged bundle. `npm run build` always builds.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { build } from 'vite';

import { CLIENT_DIR, PROJECT_DIR } from '../runtime.js';

/** What the bundle is made from: a change to any of these makes it stale. */
const INPUTS = ['client', 'contract', 'vite.config.ts', 'package-lock.json'];

function newestChange(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

const bundle = path.join(CLIENT_DIR, 'index.html');
const sourcesChanged = Math.max(...INPUTS.map((input) => newestChange(path.join(PROJECT_DIR, input))));
if (existsSync(bundle) && statSync(bundle).mtimeMs >= sourcesChanged) {
  console.log('The client is up to date (dist/client); skipping the build.');
} else {
  console.log('Building the client…');
  await build({ configFile: path.join(PROJECT_DIR, 'vite.config.ts'), logLevel: 'warn' });
}
