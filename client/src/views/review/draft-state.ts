/**
 * From a draft and the analyst's decisions to the data set `POST /api/import` takes, and what still
 * stands in its way. Pure: the review's views show its answers, the tests state them.
 *
 * A party names an institution of the draft by the draft's id; the decision on that institution says
 * which institution it really is. Mapped to one the graph holds, every party is rewritten to that id and
 * the draft's record is left out (the graph's record stays as it is); kept new, or mapped to one the
 * gazetteer knows, its record is written with the edited fields.
 */
import type { ExtractResponse, InstitutionProposal } from '../../../../contract/extract.js';
import type { Agreement, Dataset, Institution } from '../../../../contract/dataset.js';
import type {
  AgreementDecision,
  InstitutionDecision,
  ProposalKey,
  ReviewDecisions,
} from '../../state/review.js';

export type ReviewIssue =
  /** A quote of an accepted agreement without its English translation (a Korean article's). */
  | { type: 'missing-translation'; agreement: string; evidence: number }
  /** An accepted agreement names a rejected institution, or an undecided one the graph lacks. */
  | { type: 'needs-institution'; agreement: string; institution: string }
  /** Two parties of an agreement turn out to be the same institution. */
  | { type: 'duplicate-party'; agreement: string; institution: string }
  | { type: 'no-party'; agreement: string }
  | { type: 'no-domain'; agreement: string }
  | { type: 'empty-field'; item: ProposalKey; field: string }
  | { type: 'invalid-country'; institution: string }
  | { type: 'invalid-date'; agreement: string }
  | { type: 'invalid-amount'; agreement: string }
  | { type: 'nothing-accepted' };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function institutionProposals(response: ExtractResponse): InstitutionProposal[] {
  return response.review.filter((item): item is InstitutionProposal => item.type === 'institution');
}

/** Ids of the candidates the graph holds: mapped to one of them, no record is written. */
function graphIds(response: ExtractResponse): Set<string> {
  return new Set(
    institutionProposals(response).flatMap((proposal) =>
      proposal.candidates.filter((candidate) => candidate.in === 'graph').map((candidate) => candidate.id),
    ),
  );
}

/**
 * The id an institution proposal is written with: the chosen candidate's, else the draft's own. A
 * proposal the extractor matched to the graph but which the analyst keeps new cannot take the graph's
 * id (that would overwrite the known institution), so it takes one made from its English name.
 */
export function targetId(
  response: ExtractResponse,
  proposal: InstitutionProposal,
  decision: InstitutionDecision,
): string {
  if (decision.target !== null) return decision.target;
  if (!graphIds(response).has(proposal.id)) return proposal.id;
  const slug = slugify(decision.fields.nameEn || decision.fields.acronym);
  return slug === '' || graphIds(response).has(slug) ? `${proposal.id}-new` : slug;
}

export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id each institution proposal is written with (draft id → target id). */
export function partyRewrites(response: ExtractResponse, decisions: ReviewDecisions): Map<string, string> {
  const rewrites = new Map<string, string>();
  for (const proposal of institutionProposals(response)) {
    const decision = decisions.institutions[proposal.id];
    if (decision !== undefined) rewrites.set(proposal.id, targetId(response, proposal, decision));
  }
  return rewrites;
}

const accepted = (decision: { verdict: string } | undefined): boolean => decision?.verdict === 'accepted';

/** An institution record as the data set writes it, from the draft's record and the edited fields. */
function institutionRecord(
  response: ExtractResponse,
  proposal: InstitutionProposal,
  decision: InstitutionDecision,
  id: string,
): Institution {
  const base = response.draft.institutions.find((institution) => institution.id === id) ??
    response.draft.institutions.find((institution) => institution.id === proposal.id) ?? {
      aliases: [],
    };
  const { fields } = decision;
  const record: Institution = {
    ...base,
    id,
    nameEn: fields.nameEn.trim(),
    nameKo: fields.nameKo.trim(),
    aliases: base.aliases ?? [],
    kind: fields.kind,
  };
  delete record.acronym;
  delete record.country;
  if (fields.acronym.trim() !== '') record.acronym = fields.acronym.trim();
  if (fields.country.trim() !== '') record.country = fields.country.trim();
  // The name the article writes is kept as an alias, so the search finds it as the text spells it.
  const written = proposal.name.trim();
  if (
    written !== '' &&
    ![record.nameEn, record.nameKo, record.acronym, ...record.aliases].includes(written)
  ) {
    record.aliases = [...record.aliases, written];
  }
  return record;
}

