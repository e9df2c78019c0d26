/**
 * What the request mix asks about, read from the running app as a client reads it, never guessed: the
 * institutions (ids, names, acronyms, kinds) from `/api/graph/page`, agreements and events from
 * `/api/agreements`, the named queries and their parameters from `/api/queries`, and search words made
 * from the institutions' own names (an acronym, a word of the English name, the start of the Korean one).
 */
import type { AgreementList } from '../../contract/explore.js';
import type { NamedQueryListing } from '../../contract/named-queries.js';
import type { NetworkPage } from '../../contract/network-page.js';
import { Random } from '../generator/random.js';
import { getJson } from './http.js';

export interface InstitutionTarget {
  id: string;
  nameEn: string;
  acronym: string | null;
  kind: string;
}

export interface NamedQueryTarget {
  name: string;
  parameters: { name: string; required: boolean; values?: string[] }[];
}

export interface Targets {
  institutions: InstitutionTarget[];
  /** Ids of institutions of kind `agency` (paths run between two of them). */
  agencies: string[];
  agreements: string[];
  /** How many agreements there are (the explorer asks for the oldest one by offset). */
  agreementTotal: number;
  events: string[];
  domains: string[];
  countries: string[];
  searchTerms: string[];
  namedQueries: NamedQueryTarget[];
}

/** Search words made, from as many institutions. */
const SEARCHED = 300;

export async function discoverTargets(url: string, seed: string): Promise<Targets> {
  const page = await getJson<NetworkPage>(url, '/api/graph/page?offset=0&size=50000&edgesPerNode=0');
  const columns = page.institutions;
  const institutions: InstitutionTarget[] = columns.id.map((id, i) => ({
    id,
    nameEn: columns.nameEn[i]!,
    acronym: columns.acronym[i] ?? null,
    kind: columns.kind[i]!,
  }));
  const agencies = institutions.filter((i) => i.kind === 'agency').map((i) => i.id);
  if (agencies.length < 2) throw new Error('The graph has fewer than two agencies to find paths between.');

  const newest = await getJson<AgreementList>(url, '/api/agreements?limit=200');
  const middle = await getJson<AgreementList>(
    url,
    `/api/agreements?limit=200&offset=${Math.floor(newest.total / 2)}`,
  );
  const listed = [...newest.agreements, ...middle.agreements];
  const events = [...new Set(listed.flatMap((a) => (a.agreedAt ? [a.agreedAt.id] : [])))];
  const queries = await getJson<NamedQueryListing>(url, '/api/queries');

  const random = new Random(`${seed}-targets`);
  const searchTerms: string[] = [];
  for (let i = 0; i < SEARCHED; i += 1) {
    const institution = random.pick(institutions);
    const words = institution.nameEn.split(' ').filter((word) => word.length > 3);
    const koreanName = columns.nameKo[columns.id.indexOf(institution.id)] ?? '';
    const choices = [
      institution.acronym,
      words.length > 0 ? random.pick(words) : null,
      koreanName.slice(0, 4).trim() || null,
      institution.nameEn,
    ].filter((term): term is string => term !== null && term.length > 0);
    searchTerms.push(random.pick(choices));
  }

  return {
    institutions,
    agencies,
    agreements: listed.map((a) => a.id),
    agreementTotal: newest.total,
    events,
    domains: page.domains.map((d) => d.id),
    countries: page.countries.map((c) => c.code),
    searchTerms,
    namedQueries: queries.queries.map((q) => ({
      name: q.name,
      parameters: q.parameters.map((p) => ({
        name: p.name,
        required: p.required,
        ...(p.values ? { values: p.values } : {}),
      })),
    })),
  };
}
