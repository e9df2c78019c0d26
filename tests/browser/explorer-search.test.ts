/**
 * The search box as a user reads it: the partial Korean word 표준 lists the two standards institutes,
 * NIST among them, before any agreement with the word in its title.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { artifact, openExplorer, useExplorer } from './explorer-page.js';

const context = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await openExplorer(context);
});
afterAll(async () => {
  await page?.close();
});

describe('the search box', () => {
  it('lists NIST and KRISS for 표준 before the agreements', async () => {
    await page.getByTestId('search-input').fill('표준');
    const options = page.locator('[data-testid="search-options"] [role=option]');
    await page.locator('[data-testid="search-options"] [data-type=agreement]').first().waitFor();
    const listed = await options.evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-type')} ${item.getAttribute('data-id')}`),
    );
    const firstAgreement = listed.findIndex((entry) => entry.startsWith('agreement '));
    expect(listed.slice(0, firstAgreement).sort()).toEqual(['institution kr-kriss', 'institution us-nist']);
    // What the user reads first: the two institutes by name.
    expect(await options.nth(0).innerText()).toMatch(/Standards/);
    await page.screenshot({ path: artifact('explorer-search-standards.png') });
  });
});
