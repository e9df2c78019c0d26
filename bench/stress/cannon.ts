/**
 * The request mix fired by autocannon (programmatic API): each connection gets its own shuffled order
 * of kinds and its own seeded random for the parameters (setupClient), so connections do not march in
 * step. autocannon tells which connection answered but not which request, so each connection remembers
 * the request it has in flight (one at a time: no pipelining) and its answer's `Retry-After`, and every
 * answer — and every request left without one past the timeout — is handed to the caller with its kind,
 * path and latency.
 */
import autocannon from 'autocannon';

import { Random } from '../generator/random.js';
import { buildRequest, kindSequence, type MixRequest, type RequestKind } from './mix.js';
import type { Answered } from './tally.js';
import type { Targets } from './targets.js';

export interface FireOptions {
  url: string;
  connections: number;
  /** Seconds; the run may also be stopped early with `stop()`. */
  durationSeconds: number;
  targets: Targets;
  seed: string;
  /** Requests per second over all connections (default: as fast as answers come). */
  overallRate?: number;
  /** Kinds to send (default every kind of the mix). */
  kinds?: readonly RequestKind[];
  onAnswer: (answer: Answered & { at: number }) => void;
}

export interface Firing {
  result: Promise<autocannon.Result>;
  stop(): void;
}

/** A browser's request headers that change the server's work: compressed answers. */
const HEADERS = { 'accept-encoding': 'gzip, deflate' };
/** Seconds autocannon waits for an answer before it counts a timeout and reconnects. */
const TIMEOUT_S = 10;

export function fireMix(options: FireOptions): Firing {
  const inFlight = new WeakMap<object, { request: MixRequest; retryAfter?: string; body: string }>();
  let clients = 0;
  let instance: autocannon.Instance | undefined;
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: TIMEOUT_S,
        headers: HEADERS,
        ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
        setupClient(client) {
          const random = new Random(`${options.seed}-connection-${(clients += 1)}`);
          const requests = kindSequence(random, options.kinds).map((kind): autocannon.Request => ({
            setupRequest(request) {
              const next = buildRequest(kind, options.targets, random);
              inFlight.set(client, { request: next, body: '' });
              return {
                ...request,
                method: next.method,
                path: next.path,
                headers:
                  next.body === undefined ? HEADERS : { ...HEADERS, 'content-type': 'application/json' },
                ...(next.body === undefined ? {} : { body: JSON.stringify(next.body) }),
              };
            },
            onResponse(_status, body, _context, headers) {
              const current = inFlight.get(client);
              if (current) {
                current.retryAfter = header(headers, 'retry-after');
                current.body = body;
              }
            },
          }));
          client.setRequests(requests);
          // No answer within the timeout: autocannon drops the connection and counts it, nameless. (Its
          // types leave this event of the client out; it is a plain EventEmitter's.)
          const events: NodeJS.EventEmitter = client;
          events.on('timeout', () => {
            const current = inFlight.get(client);
            if (!current) return;
            options.onAnswer({
              kind: current.request.kind,
              path: current.request.path,
              status: 0,
              error: `timeout (${TIMEOUT_S} s)`,
              ms: TIMEOUT_S * 1000,
              retryAfter: undefined,
              body: '',
              at: Date.now(),
            });
          });
        },
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(toError(error)) : resolve(done)),
    );
    instance.on('response', (client, status: number, _bytes: number, responseTime: number) => {
      const current = inFlight.get(client);
      if (!current) return;
      // autocannon reports no status for an answer it could not parse.
      const known = typeof status === 'number' && status > 0;
      options.onAnswer({
        kind: current.request.kind,
        path: current.request.path,
        status: known ? status : 0,
        ...(known ? {} : { error: 'unparsed answer' }),
        ms: responseTime,
        retryAfter: current.retryAfter,
        body: current.body,
        at: Date.now(),
      });
    });
  });
  return { result, stop: () => instance?.stop() };
}

function header(headers: autocannon.Request['headers'], name: string): string | undefined {
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(', ') : value;
  }
  return undefined;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
