/**
 * "Add a source": the review of an article's draft, as values. The analyst's text goes to
 * `POST /api/extract`; its answer (a draft data set and a proposal per institution and agreement) is
 * decided on item by item here, then checked and written through `POST /api/import`. The session is
 * kept in the browser until it is imported or discarded (effects/review-storage.ts), so everything in it
 * is plain JSON; the requests on their way are not kept.
 */
import type { Dataset } from '../../../contract/dataset.js';
import type {
  Draft,
  EXTRACT_LANGUAGES,
  ExtractResponse,
  InstitutionProposal,
} from '../../../contract/extract.js';
import type { ImportReport } from '../../../contract/import.js';
import type { InstitutionKind } from '../../../contract/vocabulary.js';

export const REVIEW_STEPS = ['source', 'proposals', 'import', 'imported'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export type Verdict = 'pending' | 'accepted' | 'rejected';
export type ExtractLanguage = (typeof EXTRACT_LANGUAGES)[number];
export type LanguageChoice = 'auto' | ExtractLanguage;

export interface ReviewInput {
  text: string;
  title: string;
  /** YYYY-MM-DD, or empty. */
  published: string;
  language: LanguageChoice;
}

/** The fields of an institution the analyst may edit; empty strings stand for "none". */
export interface InstitutionFields {
  nameEn: string;
  nameKo: string;
  acronym: string;
  kind: InstitutionKind;
  country: string;
}

export interface InstitutionDecision {
  verdict: Verdict;
  /**
   * Which known institution it is: a candidate's id, or null to keep it new (the draft's record, as
   * edited). A party naming the proposal is written with the chosen id.
   */
  target: string | null;
  /** The record written when the chosen institution is not in the graph yet. */
  fields: InstitutionFields;
}

export type DraftAgreement = Draft['agreements'][number];

export interface AgreementDecision {
  verdict: Verdict;
  /** The draft's agreement as edited; its parties still name the draft's institution ids. */
  agreement: DraftAgreement;
}

export interface ReviewDecisions {
  institutions: Record<string, InstitutionDecision>;
  agreements: Record<string, AgreementDecision>;
}

/** A proposal as the article and the list name it. */
export interface ProposalKey {
  type: 'institution' | 'agreement';
  id: string;
}

export type ReviewRequest =
  | { kind: 'extract' | 'dry-run' | 'import'; status: 'loading' }
  | { kind: 'extract' | 'dry-run' | 'import'; status: 'error'; error: unknown };

export interface ReviewSession {
  step: ReviewStep;
  input: ReviewInput;
  extract: ExtractResponse | null;
  decisions: ReviewDecisions;
  /** The proposal highlighted in the article and the list. */
  focused: ProposalKey | null;
  /** The proposal whose editor is open. */
  editing: ProposalKey | null;
  /** The last dry run of the data set as decided now; any change to a decision drops it. */
  dryRun: ImportReport | null;
  acceptConflicts: string[];
  /** The report of the write, once it is done. */
  imported: ImportReport | null;
  /** Not kept across reloads. */
  request: ReviewRequest | null;
}

export type ReviewChange =
  | { type: 'setInput'; input: Partial<ReviewInput> }
  | { type: 'extractStarted' }
  | { type: 'extractSucceeded'; response: ExtractResponse }
  | { type: 'extractFailed'; error: unknown }
  | { type: 'goTo'; step: ReviewStep }
  | { type: 'setVerdict'; item: ProposalKey; verdict: Verdict }
  | { type: 'acceptPending' }
  | { type: 'chooseInstitution'; id: string; target: string | null }
  | { type: 'editInstitution'; id: string; fields: Partial<InstitutionFields> }
  | { type: 'editAgreement'; id: string; patch: Partial<DraftAgreement> }
  | { type: 'focus'; item: ProposalKey | null }
  | { type: 'edit'; item: ProposalKey | null }
  /** The data set as built from the decisions (views/review/draft-state.ts), to check. */
  | { type: 'dryRunStarted'; dataset: Dataset }
  | { type: 'dryRunSucceeded'; report: ImportReport }
  | { type: 'dryRunFailed'; error: unknown }
  | { type: 'acceptConflict'; id: string; accepted: boolean }
  | { type: 'importStarted'; dataset: Dataset }
  | { type: 'importSucceeded'; report: ImportReport }
  | { type: 'importFailed'; error: unknown }
  | { type: 'discard' }
  | { type: 'restore'; session: ReviewSession };

export const EMPTY_INPUT: ReviewInput = { text: '', title: '', published: '', language: 'auto' };

export function emptySession(): ReviewSession {
  return {
    step: 'source',
    input: EMPTY_INPUT,
    extract: null,
    decisions: { institutions: {}, agreements: {} },
    focused: null,
    editing: null,
    dryRun: null,
    acceptConflicts: [],
    imported: null,
    request: null,
  };
}

export const sameProposal = (a: ProposalKey | null, b: ProposalKey | null): boolean =>
  a !== null && b !== null && a.type === b.type && a.id === b.id;

/**
 * Where each proposal starts: undecided, an institution as the extractor matched it (the known one it
 * found, or new), with the draft's record, or its first candidate's names, as the fields to edit.
 */
export function initialDecisions(response: ExtractResponse): ReviewDecisions {
  const institutions: Record<string, InstitutionDecision> = {};
  const agreements: Record<string, AgreementDecision> = {};
  for (const item of response.review) {
    if (item.type === 'institution') {
      const known = item.candidates.find((candidate) => candidate.id === item.id) ?? null;
      const target = item.match === 'new' ? null : (known?.id ?? item.candidates[0]?.id ?? null);
      institutions[item.id] = {
        verdict: 'pending',
        target,
        fields: fieldsFor(response.draft, item, target),
      };
    } else {
      const agreement = response.draft.agreements.find((candidate) => candidate.id === item.id);
      if (agreement !== undefined) agreements[item.id] = { verdict: 'pending', agreement };
    }
  }
  return { institutions, agreements };
}

/** The fields to edit for a choice: the draft's record when it is the draft's own, else what is known. */
export function fieldsFor(
  draft: Draft,
  proposal: InstitutionProposal,
  target: string | null,
): InstitutionFields {
  const record = draft.institutions.find((institution) => institution.id === (target ?? proposal.id));
  const own = draft.institutions.find((institution) => institution.id === proposal.id);
  if (record !== undefined) {
    return {
      nameEn: record.nameEn,
      nameKo: record.nameKo,
      acronym: record.acronym ?? '',
      kind: record.kind,
      country: record.country ?? '',
    };
  }
  const candidate = proposal.candidates.find((entry) => entry.id === target);
  return {
    nameEn: candidate?.nameEn ?? own?.nameEn ?? proposal.name,
    nameKo: candidate?.nameKo ?? own?.nameKo ?? proposal.name,
    acronym: candidate?.acronym ?? own?.acronym ?? '',
    kind: own?.kind ?? 'institute',
    country: own?.country ?? '',
  };
}

/** A change to what would be imported: the dry run no longer describes it. */
const decided = (session: ReviewSession, decisions: ReviewDecisions): ReviewSession => ({
  ...session,
  decisions,
  dryRun: null,
  acceptConflicts: [],
});

export function reduceReview(session: ReviewSession, change: ReviewChange): ReviewSession {
  const { decisions } = session;
  switch (change.type) {
    case 'setInput':
      return { ...session, input: { ...session.input, ...change.input } };
    case 'extractStarted':
      return { ...session, request: { kind: 'extract', status: 'loading' } };
    case 'extractSucceeded':
      return {
        ...emptySession(),
        input: session.input,
        step: 'proposals',
        extract: change.response,
        decisions: initialDecisions(change.response),
      };
    case 'extractFailed':
      return { ...session, request: { kind: 'extract', status: 'error', error: change.error } };
    case 'goTo':
      if (change.step !== 'source' && session.extract === null) return session;
      return { ...session, step: change.step, request: null };
    case 'setVerdict': {
      const { item, verdict } = change;
      if (item.type === 'institution') {
        const decision = decisions.institutions[item.id];
        if (decision === undefined) return session;
        return decided(session, {
          ...decisions,
          institutions: { ...decisions.institutions, [item.id]: { ...decision, verdict } },
        });
      }
      const decision = decisions.agreements[item.id];
      if (decision === undefined) return session;
      return decided(session, {
        ...decisions,
        agreements: { ...decisions.agreements, [item.id]: { ...decision, verdict } },
      });
    }
    case 'acceptPending': {
      const accept = <T extends { verdict: Verdict }>(entries: Record<string, T>): Record<string, T> =>
        Object.fromEntries(
          Object.entries(entries).map(([id, entry]) => [
            id,
            entry.verdict === 'pending' ? { ...entry, verdict: 'accepted' } : entry,
          ]),
        );
      return decided(session, {
        institutions: accept(decisions.institutions),
        agreements: accept(decisions.agreements),
      });
    }
    case 'chooseInstitution': {
      const decision = decisions.institutions[change.id];
      const proposal = session.extract?.review.find(
        (item): item is InstitutionProposal => item.type === 'institution' && item.id === change.id,
      );
      if (decision === undefined || proposal === undefined || session.extract === null) return session;
      return decided(session, {
        ...decisions,
        institutions: {
          ...decisions.institutions,
          [change.id]: {
            ...decision,
            target: change.target,
            fields: fieldsFor(session.extract.draft, proposal, change.target),
          },
        },
      });
    }
    case 'editInstitution': {
      const decision = decisions.institutions[change.id];
      if (decision === undefined) return session;
      return decided(session, {
        ...decisions,
        institutions: {
          ...decisions.institutions,
          [change.id]: { ...decision, fields: { ...decision.fields, ...change.fields } },
        },
      });
    }
    case 'editAgreement': {
      const decision = decisions.agreements[change.id];
      if (decision === undefined) return session;
      return decided(session, {
        ...decisions,
        agreements: {
          ...decisions.agreements,
          [change.id]: { ...decision, agreement: { ...decision.agreement, ...change.patch } },
        },
      });
    }
    case 'focus':
      return { ...session, focused: change.item };
    case 'edit':
      return { ...session, editing: change.item, focused: change.item ?? session.focused };
    case 'dryRunStarted':
      return { ...session, request: { kind: 'dry-run', status: 'loading' } };
    case 'dryRunSucceeded': {
      // Acceptances of conflicts the new run still reports stay; the others name nothing any more.
      const ids = new Set(change.report.conflicts.map((conflict) => conflict.id));
      return {
        ...session,
        request: null,
        dryRun: change.report,
        acceptConflicts: session.acceptConflicts.filter((id) => ids.has(id)),
      };
    }
    case 'dryRunFailed':
      return { ...session, request: { kind: 'dry-run', status: 'error', error: change.error } };
    case 'acceptConflict': {
      const others = session.acceptConflicts.filter((id) => id !== change.id);
      return { ...session, acceptConflicts: change.accepted ? [...others, change.id] : others };
    }
    case 'importStarted':
      return { ...session, request: { kind: 'import', status: 'loading' } };
    case 'importSucceeded':
      return { ...session, request: null, step: 'imported', imported: change.report };
    case 'importFailed':
      return { ...session, request: { kind: 'import', status: 'error', error: change.error } };
    case 'discard':
      return emptySession();
    case 'restore':
      return { ...change.session, request: null };
  }
}
