/**
 * The API keeps its published contract: Schemathesis (pinned in .ci/run) generates requests from
 * /api/openapi.json — valid ones, invalid ones and undeclared methods — against the real app on loopback
 * with the seed graph, and checks every answer's status, media type, headers and body against the
 * document. Skipped when Schemathesis is not installed (`.ci/run` installs it into .venv-schemathesis/).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_DIR } from '../server/runtime.js';
import { useSeededApp } from './support/seeded-app.js';

const SCHEMATHESIS =
  process.env.SCHEMATHESIS ?? path.join(PROJECT_DIR, '.venv-schemathesis', 'bin', 'schemathesis');

/** Cases per operation: enough to reach every documented status, within about a minute on two cores. */
const MAX_EXAMPLES = Number(process.env.SCHEMATHESIS_MAX_EXAMPLES ?? 30);

describe.skipIf(!existsSync(SCHEMATHESIS))('Schemathesis against /api/openapi.json', () => {
  const context = useSeededApp();

  it('finds no answer that breaks the document', { timeout: 240_000 }, async () => {
    const args = [
      'run',
      `${context.app.url}/api/openapi.json`,
      '--checks',
      'all',
      // No authentication and no resources that requests create or delete.
      '--exclude-checks',
      'ignored_auth,use_after_free,ensure_resource_availability',
      '--phases',
      'examples,coverage,fuzzing',
      '--max-examples',
      String(MAX_EXAMPLES),
      '--seed',
      '1',
      '--workers',
      '2',
      '--request-timeout',
      '20',
      '--suppress-health-check',
      'all',
      '--no-color',
      '--generation-database',
      'none',
    ];
    const { code, output } = await run(SCHEMATHESIS, args);
    expect(code, output.slice(-20_000)).toBe(0);
  });
});

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (process.env.SCHEMATHESIS_OUTPUT) console.log(output);
      resolve({ code, output });
    });
  });
}
