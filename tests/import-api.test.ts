/**
 * POST /api/import on the seed graph, as an analyst uses it: a dry run of a reviewed draft that lists
 * every change and the conflict, and writes nothing; a write refused for the conflict; the write that
 * accepts it, after which the new institution is on the network page and linked to the seed's; the same
 * import again, which changes nothing; and drafts with errors, each named with its place in the body.
 */
import { describe, expect, it } from 'vitest';

import type { ImportProblemBody, ImportReport } from '../contract/import.js';
import type { PathsAnswer } from '../contract/explore.js';
import type { NetworkPage } from '../contract/network-page.js';
import { graphChecksum } from './support/database.js';
import {
  AGREED_QUOTE,
  CONFLICTING_AGREEMENT,
  DRAFT_ARTICLE,
  DRAFT_TEXT,
  DRAFT_TITLE,
  importDraft,
  NEW_AGREEMENT,
  NEW_ALIAS,
  NEW_INSTITUTION,
  SEED_ARTICLE,
  SEED_ARTICLE_TITLE,
  seedConsultation,
  seedKriss,
} from './support/import-draft.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();

async function postImport(dryRun: boolean, body: unknown): Promise<Response> {
  return fetch(`${seeded.app.url}/api/import?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function answer<T>(response: Response, status: number): Promise<T> {
  const body = (await response.json()) as T;
  expect(response.status, JSON.stringify(body).slice(0, 2_000)).toBe(status);
  return body;
}

const seedQuote = seedConsultation.evidence[0]!;
const evidence = (quotes: { source: string; quoteKo: string; quoteEn: string }[]) =>
  quotes
    .map(({ source, quoteKo, quoteEn }) => ({ source, quoteKo, quoteEn }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** What the draft's dry run must say, conflict ids aside. */
const expectedItems = (conflictId: string) => [
  { collection: 'sources', id: DRAFT_ARTICLE, change: 'created', changes: [], conflicts: [] },
  { collection: 'domains', id: 'quantum', change: 'unchanged', changes: [], conflicts: [] },
  { collection: 'domains', id: 'standards', change: 'unchanged', changes: [], conflicts: [] },
  {
    collection: 'institutions',
    id: 'kr-kriss',
    change: 'updated',
    changes: [{ field: 'aliases', old: seedKriss.aliases, new: [...seedKriss.aliases, NEW_ALIAS] }],
    conflicts: [],
  },
  { collection: 'institutions', id: NEW_INSTITUTION, change: 'created', changes: [], conflicts: [] },
  { collection: 'agreements', id: NEW_AGREEMENT, change: 'created', changes: [], conflicts: [] },
  {
    collection: 'agreements',
    id: CONFLICTING_AGREEMENT,
    change: 'updated',
    changes: [
      { field: 'status', old: 'in-consultation', new: 'agreed' },
      { field: 'date', old: '2023-12-09', new: '2024-03-15' },
      {
        field: 'evidence',
        old: evidence(seedConsultation.evidence),
        new: evidence(importDraft().agreements[1]!.evidence),
      },
    ],
    conflicts: [conflictId],
  },
];

const seedSide = {
  source: SEED_ARTICLE,
  title: SEED_ARTICLE_TITLE,
  kind: 'article',
  published: '2023-12-09',
  quoteKo: seedQuote.quoteKo,
};

let conflictId = '';
let dryRunReport: ImportReport;

describe('a dry run of a reviewed draft', () => {
  it('lists what it would create, update and leave, and the conflict with the sources of each side', async () => {
    const before = await graphChecksum(seeded.db);
    const report = await answer<ImportReport>(await postImport(true, { dataset: importDraft() }), 200);
    expect(await graphChecksum(seeded.db)).toBe(before);

    expect(report.conflicts).toHaveLength(1);
    conflictId = report.conflicts[0]!.id;
    expect(conflictId).toMatch(new RegExp(`^agreements/${CONFLICTING_AGREEMENT}@[0-9a-f]{8}$`));
    expect(report.conflicts[0]).toEqual({
      id: conflictId,
      collection: 'agreements',
      itemId: CONFLICTING_AGREEMENT,
      fields: [
        { field: 'status', graph: 'in-consultation', incoming: 'agreed' },
        { field: 'date', graph: '2023-12-09', incoming: '2024-03-15' },
      ],
      graphEvidence: [seedSide],
      incomingEvidence: [
        seedSide,
        {
          source: DRAFT_ARTICLE,
          title: DRAFT_TITLE,
          kind: 'article',
          published: '2024-03-15',
          quoteKo: AGREED_QUOTE,
        },
      ],
      accepted: false,
    });
    expect(report.items).toEqual(expectedItems(conflictId));
    expect(report).toMatchObject({
      dryRun: true,
      written: false,
      counts: { created: 3, updated: 2, unchanged: 2, conflicts: 1, accepted: 0 },
      unmatchedAcceptances: [],
    });
    dryRunReport = report;
  });

  it('shows an accepted conflict as accepted, and names an acceptance that matches nothing', async () => {
    const report = await answer<ImportReport>(
      await postImport(true, {
        dataset: importDraft(),
        acceptConflicts: [conflictId, 'agreements/other@00000000'],
      }),
      200,
    );
    expect(report.conflicts.map((conflict) => conflict.accepted)).toEqual([true]);
    expect(report.counts.accepted).toBe(1);
    expect(report.unmatchedAcceptances).toEqual(['agreements/other@00000000']);
  });

  it('gives an edited draft another conflict id, which the earlier acceptance does not cover', async () => {
    const edited = importDraft();
    edited.agreements[1]!.status = 'signed';
    const report = await answer<ImportReport>(
      await postImport(true, { dataset: edited, acceptConflicts: [conflictId] }),
      200,
    );
    expect(report.conflicts.map((conflict) => [conflict.id === conflictId, conflict.accepted])).toEqual([
      [false, false],
    ]);
  });

  it('reports names that differ from the graph as a conflict of the institution', async () => {
    const renamed = {
      ...seedKriss,
      nameEn: 'Korea Research Institute of Standards & Science',
      acronym: undefined,
    };
    const report = await answer<ImportReport>(
      await postImport(true, { dataset: { institutions: [renamed] } }),
      200,
    );
    expect(report.conflicts).toEqual([
      {
        id: expect.stringMatching(/^institutions\/kr-kriss@[0-9a-f]{8}$/) as string,
        collection: 'institutions',
        itemId: 'kr-kriss',
        fields: [
          {
            field: 'nameEn',
            graph: seedKriss.nameEn,
            incoming: 'Korea Research Institute of Standards & Science',
          },
          { field: 'acronym', graph: 'KRISS', incoming: null },
        ],
        accepted: false,
      },
    ]);
    expect(report.items[0]).toMatchObject({
      id: 'kr-kriss',
      change: 'updated',
      conflicts: [report.conflicts[0]!.id],
    });
  });
});

describe('writing the draft', () => {
  it('is refused with 409 and the same report while the conflict is not accepted, and writes nothing', async () => {
    const before = await graphChecksum(seeded.db);
    const problem = await answer<ImportProblemBody>(await postImport(false, { dataset: importDraft() }), 409);
    expect(problem.detail).toContain(conflictId);
    expect(problem.report).toEqual({ ...dryRunReport, dryRun: false });
    expect(await graphChecksum(seeded.db)).toBe(before);
  });

  it('writes it once the conflict is accepted, and answers what it wrote', async () => {
    const report = await answer<ImportReport>(
      await postImport(false, { dataset: importDraft(), acceptConflicts: [conflictId] }),
      200,
    );
    expect(report).toMatchObject({
      dryRun: false,
      written: true,
      counts: { created: 3, updated: 2, unchanged: 2, conflicts: 1, accepted: 1 },
    });
    expect(report.items).toEqual(expectedItems(conflictId));

    const agreement = (await (await seeded.app.get(`/api/agreements/${CONFLICTING_AGREEMENT}`)).json()) as {
      status: string;
      date: string;
    };
    expect(agreement).toMatchObject({ status: 'agreed', date: '2024-03-15' });
    const stored = await fetch(`${seeded.app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'MATCH (s:Source {id: $id}) RETURN s.text AS text',
        params: { id: DRAFT_ARTICLE },
      }),
    });
    expect(((await stored.json()) as { rows: unknown[][] }).rows).toEqual([[DRAFT_TEXT]]);
  });

  it('links the new institution to the seed institutions through the new agreement', async () => {
    const answer = (await (
      await seeded.app.get(`/api/paths?from=${NEW_INSTITUTION}&to=us-nist`)
    ).json()) as PathsAnswer;
    expect(answer.paths.length).toBeGreaterThan(0);
    const path = answer.paths[0]!;
    expect(path.nodes[0]?.id).toBe(NEW_INSTITUTION);
    expect(path.nodes.at(-1)?.id).toBe('us-nist');
    expect(path.hops.map((hop) => hop.agreement?.id)).toContain(NEW_AGREEMENT);
  });

  it('leaves the network page answering, with the new institution laid out', async () => {
    const response = await seeded.app.get('/api/graph/page?size=1000');
    expect(response.status).toBe(200);
    const page = (await response.json()) as NetworkPage;
    const at = page.institutions.id.indexOf(NEW_INSTITUTION);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(page.institutions.partners[at]).toBe(1);
    expect(Number.isFinite(page.institutions.x[at])).toBe(true);
  });

  it('changes nothing when sent again, and reports every item unchanged', async () => {
    const before = await graphChecksum(seeded.db);
    const report = await answer<ImportReport>(await postImport(false, { dataset: importDraft() }), 200);
    expect(await graphChecksum(seeded.db)).toBe(before);
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 7, conflicts: 0, accepted: 0 });
    expect(report.items.every((item) => item.change === 'unchanged' && item.changes.length === 0)).toBe(true);
    expect((await seeded.app.get('/api/graph/page?size=10')).status).toBe(200);
  });
});

