/**
 * The review of an article's draft: decisions become the data set POST /api/import takes (only what is
 * accepted, parties rewritten to the institution the analyst says it is), and what stands in the way is
 * named (a missing translation, a rejected institution an accepted agreement still needs).
 */
import { describe, expect, it } from 'vitest';

import {
  emptySession,
  reduceReview,
  type ReviewChange,
  type ReviewSession,
} from '../../client/src/state/review.js';
import {
  agreementsNeeding,
  buildDataset,
  pendingCount,
  reviewIssues,
} from '../../client/src/views/review/draft-state.js';
import { extractResponse, MOU_SENTENCE, SOURCE } from './review-fixtures.js';

const MOU = 'kriss-ptb-quantum-metrology-mou';
const GROUP = 'kriss-ptb-nist-working-group';

const run = (changes: ReviewChange[], from: ReviewSession = emptySession()): ReviewSession =>
  changes.reduce(reduceReview, from);

const extracted = (): ReviewSession => run([{ type: 'extractSucceeded', response: extractResponse() }]);

const translate = (session: ReviewSession, id: string): ReviewSession => {
  const agreement = session.decisions.agreements[id]!.agreement;
  return reduceReview(session, {
    type: 'editAgreement',
    id,
    patch: { evidence: agreement.evidence.map((quote) => ({ ...quote, quoteEn: `In English: ${id}` })) },
  });
};

const dataset = (session: ReviewSession) => buildDataset(session.extract!, session.decisions);
const issues = (session: ReviewSession) => reviewIssues(session.extract!, session.decisions);

describe('the review session', () => {
  it('starts every proposal undecided, institutions as matched, and moves on to the proposals', () => {
    const session = extracted();
    expect(session.step).toBe('proposals');
    expect(pendingCount(session.decisions)).toBe(5);
    expect(session.decisions.institutions['kr-kriss']!.target).toBe('kr-kriss');
    expect(session.decisions.institutions['de-ptb']!.target).toBe('de-ptb');
    expect(session.decisions.institutions['us-standards-institute']!.target).toBeNull();
    expect(session.decisions.institutions['de-ptb']!.fields).toMatchObject({ acronym: 'PTB', country: 'DE' });
  });

  it('drops the dry run, and the conflicts it accepted, when a decision changes', () => {
    const report = { dryRun: true, conflicts: [{ id: 'c1' }] } as never;
    const checked = run(
      [
        { type: 'dryRunSucceeded', report },
        { type: 'acceptConflict', id: 'c1', accepted: true },
      ],
      extracted(),
    );
    expect(checked.acceptConflicts).toEqual(['c1']);
    const edited = reduceReview(checked, {
      type: 'setVerdict',
      item: { type: 'agreement', id: MOU },
      verdict: 'rejected',
    });
    expect(edited.dryRun).toBeNull();
    expect(edited.acceptConflicts).toEqual([]);
  });

  it('discarding forgets the text, the answer and the decisions', () => {
    const session = run([{ type: 'setInput', input: { text: 'x' } }, { type: 'discard' }], extracted());
    expect(session).toEqual(emptySession());
  });
});

describe('decisions → data set', () => {
  it('holds only what is accepted, with the article as its source', () => {
    const session = translate(
      run(
        [
          { type: 'acceptPending' },
          { type: 'setVerdict', item: { type: 'agreement', id: GROUP }, verdict: 'rejected' },
          {
            type: 'setVerdict',
            item: { type: 'institution', id: 'us-standards-institute' },
            verdict: 'rejected',
          },
        ],
        extracted(),
      ),
      MOU,
    );
    const data = dataset(session);
    expect(data.agreements.map((agreement) => agreement.id)).toEqual([MOU]);
    // KRISS is in the graph: referred to, not written again.
    expect(data.institutions.map((institution) => institution.id)).toEqual(['de-ptb']);
    expect(data.sources.map((source) => source.id)).toEqual([SOURCE]);
    expect(data.countries.map((country) => country.code)).toEqual(['DE']);
    expect(data.agreements[0]!.evidence[0]).toEqual({
      source: SOURCE,
      quoteKo: MOU_SENTENCE,
      quoteEn: `In English: ${MOU}`,
    });
    expect(issues(session)).toEqual([]);
  });

  it('mapping an institution to a graph candidate rewrites every party naming it and drops its record', () => {
    let session = run(
      [
        { type: 'acceptPending' },
        { type: 'chooseInstitution', id: 'us-standards-institute', target: 'us-nist' },
      ],
      extracted(),
    );
    session = translate(translate(session, MOU), GROUP);
    const data = dataset(session);
    const group = data.agreements.find((agreement) => agreement.id === GROUP)!;
    expect(group.parties.map((party) => party.institution)).toEqual(['kr-kriss', 'de-ptb', 'us-nist']);
    expect(data.institutions.map((institution) => institution.id)).toEqual(['de-ptb']);
    expect(JSON.stringify(data)).not.toContain('us-standards-institute');
  });

  it('an institution kept new is written with its edited fields, and the name the article writes as an alias', () => {
    let session = run(
      [
        { type: 'acceptPending' },
        {
          type: 'editInstitution',
          id: 'us-standards-institute',
          fields: { nameEn: 'American Standards Laboratory', acronym: 'ASL', kind: 'agency' },
        },
      ],
      extracted(),
    );
    session = translate(translate(session, MOU), GROUP);
    const record = dataset(session).institutions.find(
      (institution) => institution.id === 'us-standards-institute',
    );
    expect(record).toMatchObject({
      nameEn: 'American Standards Laboratory',
      nameKo: '미 표준기술연구소',
      acronym: 'ASL',
      kind: 'agency',
      country: 'US',
    });
    // The draft did not define the country US: the graph has it, or else it is written with the names given.
    expect(dataset(session).countries.map((country) => country.code)).toEqual(['DE']);
    const named = buildDataset(session.extract!, session.decisions, {
      known: new Set(['KR']),
      name: (code) => (code === 'US' ? { nameEn: 'United States', nameKo: '미국' } : null),
    });
    expect(named.countries).toEqual([
      { code: 'DE', nameEn: 'Germany', nameKo: '독일' },
      { code: 'US', nameEn: 'United States', nameKo: '미국' },
    ]);
  });

  it('an edited party names the institution chosen, and a removed one is gone', () => {
    let session = run([{ type: 'acceptPending' }], extracted());
    const parties = session.decisions.agreements[GROUP]!.agreement.parties;
    session = reduceReview(session, {
      type: 'editAgreement',
      id: GROUP,
      patch: {
        parties: [
          { ...parties[0]!, role: 'lead' },
          { institution: 'us-standards-institute', role: 'supporter' },
        ],
      },
    });
    session = reduceReview(session, {
      type: 'chooseInstitution',
      id: 'us-standards-institute',
      target: 'us-nist',
    });
    session = translate(translate(session, MOU), GROUP);
    expect(dataset(session).agreements.find((agreement) => agreement.id === GROUP)!.parties).toEqual([
      { institution: 'kr-kriss', role: 'lead' },
      { institution: 'us-nist', role: 'supporter' },
    ]);
  });
});

