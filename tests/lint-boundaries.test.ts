/**
 * The architecture's boundaries are lint rules, so a change that crosses one fails `npm run lint`: each
 * case below is a deliberate violation written into a real file's text, which ESLint must refuse with the
 * rule that guards that boundary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { PROJECT_DIR } from '../server/runtime.js';

const eslint = new ESLint({ cwd: PROJECT_DIR });

/** The rules ESLint reports for `file` once `addition` is appended to its text. */
async function rulesBrokenBy(file: string, addition: string): Promise<string[]> {
  const filePath = path.join(PROJECT_DIR, file);
  const [result] = await eslint.lintText(`${readFileSync(filePath, 'utf8')}\n${addition}\n`, { filePath });
  return [...new Set(result!.messages.map((message) => message.ruleId ?? message.message))];
}

describe('lint boundaries', () => {
  it('leaves the files as they are clean', async () => {
    expect(await rulesBrokenBy('server/services/stats.ts', '')).toEqual([]);
  });

  it('refuses an import cycle, and a service that reaches into a route', async () => {
    const broken = await rulesBrokenBy(
      'server/services/stats.ts',
      "import { statsRoutes } from '../routes/stats.js';\nexport const routes = statsRoutes;",
    );
    expect(broken).toEqual(expect.arrayContaining(['import-x/no-cycle', 'no-restricted-imports']));
  });

  it('refuses a client import of the server, even of a type', async () => {
    const broken = await rulesBrokenBy(
      'client/src/main.ts',
      "import type { Database } from '../../server/db/database.js';\nexport type Leak = Database;",
    );
    expect(broken).toContain('no-restricted-imports');
  });

  it('refuses a contract that depends on the server or on Node', async () => {
    expect(
      await rulesBrokenBy(
        'contract/graph.ts',
        "import { HttpProblem } from '../server/http/problem.js';\nexport const leak = HttpProblem;",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBrokenBy(
        'contract/graph.ts',
        "import { readFileSync } from 'node:fs';\nexport const leak = readFileSync;",
      ),
    ).toContain('no-restricted-imports');
  });
});
