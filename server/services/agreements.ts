/** Agreements with their parties and evidence: one projection (agreement-details) for every endpoint. */
import neo4j from 'neo4j-driver';

import type { AgreementList, AgreementListQuery } from '../../contract/explore.js';
import type { AgreementSummary, InstitutionDetail } from '../../contract/graph.js';
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  type PartyRole,
} from '../../contract/vocabulary.js';
import type { Database, ReadStep } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { checkVocabulary, countryScope } from './network.js';

/** `asOf`: the status each had at the end of that day, and only the history known by then. */
export async function agreementDetails(
  run: ReadStep,
  ids: string[],
  asOf: string | null = null,
): Promise<AgreementSummary[]> {
  if (ids.length === 0) return [];
  const rows = await run('api/agreement-details', { ids, asOf });
  return rows.map((row) => row.agreement as unknown as AgreementSummary);
}

export async function getAgreement(db: Database, id: string): Promise<AgreementSummary> {
  const [agreement] = await db.readTransaction((run) => agreementDetails(run, [id]));
  if (!agreement) throw HttpProblem.notFound(`There is no agreement with id "${id}".`);
  return agreement;
}

export async function listAgreements(db: Database, query: AgreementListQuery): Promise<AgreementList> {
  await checkVocabulary(db, query);
  return db.readTransaction(async (run) => {
    if (query.party !== undefined) {
      const [row] = await run('api/institution-exists', { id: query.party });
      if (!row?.exists) {
        throw new HttpProblem(
          400,
          'Invalid request',
          `party: there is no institution with id "${query.party}"`,
          [{ parameter: 'party', message: `unknown institution "${query.party}"` }],
        );
      }
    }
    const parameters = {
      ...sortParameters(query),
      kind: query.kind ?? null,
      status: query.status ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      asOf: query.asOf ?? null,
      domain: query.domain ?? null,
      party: query.party ?? null,
      country: query.country ?? null,
      countryScope: countryScope(query),
      institutionKind: query.institutionKind ?? null,
      offset: neo4j.int(query.offset),
      window: neo4j.int(query.offset + query.limit),
    };
    // Counted and sorted in two statements over the same filters: one statement that did both would
    // hold every agreement that passes at once (see cypher/api/agreements-page.cypher).
    const answer = (tail: string) => ({ answer: db.cypher.get(tail) });
    const [counted] = await run('api/agreements', parameters, answer('api/agreements-total'));
    const [page] = await run('api/agreements', parameters, answer('api/agreements-page'));
    const total = counted?.total as number;
    return {
      agreements: await agreementDetails(run, (page?.ids ?? []) as string[], query.asOf ?? null),
      total,
      offset: query.offset,
      truncated: query.offset + query.limit < total,
    };
  });
}

/**
 * The words and the order as Cypher parameters. The sort column is one of the contract's allowlist and
 * travels as a value the statement compares, never as Cypher text. Kinds and statuses are found by their
 * labels in either language, as the table shows them; they sort by their labels in `lang`.
 */
function sortParameters(query: AgreementListQuery) {
  const q = query.q?.toLowerCase() ?? null;
  const labelled = <K extends string>(values: readonly K[], labels: Record<K, { en: string; ko: string }>) =>
    q === null
      ? []
      : values.filter((value) =>
          [labels[value].en, labels[value].ko].some((label) => label.toLowerCase().includes(q)),
        );
  const inLanguage = <K extends string>(labels: Record<K, { en: string; ko: string }>) =>
    Object.fromEntries(
      Object.entries<{ en: string; ko: string }>(labels).map(([k, l]) => [k, l[query.lang]]),
    );
  return {
    q,
    qKinds: labelled(AGREEMENT_KINDS, AGREEMENT_KIND_LABELS),
    qStatuses: labelled(AGREEMENT_STATUSES, AGREEMENT_STATUS_LABELS),
    sort: query.sort,
    descending: query.order === 'desc',
    lang: query.lang,
    kindLabels: inLanguage(AGREEMENT_KIND_LABELS),
    statusLabels: inLanguage(AGREEMENT_STATUS_LABELS),
  };
}

export async function getInstitution(
  db: Database,
  id: string,
  agreementsLimit: number,
): Promise<InstitutionDetail> {
  return db.readTransaction(async (run) => {
    const [row] = await run('api/institution', { id, agreementsLimit: neo4j.int(agreementsLimit) });
    if (!row) throw HttpProblem.notFound(`There is no institution with id "${id}".`);
    const { roles, ...institution } = row.institution as unknown as Omit<InstitutionDetail, 'agreements'> & {
      roles: { id: string; role: PartyRole }[];
    };
    const agreements = await agreementDetails(
      run,
      roles.map((r) => r.id),
    );
    return {
      ...institution,
      agreements: agreements.map((agreement, i) => ({ ...agreement, role: roles[i]!.role })),
    };
  });
}
