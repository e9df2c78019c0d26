/** GET /api/search on the seed graph: Korean and English, partial words, typos, ranking, bad input. */
import { describe, expect, it } from 'vitest';

import type { SearchAnswer } from '../contract/explore.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();

async function search(query: string): Promise<SearchAnswer> {
  const response = await seeded.app.get(`/api/search?${new URLSearchParams({ q: query }).toString()}`);
  expect(response.status).toBe(200);
  return (await response.json()) as SearchAnswer;
}

const institutions = (answer: SearchAnswer) =>
  answer.results.filter((r) => r.type === 'institution').map((r) => r.id);

describe('GET /api/search', () => {
  it('finds KRISS and NIST from the partial Korean word 표준', async () => {
    const answer = await search('표준');
    expect(institutions(answer).slice(0, 2).sort()).toEqual(['kr-kriss', 'us-nist']);
    const nist = answer.results.find((r) => r.id === 'us-nist')!;
    expect(nist).toMatchObject({ matchedField: 'nameKo', matchedText: '국립표준기술연구소' });
  });

  it('lists the institutions whose names hold 표준 before any agreement with the word in its title', async () => {
    const types = (await search('표준')).results.map((r) => `${r.type} ${r.id}`);
    const firstAgreement = types.findIndex((entry) => entry.startsWith('agreement '));
    expect(firstAgreement).toBeGreaterThan(0);
    expect(types.slice(0, firstAgreement)).toEqual(
      expect.arrayContaining(['institution kr-kriss', 'institution us-nist']),
    );
  });

  it('ranks the institution first for its acronym, in any case', async () => {
    for (const query of ['NIST', 'nist', ' Nist ']) {
      const [first] = (await search(query)).results;
      expect(first).toMatchObject({ type: 'institution', id: 'us-nist', matchedField: 'acronym' });
    }
  });

  it('forgives small typos and words typed together', async () => {
    expect((await search('Natonal Science Foundation')).results[0]).toMatchObject({
      id: 'us-nsf',
      matchedField: 'nameEn',
    });
    expect((await search('arpah')).results[0]).toMatchObject({ id: 'us-arpa-h' });
  });

  it('tolerates spacing in Korean', async () => {
    expect((await search('한국 표준과학')).results[0]?.id).toBe('kr-kriss');
    expect((await search('과기정통부')).results[0]).toMatchObject({ id: 'kr-msit', matchedField: 'aliases' });
  });

  it('finds agreements by their titles, and can be limited to one type', async () => {
    const response = await seeded.app.get('/api/search?q=quantum&type=agreement&limit=2');
    const answer = (await response.json()) as SearchAnswer;
    expect(answer.results).toHaveLength(2);
    expect(answer.truncated).toBe(true);
    expect(answer.results.every((r) => r.type === 'agreement')).toBe(true);
  });

  it('treats Lucene syntax as plain words', async () => {
    const answer = await search('NIST) OR *:* AND title:"x');
    expect(answer.results.map((r) => r.id)).toContain('us-nist');
    // `*:*` would match everything; taken as words it matches nothing more.
    expect(answer.results.length).toBeLessThan(10);
  });

  it('rejects an empty, oversized or out-of-range request with a 400 naming the parameter', async () => {
    for (const [query, parameter] of [
      ['q=', 'q'],
      [`q=${'a'.repeat(101)}`, 'q'],
      ['q=nist&limit=500', 'limit'],
      ['q=nist&type=person', 'type'],
      ['limit=5', 'q'],
    ] as const) {
      const response = await seeded.app.get(`/api/search?${query}`);
      expect(response.status, query).toBe(400);
      const problem = (await response.json()) as { errors: { parameter: string }[] };
      expect(problem.errors[0]?.parameter, query).toBe(parameter);
    }
  });
});
