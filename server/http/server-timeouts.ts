/**
 * Explicit timeouts of the HTTP server, rather than Node's defaults (a request may take 5 minutes, an
 * idle keep-alive socket is dropped after 5 s, headers get 60 s): a slow or stalled client cannot hold a
 * socket for long, and keep-alive outlives no proxy's idle timeout. `npm start` and the tests both apply
 * them to the server they listen with.
 */
import type { Server } from 'node:http';

export const SERVER_TIMEOUTS = {
  /** Whole request (headers and body) received within this, or 408. The longest read is far shorter. */
  requestTimeout: 30_000,
  /** Headers received within this, or 408 (slowloris). */
  headersTimeout: 10_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeout: 5_000,
} as const;

export function applyServerTimeouts(server: Server): Server {
  server.requestTimeout = SERVER_TIMEOUTS.requestTimeout;
  server.headersTimeout = SERVER_TIMEOUTS.headersTimeout;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeout;
  return server;
}
