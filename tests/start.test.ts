/**
 * `npm start` (server/main.ts) as a supervisor sees it: when it cannot start it says why, names the fix,
 * and exits non-zero, so `docker compose`, systemd or a shell `&&` know it failed.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { PROJECT_DIR } from '../server/runtime.js';

interface Exit {
  code: number | null;
  output: string;
}

function runMain(environment: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'server/main.ts')], {
      cwd: PROJECT_DIR,
      env: { ...process.env, LOG_LEVEL: 'info', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** A port something else holds (it answers HTTP, which a Bolt driver cannot speak). */
let holder: Server;
let takenPort: number;

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  takenPort = (holder.address() as { port: number }).port;
});
afterAll(async () => {
  // The driver's attempts left sockets open on it; close them with the server.
  holder.closeAllConnections();
  await new Promise<void>((resolve) => holder.close(() => resolve()));
});

describe('npm start when it cannot start', () => {
  it('exits 1 naming the port when the port is taken', async () => {
    const neo4j = inject('neo4j');
    const exit = await runMain({
      PORT: String(takenPort),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
    });
    expect(exit.output).toContain(`Cannot listen on 127.0.0.1:${takenPort}`);
    expect(exit.output).toContain('Set PORT to a free port');
    expect(exit.code).toBe(1);
  });

  it('exits 1 naming NEO4J_URI when that Neo4j does not answer, without a stack trace', async () => {
    const exit = await runMain({
      PORT: '0',
      NEO4J_URI: `bolt://127.0.0.1:${takenPort}`,
      NEO4J_PASSWORD: 'unused',
      NEO4J_CONNECT_TIMEOUT_MS: '0',
    });
    expect(exit.output).toContain(`Neo4j at bolt://127.0.0.1:${takenPort} did not answer`);
    expect(exit.output).toContain('correct NEO4J_URI');
    expect(exit.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(exit.code).toBe(1);
  });
});
