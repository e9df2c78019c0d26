/**
 * A worker thread running one of the server's TypeScript files: it registers tsx's loader (the one
 * `npm start` runs the server with) before importing the entry, so workers need no build step either.
 */
import { Worker, type Transferable } from 'node:worker_threads';

export function startTsWorker(entry: URL, workerData: unknown, transferList?: Transferable[]): Worker {
  const loader = import.meta.resolve('tsx/esm/api');
  return new Worker(
    `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`,
    { eval: true, workerData, transferList },
  );
}
