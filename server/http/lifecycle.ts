/**
 * The HTTP server of `npm start` across its life: it listens at once with one handler (the starting
 * app), switches to the real app when the database is ready, and on shutdown drains — no new
 * connections, new requests on open ones answered 503 with `Connection: close`, requests in flight
 * given a grace period to finish before their connections are cut.
 */
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';

const STOPPING_PROBLEM = JSON.stringify({
  type: 'about:blank',
  title: 'Shutting down',
  status: 503,
  detail: 'The server is shutting down; try again shortly.',
});

export class HttpLifecycle {
  readonly server: Server;
  private handler: RequestListener;
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();

  constructor(initial: RequestListener) {
    this.handler = initial;
    this.server = createServer((req, res) => {
      if (this.draining) {
        res
          .writeHead(503, {
            'Content-Type': 'application/problem+json',
            'Retry-After': '5',
            Connection: 'close',
          })
          .end(STOPPING_PROBLEM);
        return;
      }
      this.inFlight.add(res);
      res.once('close', () => this.inFlight.delete(res));
      this.handler(req, res);
    });
  }

  /** Requests from now on go to `handler`. */
  use(handler: RequestListener): void {
    this.handler = handler;
  }

  /**
   * Stops accepting connections and waits until the requests in flight are answered, at most `graceMs`;
   * then cuts what is left. Resolves with how many requests were cut off.
   */
  async drain(graceMs: number): Promise<number> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Keep-alive connections go as soon as they are idle, i.e. when their request has been answered.
    this.server.closeIdleConnections();
    const idle = setInterval(() => this.server.closeIdleConnections(), 50);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), graceMs);
    });
    const timedOut = await Promise.race([closed.then(() => false), expired]);
    clearInterval(idle);
    clearTimeout(timer);
    const cut = timedOut ? this.inFlight.size : 0;
    if (timedOut) {
      this.server.closeAllConnections();
      await closed;
    }
    return cut;
  }
}