describe('what stands in the way', () => {
  it('a Korean quote needs its English translation before import', () => {
    const session = run([{ type: 'acceptPending' }], extracted());
    expect(issues(session)).toEqual([
      { type: 'missing-translation', agreement: MOU, evidence: 0 },
      { type: 'missing-translation', agreement: GROUP, evidence: 0 },
    ]);
    expect(issues(translate(translate(session, MOU), GROUP))).toEqual([]);
  });

  it('rejecting an institution an accepted agreement needs is named, with the agreements', () => {
    let session = run(
      [
        { type: 'acceptPending' },
        { type: 'setVerdict', item: { type: 'institution', id: 'de-ptb' }, verdict: 'rejected' },
      ],
      extracted(),
    );
    session = translate(translate(session, MOU), GROUP);
    expect(agreementsNeeding(session.decisions, 'de-ptb')).toEqual([MOU, GROUP]);
    expect(issues(session)).toEqual([
      { type: 'needs-institution', agreement: MOU, institution: 'de-ptb' },
      { type: 'needs-institution', agreement: GROUP, institution: 'de-ptb' },
    ]);
    // Rejecting the agreements too clears the way.
    session = run(
      [
        { type: 'setVerdict', item: { type: 'agreement', id: MOU }, verdict: 'rejected' },
        { type: 'setVerdict', item: { type: 'agreement', id: GROUP }, verdict: 'rejected' },
      ],
      session,
    );
    expect(agreementsNeeding(session.decisions, 'de-ptb')).toEqual([]);
    expect(issues(session)).toEqual([]);
  });

  it('an undecided institution the graph holds is no obstacle; one it lacks is', () => {
    let session = run(
      [
        { type: 'setVerdict', item: { type: 'agreement', id: MOU }, verdict: 'accepted' },
        { type: 'setVerdict', item: { type: 'institution', id: 'de-ptb' }, verdict: 'accepted' },
      ],
      extracted(),
    );
    session = translate(session, MOU);
    expect(issues(session)).toEqual([]);
    session = reduceReview(session, {
      type: 'setVerdict',
      item: { type: 'institution', id: 'de-ptb' },
      verdict: 'pending',
    });
    expect(issues(session)).toEqual([{ type: 'needs-institution', agreement: MOU, institution: 'de-ptb' }]);
  });

  it('two parties that become one institution, empty names and a malformed date are named', () => {
    let session = run(
      [
        { type: 'acceptPending' },
        { type: 'chooseInstitution', id: 'us-standards-institute', target: 'kr-kriss' },
        { type: 'editAgreement', id: MOU, patch: { date: '3 March', titleEn: ' ' } },
      ],
      extracted(),
    );
    session = translate(translate(session, MOU), GROUP);
    expect(issues(session)).toEqual([
      { type: 'empty-field', item: { type: 'agreement', id: MOU }, field: 'titleEn' },
      { type: 'invalid-date', agreement: MOU },
      { type: 'duplicate-party', agreement: GROUP, institution: 'kr-kriss' },
    ]);
  });

  it('nothing accepted is nothing to import', () => {
    expect(issues(extracted())).toEqual([{ type: 'nothing-accepted' }]);
  });
});
