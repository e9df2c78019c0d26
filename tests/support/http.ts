/** Runs the real Express app on a free loopback port for a test file. */
import type { AddressInfo } from 'node:net';

import { pino } from 'pino';

import { createApp } from '../../server/app.js';
import type { Database } from '../../server/db/database.js';
import { applyServerTimeouts } from '../../server/http/server-timeouts.js';
import { CLIENT_DIR } from '../../server/runtime.js';
import type { ImportAccess } from '../../server/services/import/index.js';

export interface RunningApp {
  url: string;
  get(path: string): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Imports follow the app's rules: by default those of an app on loopback without IMPORT_TOKEN (open),
 * as this one listens on 127.0.0.1.
 */
export async function startApp(
  db: Database,
  imports: ImportAccess = { token: undefined, listensOnLoopback: true },
): Promise<RunningApp> {
  const app = createApp({ db, logger: pino({ level: 'silent' }), clientDir: CLIENT_DIR, imports });
  const server = applyServerTimeouts(app.listen(0, '127.0.0.1'));
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    get: (path) => fetch(url + path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
