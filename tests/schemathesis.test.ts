/**
 * The API keeps its published contract: Schemathesis (pinned in tests/schemathesis/requirements.txt)
 * generates requests from /api/openapi.json — valid ones, invalid ones and undeclared methods — against
 * the real app on loopback with the seed graph, laid out, and checks every answer's status, media type,
 * headers and body against the document. Its settings, and the one operation whose checks differ (the
 * Cypher console), are in tests/schemathesis/schemathesis.toml.
 *
 * `.ci/run` installs it into .venv-schemathesis/, and exports CI: there a missing Schemathesis fails this
 * test, so CI cannot pass without it. Elsewhere the test is skipped, saying how to install it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';

import { refreshLayout } from '../server/layout/index.js';
import { PROJECT_DIR } from '../server/runtime.js';
import { useSeededApp } from './support/seeded-app.js';

const VENV = path.join(PROJECT_DIR, '.venv-schemathesis');
const SCHEMATHESIS = process.env.SCHEMATHESIS ?? path.join(VENV, 'bin', 'schemathesis');
const CONFIG = path.join(PROJECT_DIR, 'tests', 'schemathesis', 'schemathesis.toml');
const INSTALL =
  'python3 -m venv .venv-schemathesis && ' +
  '.venv-schemathesis/bin/pip install -r tests/schemathesis/requirements.txt';

const installed = existsSync(SCHEMATHESIS);
const required = Boolean(process.env.CI);
if (!installed && !required) {
  console.warn(`Schemathesis is not installed at ${SCHEMATHESIS}: skipped. To run it: ${INSTALL}`);
}

describe.skipIf(!installed && !required)('Schemathesis against /api/openapi.json', () => {
  const context = useSeededApp();
  // GET /api/graph/page answers 503 until the network is laid out: lay it out, so its pages are fuzzed.
  beforeAll(async () => {
    await refreshLayout(context.db, { logger: pino({ level: 'silent' }) });
  });

  it('finds no answer that breaks the document', { timeout: 240_000 }, async () => {
    expect(installed, `Schemathesis is not installed at ${SCHEMATHESIS}; install it: ${INSTALL}`).toBe(true);
    const document = (await (await context.app.get('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    const operations = Object.values(document.paths).reduce((sum, item) => sum + Object.keys(item).length, 0);

    const args = ['--config-file', CONFIG, 'run', `${context.app.url}/api/openapi.json`];
    // More cases for a deeper run by hand (the config's 30 per operation keep CI within about a minute).
    if (process.env.SCHEMATHESIS_MAX_EXAMPLES)
      args.push('--max-examples', process.env.SCHEMATHESIS_MAX_EXAMPLES);
    const { code, output } = await run(SCHEMATHESIS, args);

    expect(code, output.slice(-20_000)).toBe(0);
    // Every documented operation was reached, none left out by a filter or a schema it could not read.
    expect(output).toMatch(new RegExp(`Tested: ${operations}\\b`));
  });
});

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
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