/** An accepted agreement as the data set writes it: parties rewritten, texts trimmed. */
function agreementRecord(decision: AgreementDecision, rewrites: Map<string, string>): Agreement {
  const { agreement } = decision;
  return {
    ...agreement,
    titleEn: agreement.titleEn.trim(),
    titleKo: agreement.titleKo.trim(),
    summaryEn: agreement.summaryEn.trim(),
    summaryKo: agreement.summaryKo.trim(),
    parties: agreement.parties.map((party) => ({
      ...party,
      institution: rewrites.get(party.institution) ?? party.institution,
    })),
    evidence: agreement.evidence.map((quote) => ({ ...quote, quoteEn: quote.quoteEn.trim() })),
  };
}

export interface CountryKnowledge {
  /** Countries the graph holds already: referred to, not written. */
  known?: ReadonlySet<string>;
  /** The names of a country neither the draft nor the graph defines (the platform knows them). */
  name?: (code: string) => { nameEn: string; nameKo: string } | null;
}

/** The data set of what is accepted. */
export function buildDataset(
  response: ExtractResponse,
  decisions: ReviewDecisions,
  countryKnowledge: CountryKnowledge = {},
): Dataset {
  const { draft } = response;
  const rewrites = partyRewrites(response, decisions);
  const inGraph = graphIds(response);

  const institutions: Institution[] = [];
  for (const proposal of institutionProposals(response)) {
    const decision = decisions.institutions[proposal.id];
    if (decision === undefined || !accepted(decision)) continue;
    const id = rewrites.get(proposal.id) ?? proposal.id;
    if (inGraph.has(id) || institutions.some((institution) => institution.id === id)) continue;
    institutions.push(institutionRecord(response, proposal, decision, id));
  }
  const agreements = draft.agreements
    .map((agreement) => decisions.agreements[agreement.id])
    .filter((decision): decision is AgreementDecision => accepted(decision))
    .map((decision) => agreementRecord(decision, rewrites));

  const domains = new Set(agreements.flatMap((agreement) => agreement.domains));
  const countries = new Set(institutions.flatMap((institution) => institution.country ?? []));
  const events = new Set(agreements.flatMap((agreement) => agreement.agreedAt ?? []));
  const sources = new Set([
    ...agreements.flatMap((agreement) => agreement.evidence.map((quote) => quote.source)),
    ...institutions.flatMap((institution) => institution.source ?? []),
  ]);
  const written = new Set([...institutions.map((institution) => institution.id), ...rewrites.values()]);
  return {
    sources: draft.sources.filter((source) => sources.has(source.id)),
    countries: [
      ...draft.countries.filter((country) => countries.has(country.code)),
      // A country the analyst gave a new institution, which the graph does not hold yet.
      ...[...countries].flatMap((code) => {
        if (draft.countries.some((country) => country.code === code)) return [];
        if (countryKnowledge.known?.has(code) ?? true) return [];
        const names = countryKnowledge.name?.(code) ?? null;
        return names === null ? [] : [{ code, ...names }];
      }),
    ],
    domains: draft.domains.filter((domain) => domains.has(domain.id)),
    institutions,
    people: draft.people
      .filter((person) => person.chairs.some((event) => events.has(event)))
      .map((person) => ({
        ...person,
        holds: person.holds
          .map((post) => ({ ...post, institution: rewrites.get(post.institution) ?? post.institution }))
          .filter((post) => written.has(post.institution) || inGraph.has(post.institution)),
      })),
    events: draft.events.filter((event) => events.has(event.id)),
    agreements,
  };
}

