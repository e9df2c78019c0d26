/**
 * POST /api/extract against the real Neo4j, and the round trip it starts: an article unseen by the graph
 * becomes a draft (institutions matched to the seed graph and to the reference gazetteer), the reviewer
 * fills the translation, the import writes it, and a path links the new article's institution to the
 * seed's through the evidence of both.
 */
import path from 'node:path';

import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';

import type { PathsAnswer } from '../contract/explore.js';
import {
  EXTRACT_MAX_CHARACTERS,
  type ExtractResponse,
  type InstitutionProposal,
} from '../contract/extract.js';
import type { ImportReport } from '../contract/import.js';
import { refreshReference } from '../server/import/seed.js';
import { PROJECT_DIR } from '../server/runtime.js';
import { graphChecksum, SEED_FILE } from './support/database.js';
import { SEED_ARTICLE } from './support/import-draft.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();

const MOU =
  '한국표준과학연구원(KRISS)은 일본 산업기술종합연구소(AIST)와 양자 계측 분야 공동연구를 위한 양해각서(MOU)를 체결했다고 12일 밝혔다.';
const ARTICLE = [
  '표준연, 일본 산업기술종합연구소와 양자 계측 협력',
  MOU,
  '두 기관은 내년부터 연구자를 교류하고 양자 표준 공동 실험을 추진하기로 했다.',
].join('\n\n');

async function post(pathname: string, body: unknown): Promise<Response> {
  return fetch(`${seeded.app.url}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function extract(body: unknown): Promise<ExtractResponse> {
  const response = await post('/api/extract', body);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ExtractResponse;
}

beforeAll(async () => {
  await refreshReference(
    seeded.db,
    path.join(PROJECT_DIR, 'seed', 'reference'),
    SEED_FILE,
    pino({ level: 'silent' }),
  );
});

describe('POST /api/extract', () => {
  let answer: ExtractResponse;
  beforeAll(async () => {
    answer = await extract({ text: ARTICLE, published: '2024-06-12' });
  });

  it('detects Korean, and matches KRISS to the graph and AIST to the reference gazetteer', () => {
    expect(answer).toMatchObject({ language: 'ko', languageDetected: true, characters: ARTICLE.length });
    const institutions = answer.review.filter(
      (item): item is InstitutionProposal => item.type === 'institution',
    );
    expect(institutions.find((item) => item.id === 'kr-kriss')).toMatchObject({ match: 'graph' });
    expect(institutions.find((item) => item.id === 'jp-aist')).toMatchObject({ match: 'reference' });
    // The draft carries the gazetteer's record of AIST, with its background source, and not KRISS's.
    expect(answer.draft.institutions.map((institution) => institution.id)).toContain('jp-aist');
    expect(answer.draft.institutions.map((institution) => institution.id)).not.toContain('kr-kriss');
    const aist = answer.draft.institutions.find((institution) => institution.id === 'jp-aist')!;
    expect(answer.draft.sources.map((source) => source.id)).toContain(aist.source);
  });

  it('proposes the signed MOU with both parties and its sentence verbatim, translation left to the reviewer', () => {
    const mou = answer.draft.agreements.find((agreement) => agreement.kind === 'mou');
    expect(mou).toMatchObject({ status: 'signed', date: '2024-06-12' });
    expect(mou!.parties.map((party) => party.institution).sort()).toEqual(['jp-aist', 'kr-kriss']);
    expect(mou!.evidence).toContainEqual({ source: answer.draft.sources[0]!.id, quoteKo: MOU, quoteEn: '' });
    for (const quote of mou!.evidence) expect(ARTICLE).toContain(quote.quoteKo);
    const proposal = answer.review.find((item) => item.type === 'agreement' && item.id === mou!.id)!;
    const sentences = proposal.evidence.map(({ sentence }) => ARTICLE.slice(sentence.start, sentence.end));
    expect(sentences).toContain(MOU);
    expect(proposal.evidence.map(({ sentence }) => sentence.text)).toEqual(sentences);
    expect(answer.draft.sources[0]).toMatchObject({
      kind: 'article',
      published: '2024-06-12',
      text: ARTICLE,
    });
  });

  it('writes nothing', async () => {
    const before = await graphChecksum(seeded.db);
    await extract({ text: ARTICLE });
    expect(await graphChecksum(seeded.db)).toBe(before);
  });

  it('answers 413 for a text over its limit and 400 naming a bad field', async () => {
    const long = await post('/api/extract', { text: 'ㄱ'.repeat(EXTRACT_MAX_CHARACTERS + 1) });
    expect(long.status).toBe(413);
    expect(((await long.json()) as { detail: string }).detail).toMatch(/100,001 characters/);
    for (const [body, parameter] of [
      [{ text: ARTICLE, published: '12 June 2024' }, 'published'],
      [{ text: ARTICLE, language: 'fr' }, 'language'],
      [{ text: '   ' }, 'text'],
      [{ article: ARTICLE }, 'text'],
    ] as const) {
      const response = await post('/api/extract', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = (await response.json()) as { errors: { parameter: string }[] };
      expect(problem.errors.map((error) => error.parameter)).toContain(parameter);
    }
  });
});

describe('the reviewed draft, imported', () => {
  let report: ImportReport;
  beforeAll(async () => {
    const { draft } = await extract({ text: ARTICLE, published: '2024-06-12' });
    // The reviewer's part: an English rendering of each Korean quote.
    for (const agreement of draft.agreements) {
      for (const quote of agreement.evidence) quote.quoteEn = `English of: ${quote.quoteKo.slice(0, 20)}`;
    }
    const refused = await post('/api/import?dryRun=true', {
      dataset: {
        ...draft,
        agreements: draft.agreements.map((a) => ({
          ...a,
          evidence: a.evidence.map((q) => ({ ...q, quoteEn: '' })),
        })),
      },
    });
    expect(refused.status).toBe(400);
    const written = await post('/api/import?dryRun=false', { dataset: draft });
    expect(written.status, await written.clone().text()).toBe(200);
    report = (await written.json()) as ImportReport;
    const again = (await (await post('/api/import?dryRun=false', { dataset: draft })).json()) as ImportReport;
    expect(again.items.every((item) => item.change === 'unchanged')).toBe(true);
  });

  it('links AIST to NIST through KRISS, on the evidence of the new article and of the seed', async () => {
    expect(report.written).toBe(true);
    const answer = (await (await seeded.app.get('/api/paths?from=jp-aist&to=us-nist')).json()) as PathsAnswer;
    const [first] = answer.paths;
    expect(first?.nodes.map((node) => node.id)).toContain('kr-kriss');
    const quotes = first!.hops.flatMap((hop) => (hop.agreement ? [hop.agreement] : []));
    const sources = new Set(
      await Promise.all(
        quotes.map(async (agreement) => {
          const detail = (await (await seeded.app.get(`/api/agreements/${agreement.id}`)).json()) as {
            evidence: { source: { id: string } }[];
          };
          return detail.evidence.map((quote) => quote.source.id).join(',');
        }),
      ),
    );
    expect([...sources].some((source) => source.includes(SEED_ARTICLE))).toBe(true);
    expect([...sources].some((source) => !source.includes(SEED_ARTICLE))).toBe(true);
  });
});
