/**
 * GET /api/sources/:id on the seed: the article's record and its whole stored text (in which every quote
 * citing it occurs), a background source without text, and clear problems for an unknown or a malformed
 * id. The evidence of agreements and of parent links says which sources have a text to read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { AgreementSummary, InstitutionDetail } from '../contract/graph.js';
import type { SourceDocument } from '../contract/source.js';
import { SEED_FILE } from './support/database.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();

const ARTICLE = 'article-2023-12-09-cet-dialogue';
const articleText = readFileSync(
  path.join(path.dirname(SEED_FILE), 'sources', '000_aba27ba06ec56b0b.txt'),
  'utf8',
).trim();

async function json<T>(url: string, status = 200): Promise<T> {
  const response = await seeded.app.get(url);
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as T;
}

describe('GET /api/sources/:id', () => {
  it("answers the seed article's record and its whole text, in which the agreements' quotes occur", async () => {
    const source = await json<SourceDocument>(`/api/sources/${ARTICLE}`);
    expect(source).toEqual({
      id: ARTICLE,
      kind: 'article',
      title: '제1차 한미 차세대 핵심ㆍ신흥기술 대화',
      publisher: null,
      published: '2023-12-09',
      url: null,
      language: 'ko',
      text: articleText,
    });
    const agreement = await json<AgreementSummary>(
      '/api/agreements/kriss-nist-quantum-supercomputing-consultation',
    );
    const quote = agreement.evidence.find((evidence) => evidence.source.id === ARTICLE);
    expect(quote?.source.hasText).toBe(true);
    expect(source.text).toContain(quote?.quoteKo);
  });

  it('answers a background source with its publisher and URL, and no text', async () => {
    const source = await json<SourceDocument>('/api/sources/background-white-house-nsc');
    expect(source).toMatchObject({
      kind: 'background',
      title: 'National Security Council',
      publisher: 'The White House',
      url: 'https://www.whitehouse.gov/nsc/',
      language: 'en',
      text: null,
    });
  });

  it('is a 404 problem for an unknown id and a 400 naming the parameter for a malformed one', async () => {
    const missing = await seeded.app.get('/api/sources/no-such-source');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await missing.json()) as { detail: string }).detail).toMatch(
      /no source with id "no-such-source"/,
    );

    const malformed = await seeded.app.get(`/api/sources/${encodeURIComponent("x' OR 1=1 //")}`);
    expect(malformed.status).toBe(400);
    const problem = (await malformed.json()) as { errors: { parameter: string }[] };
    expect(problem.errors.map((error) => error.parameter)).toEqual(['id']);
  });
});

describe('the parent link of an institution', () => {
  it("names the source that establishes it: the article's own words for NIST under DOC", async () => {
    const nist = await json<InstitutionDetail>('/api/institutions/us-nist');
    expect(nist.parent).toMatchObject({
      id: 'us-doc',
      evidence: {
        source: { id: ARTICLE, hasText: true },
        quoteKo: '미 상무부 산하 국립표준기술연구소',
      },
    });
  });

  it('or the background source, with its note, where the article does not say it', async () => {
    const nsc = await json<InstitutionDetail>('/api/institutions/us-national-security-council');
    expect(nsc.parent?.id).toBe('us-white-house');
    expect(nsc.parent?.evidence.source).toMatchObject({
      id: 'background-white-house-nsc',
      publisher: 'The White House',
      hasText: false,
    });
    expect(nsc.parent?.evidence.quoteKo).toBeNull();
    expect(nsc.parent?.evidence.note).toMatch(/Executive Office of the President/);
  });
});
