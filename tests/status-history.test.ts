/**
 * An agreement's status over time: each source's statement of it kept with its date and quote, a later
 * source adding to the history instead of overwriting it, and the network, the agreement lists, the
 * statistics and the paths read as of a day.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import type { Dataset } from '../contract/dataset.js';
import type { AgreementList, PathsAnswer } from '../contract/explore.js';
import type { AgreementSummary, NetworkGraph } from '../contract/graph.js';
import type { ImportReport } from '../contract/import.js';
import { importDataset } from '../server/import/importer.js';
import { readDatasetFile } from '../server/import/validate-dataset.js';
import { SEED_FILE } from './support/database.js';
import { SEED_ARTICLE } from './support/import-draft.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();
const seed = readDatasetFile(SEED_FILE).dataset;
const CONSULTATION = 'kriss-nist-quantum-supercomputing-consultation';
const DIALOGUE = 'cet-dialogue-2023-12-09';
const LATER_ARTICLE = 'article-2024-05-20-kriss-nist-quantum';
const SIGNED_QUOTE = '표준연과 NIST는 20일 차세대 양자 슈퍼컴퓨팅 공동연구 협약을 체결했다.';
const LATER_TEXT = `표준연-NIST, 양자 슈퍼컴퓨팅 공동연구 협약\n\n${SIGNED_QUOTE}\n\n두 기관은 내년부터 연구자를 교류한다.`;

const dialogueAgreements = seed.agreements
  .filter((agreement) => agreement.agreedAt === DIALOGUE)
  .map((a) => a.id);

async function json<T>(path: string, status = 200): Promise<T> {
  const response = await seeded.app.get(path);
  expect(response.status, path).toBe(status);
  return (await response.json()) as T;
}

async function postImport(dryRun: boolean, body: unknown): Promise<Response> {
  return fetch(`${seeded.app.url}/api/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** The seed's consultation restated by a later article that says it was signed. */
function laterArticle(): Partial<Dataset> {
  const consultation = seed.agreements.find((agreement) => agreement.id === CONSULTATION)!;
  return {
    sources: [
      {
        id: LATER_ARTICLE,
        kind: 'article',
        title: '표준연-NIST 협약',
        published: '2024-05-20',
        language: 'ko',
        text: LATER_TEXT,
      },
    ],
    agreements: [
      {
        ...consultation,
        status: 'signed',
        evidence: [
          ...consultation.evidence,
          {
            source: LATER_ARTICLE,
            quoteKo: SIGNED_QUOTE,
            quoteEn: 'KRISS and NIST signed the agreement on the 20th.',
          },
        ],
        statusHistory: [
          {
            status: 'signed',
            date: '2024-05-20',
            source: LATER_ARTICLE,
            quoteKo: SIGNED_QUOTE,
            quoteEn: 'KRISS and NIST signed the agreement on the 20th.',
          },
        ],
      },
    ],
  };
}

const agreementIdsOf = (graph: NetworkGraph): Set<string> =>
  new Set(
    graph.edges.flatMap((edge) => ('agreementIds' in edge.attributes ? edge.attributes.agreementIds : [])),
  );

