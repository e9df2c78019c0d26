/**
 * The Cypher console in Chromium against the real API and Neo4j: it opens with its editor and loads the
 * Cypher language support behind it; type a query, run it with Ctrl+Enter,
 * see its rows in the table and its institutions highlighted on the sigma canvas; a refused query shows
 * its reason and is marked in the editor; past queries are in the history; named queries run in a click
 * (or the console says the server has none).
 */
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Database } from '../../server/db/database.js';
import { ARTIFACTS_DIR, launchChromium } from '../support/browser.js';
import { connectTestDatabase, seedDatabase } from '../support/database.js';
import { startApp, type RunningApp } from '../support/http.js';

let db: Database;
let app: RunningApp;
let browser: Browser;
let page: Page;

const QUERY =
  "MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)-[:COVERS]->(:Domain {id:'quantum'}) RETURN i, a";

beforeAll(async () => {
  db = connectTestDatabase();
  await seedDatabase(db);
  vi.stubEnv('CONSOLE_RATE_PER_MINUTE', '100000');
  vi.stubEnv('CONSOLE_RATE_BURST', '100000');
  app = await startApp(db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', undefined, { timeout: 60_000 });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await browser?.close();
  await app?.close();
  await db?.close();
});

/** Replaces the editor's text by typing, as a person would. */
async function typeQuery(query: string): Promise<void> {
  const editor = page.getByTestId('console-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(query);
  await page.keyboard.press('Escape');
}

async function runAndWait(): Promise<void> {
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(
    () => ['rows', 'error'].includes(document.getElementById('console')?.dataset.status ?? ''),
    undefined,
    { timeout: 30_000 },
  );
}

describe('the Cypher console', () => {
  it('opens with its editor, and the Cypher language support joins it behind', async () => {
    await page.getByTestId('console-toggle').click();
    const editor = page.getByTestId('console-editor');
    await editor.waitFor({ state: 'visible', timeout: 30_000 });
    // The editor shell is there with its first query whether or not the language support is in yet.
    expect(await editor.innerText()).toMatch(/^MATCH \(i:Institution\)/);
    expect(await editor.getAttribute('contenteditable')).toBe('true');
    await page.waitForFunction(
      () => document.getElementById('console')?.dataset.language === 'ready',
      undefined,
      {
        timeout: 60_000,
      },
    );
    // Then it colours the query: MATCH is a keyword, Institution a label.
    await expect.poll(() => editor.locator('.cm-cypher-keyword').first().innerText()).toBe('MATCH');
    expect(await editor.locator('.cm-cypher-label').first().innerText()).toBe('Institution');
  });

  it('runs a typed query, shows its rows and highlights its institutions on the canvas', async () => {
    await typeQuery(QUERY);
    expect(await page.getByTestId('console-editor').innerText()).toBe(QUERY);
    await runAndWait();

    const table = page.getByTestId('console-table');
    await table.waitFor({ state: 'visible' });
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['i', 'a']);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await table.innerText()).toMatch(/:Institution NIST/);
    expect(await page.getByTestId('console-status').innerText()).toMatch(
      /rows? · \d+ ms · \d+ institutions? highlighted/,
    );

    // On the canvas: NIST is highlighted, an institution without quantum agreements is dimmed.
    const display = await page.evaluate(() => {
      const { renderer } = window.cooperationGraph!;
      renderer.refresh();
      const nist = renderer.getNodeDisplayData('us-nist');
      const keit = renderer.getNodeDisplayData('kr-keit');
      return { nist: nist?.highlighted, keit: keit?.color };
    });
    expect(display.nist).toBe(true);
    expect(display.keit).toBe('#e3e7ee');
    await page.waitForTimeout(500); // the camera glides to the highlighted institutions
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'console.png') });

    await page.getByTestId('console-clear').click();
    const cleared = await page.evaluate(
      () => window.cooperationGraph!.renderer.getNodeDisplayData('kr-keit')?.color,
    );
    expect(cleared).not.toBe('#e3e7ee');
  });

  it('shows why a query is refused and marks where in the editor', async () => {
    await typeQuery('MATCH (n) DETACH DELETE n');
    await runAndWait();
    const error = page.getByTestId('console-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.innerText()).toMatch(/DETACH writes to the graph; the console only reads/);
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'console-refused.png') });
  });

  it('keeps past queries in the history, ready to run again', async () => {
    const options = await page.getByTestId('console-history').locator('option').allInnerTexts();
    expect(options.some((option) => option.startsWith('MATCH (n) DETACH DELETE n'))).toBe(true);
    expect(options.some((option) => option.startsWith('MATCH (i:Institution)-[:PARTY_TO]'))).toBe(true);
    const index = options.findIndex((option) => option.startsWith('MATCH (i:Institution)-[:PARTY_TO]'));
    await page.getByTestId('console-history').selectOption({ index });
    expect(await page.getByTestId('console-editor').innerText()).toBe(QUERY);
  });

  it('offers the named queries one click away, or says the server has none', async () => {
    const listing = await fetch(`${app.url}/api/queries`);
    await page.locator('.console-named summary').click();
    if (listing.status !== 200) {
      await expect.poll(() => page.locator('.console-named').innerText()).toMatch(/no named queries/);
      return;
    }
    const { queries } = (await listing.json()) as {
      queries: { name: string; parameters: { required: boolean; default?: unknown }[] }[];
    };
    const ready = queries.find((query) =>
      query.parameters.every((p) => !p.required || p.default !== undefined),
    );
    if (ready === undefined) return;
    await page.locator(`[data-named-query="${ready.name}"]`).click();
    if (ready.parameters.length > 0)
      await page.getByTestId('named-query-form').locator('button[type=submit]').click();
    await page.waitForFunction(
      () => document.getElementById('console')?.dataset.status === 'rows',
      undefined,
      {
        timeout: 30_000,
      },
    );
    expect(await page.getByTestId('console-status').innerText()).toMatch(/rows?/);
  });
});
