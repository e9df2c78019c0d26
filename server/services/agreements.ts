/** Agreements with their parties and evidence: one projection (agreement-details) for every endpoint. */
import neo4j from 'neo4j-driver';

import type { AgreementList, AgreementListQuery } from '../../contract/explore.js';
import type { AgreementSummary, InstitutionDetail } from '../../contract/graph.js';
import type { PartyRole } from '../../contract/vocabulary.js';
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
    const [page] = await run('api/agreements', {
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
      limit: neo4j.int(query.limit),
    });
    const total = page?.total as number;
    return {
      agreements: await agreementDetails(run, page?.ids as string[], query.asOf ?? null),
      total,
      offset: query.offset,
      truncated: query.offset + query.limit < total,
    };
  });
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
