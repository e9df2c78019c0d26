/**
 * Slow clients in the slowloris manner: sockets that start a request and send its headers one byte at a
 * time, never finishing them, and connect again as soon as the server drops them, so that as many of the
 * server's connections as possible stay taken. Each socket's fate is kept: how long the server let it
 * hold on (its headersTimeout, checked every connectionsCheckingInterval) and what it answered (408).
 */
import net from 'node:net';

import { latency, type Latency } from './tally.js';

export interface SlowlorisFigures {
  sockets: number;
  byteIntervalMs: number;
  /** Connections made over the run, the first ones and those made again after the server dropped one. */
  connections: number;
  /** Connections the server closed, and how long each had been held. */
  closedByServer: number;
  heldMs: Latency;
  /** What the server wrote before closing, by status line ("408"), or "nothing". */
  answers: Record<string, number>;
  /** Connections refused or reset at once (the server would not take more). */
  errors: Record<string, number>;
  bytesSent: number;
}

const HEADER_LINE = 'X-Slow: a\r\n';

export class Slowloris {
  private running = false;
  private readonly sockets = new Set<net.Socket>();
  private readonly held: number[] = [];
  private readonly answers: Record<string, number> = {};
  private readonly errors: Record<string, number> = {};
  private connections = 0;
  private bytesSent = 0;

  constructor(
    private readonly port: number,
    private readonly count: number,
    private readonly byteIntervalMs = 500,
  ) {}

  start(): void {
    this.running = true;
    for (let i = 0; i < this.count; i += 1) this.open();
  }

  /** Sockets open right now. */
  get connected(): number {
    return this.sockets.size;
  }

  stop(): SlowlorisFigures {
    this.running = false;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    return {
      sockets: this.count,
      byteIntervalMs: this.byteIntervalMs,
      connections: this.connections,
      closedByServer: this.held.length,
      heldMs: latency(this.held),
      answers: { ...this.answers },
      errors: { ...this.errors },
      bytesSent: this.bytesSent,
    };
  }

  private open(): void {
    if (!this.running) return;
    this.connections += 1;
    const socket = net.connect({ host: '127.0.0.1', port: this.port });
    this.sockets.add(socket);
    const text = `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${this.port}\r\n`;
    let sent = 0;
    let connectedAt = 0;
    let reply = '';
    let timer: NodeJS.Timeout | undefined;
    const dribble = (): void => {
      // Past the request line and Host, the same header line again and again: the blank line never comes.
      const byte = sent < text.length ? text[sent]! : HEADER_LINE[(sent - text.length) % HEADER_LINE.length]!;
      socket.write(byte);
      sent += 1;
      this.bytesSent += 1;
      timer = setTimeout(dribble, this.byteIntervalMs);
    };
    socket.once('connect', () => {
      connectedAt = Date.now();
      dribble();
    });
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (connectedAt === 0)
        this.errors[error.code ?? 'error'] = (this.errors[error.code ?? 'error'] ?? 0) + 1;
    });
    socket.once('close', () => {
      clearTimeout(timer);
      if (!this.sockets.delete(socket) || !this.running) return;
      if (connectedAt > 0) {
        this.held.push(Date.now() - connectedAt);
        const status = /^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1] ?? 'nothing';
        this.answers[status] = (this.answers[status] ?? 0) + 1;
      }
      // As a slowloris does: take the connection again at once (after a refusal, a moment later).
      setTimeout(() => this.open(), connectedAt > 0 ? 0 : 200);
    });
  }
}
