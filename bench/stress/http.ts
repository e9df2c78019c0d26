/**
 * One timed HTTP request to the app, as a browser tab or a monitor makes it: its own connection unless
 * an agent is given, a deadline, and whatever came back — a status, headers and body, or the socket's
 * error code (ECONNREFUSED once the port is closed) with status 0. Never throws.
 */
import http, { type Agent, type IncomingHttpHeaders } from 'node:http';
import net from 'node:net';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** From the request's start to the answer's last byte (or to the error). */
  ms: number;
  /** When the request was sent, in `Date.now()` time. */
  at: number;
  /** The socket's error code, or `timeout`, when no answer came. */
  error?: string;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  agent?: Agent | false;
  timeoutMs?: number;
}

export function request(base: string, path: string, options: RequestOptions = {}): Promise<Answer> {
  const at = Date.now();
  const started = performance.now();
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: Omit<Answer, 'ms' | 'at'>): void => {
      if (settled) return;
      settled = true;
      resolve({ ...answer, ms: performance.now() - started, at });
    };
    const req = http.request(
      `${base}${path}`,
      {
        method: options.method ?? 'GET',
        agent: options.agent ?? false,
        headers: payload === undefined ? {} : { 'Content-Type': 'application/json' },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          finish({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (error: NodeJS.ErrnoException) =>
          finish({ status: 0, headers: {}, body: '', error: error.code ?? error.message }),
        );
      },
    );
    req.on('timeout', () => {
      finish({ status: 0, headers: {}, body: '', error: 'timeout' });
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish({ status: 0, headers: {}, body: '', error: error.code ?? error.message }),
    );
    req.end(payload);
  });
}

/**
 * GETs a JSON answer that must be a 200, for setting up rather than measuring: a 503 or 504 (a cold
 * Neo4j on a busy machine) is asked again a few times; anything else throws, naming the status.
 */
export async function getJson<T>(base: string, path: string): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const answer = await request(base, path, { timeoutMs: 60_000 });
    if (answer.status === 200) return JSON.parse(answer.body) as T;
    if (attempt >= SETUP_ATTEMPTS || ![503, 504].includes(answer.status)) {
      throw new Error(`GET ${path} answered ${answer.error ?? answer.status}: ${answer.body.slice(0, 300)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

const SETUP_ATTEMPTS = 5;

/** Whether something accepts TCP connections on a loopback port (the app's HTTP, Neo4j's Bolt). */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 2_000 });
    const done = (open: boolean): void => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(true));
    socket.once('error', () => done(false));
  });
}