/** What must be mended before the data set can be checked, in the order of the proposals. */
export function reviewIssues(response: ExtractResponse, decisions: ReviewDecisions): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  const rewrites = partyRewrites(response, decisions);
  const inGraph = graphIds(response);
  let anything = false;

  for (const proposal of institutionProposals(response)) {
    const decision = decisions.institutions[proposal.id];
    if (decision === undefined || !accepted(decision)) continue;
    anything = true;
    if (inGraph.has(rewrites.get(proposal.id) ?? proposal.id)) continue;
    const item: ProposalKey = { type: 'institution', id: proposal.id };
    for (const field of ['nameEn', 'nameKo'] as const) {
      if (decision.fields[field].trim() === '') issues.push({ type: 'empty-field', item, field });
    }
    const country = decision.fields.country.trim();
    if (country !== '' && !COUNTRY.test(country)) {
      issues.push({ type: 'invalid-country', institution: proposal.id });
    }
  }

  for (const draftAgreement of response.draft.agreements) {
    const decision = decisions.agreements[draftAgreement.id];
    if (decision === undefined || !accepted(decision)) continue;
    anything = true;
    const { agreement } = decision;
    const id = agreement.id;
    const item: ProposalKey = { type: 'agreement', id };
    for (const field of ['titleEn', 'titleKo', 'summaryEn', 'summaryKo'] as const) {
      if (agreement[field].trim() === '') issues.push({ type: 'empty-field', item, field });
    }
    if (agreement.date !== undefined && !PARTIAL_DATE.test(agreement.date)) {
      issues.push({ type: 'invalid-date', agreement: id });
    }
    if (
      agreement.amount !== undefined &&
      (!(agreement.amount.value > 0) || agreement.amount.stated.trim() === '')
    ) {
      issues.push({ type: 'invalid-amount', agreement: id });
    }
    if (agreement.domains.length === 0) issues.push({ type: 'no-domain', agreement: id });
    if (agreement.parties.length === 0) issues.push({ type: 'no-party', agreement: id });
    const seen = new Set<string>();
    for (const party of agreement.parties) {
      const institution = decisions.institutions[party.institution];
      // An undecided institution the graph already holds needs no record; a rejected one is refused.
      const missing =
        institution !== undefined &&
        (institution.verdict === 'rejected' ||
          (institution.verdict === 'pending' && !inGraph.has(rewrites.get(party.institution) ?? '')));
      if (missing) {
        issues.push({ type: 'needs-institution', agreement: id, institution: party.institution });
      }
      const written = rewrites.get(party.institution) ?? party.institution;
      if (seen.has(written)) issues.push({ type: 'duplicate-party', agreement: id, institution: written });
      seen.add(written);
      if (institution === undefined && !ID.test(party.institution)) {
        issues.push({ type: 'empty-field', item, field: 'parties' });
      }
    }
    agreement.evidence.forEach((quote, index) => {
      if (quote.quoteEn.trim() === '') {
        issues.push({ type: 'missing-translation', agreement: id, evidence: index });
      }
    });
  }
  if (!anything) issues.push({ type: 'nothing-accepted' });
  return issues;
}

/** The accepted agreements that still name an institution: what rejecting it would break. */
export function agreementsNeeding(decisions: ReviewDecisions, institution: string): string[] {
  return Object.values(decisions.agreements)
    .filter(
      (decision) =>
        accepted(decision) && decision.agreement.parties.some((party) => party.institution === institution),
    )
    .map((decision) => decision.agreement.id);
}

/** The proposal an issue is about, to focus it from the list of issues. */
export function issueItem(issue: ReviewIssue): ProposalKey | null {
  switch (issue.type) {
    case 'empty-field':
      return issue.item;
    case 'invalid-country':
      return { type: 'institution', id: issue.institution };
    case 'needs-institution':
    case 'duplicate-party':
    case 'no-party':
    case 'no-domain':
    case 'invalid-date':
    case 'invalid-amount':
    case 'missing-translation':
      return { type: 'agreement', id: issue.agreement };
    case 'nothing-accepted':
      return null;
  }
}

/** How many proposals are still undecided (left out of the data set unless accepted). */
export function pendingCount(decisions: ReviewDecisions): number {
  return [...Object.values(decisions.institutions), ...Object.values(decisions.agreements)].filter(
    (decision) => decision.verdict === 'pending',
  ).length;
}