describe('the seed', () => {
  it('gives each agreement one status entry, dated by its event and quoted from the article', async () => {
    const consultation = await json<AgreementSummary>(`/api/agreements/${CONSULTATION}`);
    expect(consultation.status).toBe('in-consultation');
    expect(consultation.statusHistory).toEqual([
      {
        status: 'in-consultation',
        date: '2023-12-09',
        sourceId: SEED_ARTICLE,
        quoteKo: consultation.evidence[0]!.quoteKo,
        quoteEn: consultation.evidence[0]!.quoteEn,
      },
    ]);
    // A planned item holds its status from the day it was announced, not from the year it is due.
    const planned = seed.agreements.find(
      (agreement) => agreement.status === 'planned' && agreement.date === '2024',
    )!;
    const answer = await json<AgreementSummary>(`/api/agreements/${planned.id}`);
    expect(answer.statusHistory.map((entry) => [entry.status, entry.date])).toEqual([
      ['planned', '2023-12-09'],
    ]);
  });

  it('has none of the dialogue’s agreements in the network as of the day before it', async () => {
    const before = agreementIdsOf(await json<NetworkGraph>('/api/graph?asOf=2023-12-08'));
    const on = agreementIdsOf(await json<NetworkGraph>('/api/graph?asOf=2023-12-09'));
    expect(dialogueAgreements.length).toBeGreaterThan(10);
    for (const id of dialogueAgreements) expect(before.has(id), id).toBe(false);
    expect(dialogueAgreements.filter((id) => on.has(id)).length).toBeGreaterThan(10);
    // The summit's agreement of April 2023 was known before the dialogue.
    expect(before.has('cet-dialogue-launch-2023')).toBe(true);
  });

  it('finds no path through the dialogue as of the day before it', async () => {
    const answer = await json<PathsAnswer>('/api/paths?from=kr-kriss&to=us-nist&asOf=2023-12-08');
    const agreementsOnTheWay = answer.paths.flatMap((path) => path.hops.map((hop) => hop.agreement?.id));
    for (const id of dialogueAgreements) expect(agreementsOnTheWay).not.toContain(id);
    const now = await json<PathsAnswer>('/api/paths?from=kr-kriss&to=us-nist');
    expect(now.paths.length).toBeGreaterThan(0);
  });

  it('answers a day that is not a date with a 400 naming asOf', async () => {
    for (const path of [
      '/api/graph?asOf=2024-02-30',
      '/api/agreements?asOf=2024-13',
      '/api/stats?asOf=soon',
    ]) {
      const problem = await json<{ errors: { parameter: string }[] }>(path, 400);
      expect(problem.errors[0]?.parameter).toBe('asOf');
    }
  });
});

describe('a later source that says the consultation was signed', () => {
  beforeAll(async () => {
    const dryRun = (await (await postImport(true, { dataset: laterArticle() })).json()) as ImportReport;
    const response = await postImport(false, {
      dataset: laterArticle(),
      acceptConflicts: dryRun.conflicts.map((conflict) => conflict.id),
    });
    expect(response.status).toBe(200);
  });

  it('adds an entry to the history, and the current status is the latest', async () => {
    const consultation = await json<AgreementSummary>(`/api/agreements/${CONSULTATION}`);
    expect(consultation.status).toBe('signed');
    expect(consultation.statusHistory.map((entry) => [entry.status, entry.date, entry.sourceId])).toEqual([
      ['in-consultation', '2023-12-09', SEED_ARTICLE],
      ['signed', '2024-05-20', LATER_ARTICLE],
    ]);
  });

  it('keeps the history when the seed is imported again', async () => {
    await importDataset(seeded.db, readDatasetFile(SEED_FILE));
    const consultation = await json<AgreementSummary>(`/api/agreements/${CONSULTATION}`);
    expect(consultation.statusHistory).toHaveLength(2);
    expect(consultation.status).toBe('signed');
  });

  it('reads each day with the status of that day', async () => {
    const signedBy = async (day: string) =>
      (await json<AgreementList>(`/api/agreements?status=signed&asOf=${day}`)).agreements.map((a) => a.id);
    expect(await signedBy('2024-05-19')).not.toContain(CONSULTATION);
    expect(await signedBy('2024-05-20')).toContain(CONSULTATION);

    const listed = await json<AgreementList>(`/api/agreements?party=kr-kriss&asOf=2024-01-31`);
    const asOfJanuary = listed.agreements.find((agreement) => agreement.id === CONSULTATION)!;
    expect(asOfJanuary.status).toBe('in-consultation');
    expect(asOfJanuary.statusHistory).toHaveLength(1);

    const stats = async (day: string) =>
      await json<{ agreementsPerStatus?: { status: string; count: number }[] }>(`/api/stats?asOf=${day}`);
    expect(JSON.stringify(await stats('2024-01-31'))).not.toEqual(JSON.stringify(await stats('2024-06-30')));
  });
});
