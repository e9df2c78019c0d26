/**
 * Who may import over HTTP, and how much: with IMPORT_TOKEN set every call (dry runs too) needs it as a
 * bearer token (401 without, 403 with another); without a token imports are open on a loopback address
 * only; the route reads bodies up to 2 MB while the rest of the API keeps its 100 kB; and a write that
 * finds the graph being written by other work of the app answers 503 and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Problem } from '../contract/problem.js';
import { ConfigError, loadConfig } from '../server/config.js';
import type { Database } from '../server/db/database.js';
import { withWriteLease } from '../server/db/write-lease.js';
import { describeImportAccess, importAccess } from '../server/services/import/index.js';
import { connectTestDatabase, graphChecksum, seedDatabase } from './support/database.js';
import { startApp, type RunningApp } from './support/http.js';
import { importDraft } from './support/import-draft.js';

const TOKEN = 'a-token-of-at-least-sixteen-characters';

let db: Database;
let guarded: RunningApp;
let exposed: RunningApp;
let open: RunningApp;

beforeAll(async () => {
  db = connectTestDatabase();
  await seedDatabase(db);
  guarded = await startApp(db, { token: TOKEN, listensOnLoopback: false });
  exposed = await startApp(db, { token: undefined, listensOnLoopback: false });
  open = await startApp(db, { token: undefined, listensOnLoopback: true });
});
afterAll(async () => {
  await Promise.all([guarded?.close(), exposed?.close(), open?.close()]);
  await db?.close();
});

/** A dry run of one seed domain as it is: nothing to change, so any refusal is the gate's. */
const unchanged = { dataset: { domains: [importDraft().domains[0]] } };

function post(app: RunningApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(app.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('with IMPORT_TOKEN set', () => {
  it('answers 401 with WWW-Authenticate to a request without the token, dry runs included', async () => {
    for (const dryRun of [true, false]) {
      const response = await post(guarded, `/api/import?dryRun=${dryRun}`, unchanged);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="import"');
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    const basic = await post(guarded, '/api/import?dryRun=true', unchanged, {
      authorization: `Basic ${TOKEN}`,
    });
    expect(basic.status).toBe(401);
  });

  it('answers 403 to another token and writes nothing', async () => {
    const before = await graphChecksum(db);
    const draft = { dataset: importDraft(), acceptConflicts: [] };
    for (const token of [`${TOKEN}x`, TOKEN.slice(0, -1), 'short']) {
      const response = await post(guarded, '/api/import?dryRun=false', draft, {
        authorization: `Bearer ${token}`,
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as Problem).detail).toBe('The bearer token is not the import token.');
    }
    expect(await graphChecksum(db)).toBe(before);
  });

  it('answers the import with the token, on any address', async () => {
    const response = await post(guarded, '/api/import?dryRun=true', unchanged, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ counts: { unchanged: 1 } });
  });

  it('refuses before reading the body: a malformed one still gets 401, not 400', async () => {
    expect((await post(guarded, '/api/import?dryRun=true', '{not json')).status).toBe(401);
  });
});

describe('without IMPORT_TOKEN', () => {
  it('refuses imports with 403 when the app listens beyond loopback', async () => {
    const response = await post(exposed, '/api/import?dryRun=true', unchanged, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as Problem).detail).toMatch(/HOST.*IMPORT_TOKEN/);
  });

  it('answers them on a loopback address', async () => {
    expect((await post(open, '/api/import?dryRun=true', unchanged)).status).toBe(200);
  });
});

describe('the settings', () => {
  it('tell a loopback HOST from one other machines reach', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) {
      expect(importAccess({ HOST: host }).listensOnLoopback, host).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'example.org', '128.0.0.1']) {
      expect(importAccess({ HOST: host }).listensOnLoopback, host).toBe(false);
    }
  });

  it('refuse a short token, and take an empty one as unset', () => {
    expect(() => loadConfig({ IMPORT_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ IMPORT_TOKEN: 'a token with spaces in it' })).toThrow(/IMPORT_TOKEN/);
    expect(loadConfig({ IMPORT_TOKEN: '' }).IMPORT_TOKEN).toBeUndefined();
    expect(loadConfig({ IMPORT_TOKEN: TOKEN }).IMPORT_TOKEN).toBe(TOKEN);
  });

  it('are said at start: open, token required, or refused', () => {
    expect(describeImportAccess(importAccess({ HOST: '127.0.0.1' }), '127.0.0.1')).toMatch(
      /open without a token/,
    );
    expect(describeImportAccess(importAccess({ HOST: '0.0.0.0', IMPORT_TOKEN: TOKEN }), '0.0.0.0')).toMatch(
      /need the IMPORT_TOKEN/,
    );
    expect(describeImportAccess(importAccess({ HOST: '0.0.0.0' }), '0.0.0.0')).toMatch(/refused/);
  });
});

describe('the body', () => {
  /** A draft whose article grows by about `bytes` of UTF-8, every quote still in it. */
  const draftGrownBy = (bytes: number) => {
    const draft = importDraft();
    draft.sources[0]!.text += `\n${'가'.repeat(Math.ceil(bytes / 3))}`;
    return { dataset: draft };
  };

  it('may pass the API’s 100 kB on this route, up to 2 MB', async () => {
    const body = draftGrownBy(300_000);
    expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(300_000);
    const response = await post(open, '/api/import?dryRun=true', body);
    expect(response.status).toBe(200);
    const cypher = await post(open, '/api/cypher', { query: `RETURN '${'x'.repeat(150_000)}' AS x` });
    expect(cypher.status).toBe(413);
  });

  it('answers 413 past 2 MB, naming the limit, and writes nothing', async () => {
    const before = await graphChecksum(db);
    const response = await post(open, '/api/import?dryRun=false', draftGrownBy(2_500_000));
    expect(response.status).toBe(413);
    expect(((await response.json()) as Problem).detail).toBe(
      'The body of POST /api/import may be at most 2 MB.',
    );
    expect(await graphChecksum(db)).toBe(before);
  });
});

describe('while other work of the app writes the graph', () => {
  it('refuses a write with 503 and Retry-After, writes nothing, and still answers dry runs', async () => {
    const before = await graphChecksum(db);
    let finish = (): void => {};
    const holding = withWriteLease(db, 'layout', () => new Promise<void>((resolve) => (finish = resolve)));
    try {
      // The lease is taken once the database has answered.
      for (let tries = 0; tries < 100 && !(await leaseHeld()); tries++) await sleep(50);
      const write = await post(open, '/api/import?dryRun=false', {
        dataset: importDraft(),
        acceptConflicts: [],
      });
      expect(write.status).toBe(503);
      expect(write.headers.get('retry-after')).toBe('5');
      expect(await graphChecksum(db)).toBe(before);
      expect((await post(open, '/api/import?dryRun=true', unchanged)).status).toBe(200);
    } finally {
      finish();
      await holding;
    }
  });
});

async function leaseHeld(): Promise<boolean> {
  const { records } = await db.driver.executeQuery(
    "MATCH (l:WriteLease {id: 'graph'}) RETURN count(l) AS n",
    {},
    { database: db.name },
  );
  return Number(records[0]?.get('n')) === 1;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