describe('a draft with errors', () => {
  const errorsOf = async (dryRun: boolean, dataset: unknown) => {
    const before = await graphChecksum(seeded.db);
    const problem = await answer<ImportProblemBody>(await postImport(dryRun, { dataset }), 400);
    expect(await graphChecksum(seeded.db)).toBe(before);
    return problem.errors;
  };

  it('names each error of its shape with its place in the body', async () => {
    const draft = importDraft();
    (draft.agreements[0] as { status: string }).status = 'maybe';
    delete (draft.institutions[1] as { nameEn?: string }).nameEn;
    draft.agreements[1]!.evidence = [];
    expect(await errorsOf(false, draft)).toEqual([
      { parameter: 'dataset.institutions[1].nameEn', message: expect.any(String) as string },
      { parameter: 'dataset.agreements[0].status', message: expect.stringContaining('signed') as string },
      {
        parameter: 'dataset.agreements[1].evidence',
        message: 'every agreement needs at least one quote from a source',
      },
    ]);
  });

  it('names references the graph lacks, misquotes and copies it cannot read, even in a dry run', async () => {
    const draft = importDraft();
    draft.agreements[0]!.parties[1] = { institution: 'eu-no-such-body', role: 'party' };
    draft.agreements[0]!.evidence[0]!.quoteKo = '두 기관은 양해각서를 파기했다.';
    draft.agreements[1]!.evidence[0]!.quoteKo = '표준연과 NIST는 협의를 끝냈다.';
    const copied = {
      id: 'article-copied',
      kind: 'article' as const,
      title: '사본',
      language: 'ko',
      localCopy: 'a.txt',
    };
    expect(await errorsOf(true, { ...draft, sources: [...draft.sources, copied] })).toEqual([
      {
        parameter: 'dataset.agreements[0].evidence[0].quoteKo',
        message: `does not occur verbatim in the text of source "${DRAFT_ARTICLE}"`,
      },
      {
        parameter: 'dataset.sources[1].localCopy',
        message:
          "names a file beside a data set file, which a request has not: send the source's text as `text`",
      },
    ]);
    // The checks against the graph come once the draft itself is sound.
    delete (copied as { localCopy?: string }).localCopy;
    draft.agreements[0]!.evidence[0]!.quoteKo = importDraft().agreements[0]!.evidence[0]!.quoteKo;
    expect(await errorsOf(true, { ...draft, sources: [...draft.sources, copied] })).toEqual([
      {
        parameter: 'dataset.agreements[0].parties[1].institution',
        message: 'refers to institutions "eu-no-such-body", which neither this file nor the database defines',
      },
      {
        parameter: 'dataset.agreements[1].evidence[0].quoteKo',
        message: `does not occur verbatim in the text of source "${SEED_ARTICLE}"`,
      },
    ]);
  });
});
