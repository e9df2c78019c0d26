/**
 * The cooperation network, whole or filtered, shaped into graphology's serialized graph. Unfiltered, it
 * reads the derived COOPERATES_WITH edges; filtered, it derives the edges from the matching agreements.
 */
import neo4j from 'neo4j-driver';

import type { InstitutionNodeAttributes, NetworkAttributes, NetworkGraph } from '../../contract/graph.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import type { CountryScope, NetworkFilters } from '../../contract/parameters.js';

export interface NetworkRow {
  institutions: (InstitutionNodeAttributes & { id: string })[];
  cooperation: {
    source: string;
    target: string;
    agreementIds: string[];
    domains: string[];
    weight: number;
  }[];
  partOf: { source: string; target: string }[];
  countries: NetworkAttributes['countries'];
  domains: NetworkAttributes['domains'];
}

const FILTER_KEYS = ['domain', 'country', 'kind', 'status', 'institutionKind', 'from', 'to', 'asOf'] as const;

export async function loadNetwork(
  db: Database,
  filters: NetworkFilters,
  limit: number,
): Promise<NetworkGraph> {
  const active = FILTER_KEYS.some((key) => filters[key] !== undefined);
  if (active) await checkVocabulary(db, filters);
  // LIMIT takes an integer; JavaScript numbers travel as floats.
  const parameters = { ...filterParameters(filters), limit: neo4j.int(limit) };
  const [row] = await db.read(active ? 'api/network-filtered' : 'api/network', parameters);
  return toNetworkGraph(row as unknown as NetworkRow, limit);
}

/**
 * Every filter as a Cypher parameter, null when absent (the statements test `$domain IS NULL`), and how
 * the country applies, which only qualifies `country` and so is never absent.
 */
export function filterParameters(filters: NetworkFilters): Record<string, string | null> {
  return {
    ...Object.fromEntries(FILTER_KEYS.map((key) => [key, filters[key] ?? null])),
    countryScope: countryScope(filters),
  };
}

export const countryScope = (filters: Pick<NetworkFilters, 'countryScope'>): CountryScope =>
  filters.countryScope ?? 'any';

/** Unknown domains and countries are a mistake to report, not an empty network to show. */
export async function checkVocabulary(
  db: Database,
  filters: Pick<NetworkFilters, 'domain' | 'country'>,
): Promise<void> {
  if (filters.domain === undefined && filters.country === undefined) return;
  const [row] = await db.read('api/vocabulary');
  const { domains, countries } = row as { domains: string[]; countries: string[] };
  const unknown = (parameter: string, value: string, known: string[]) =>
    new HttpProblem(
      400,
      'Invalid request',
      `${parameter}: unknown value "${value}"; expected one of ${known.sort().join(', ')}`,
      [{ parameter, message: `unknown ${parameter} "${value}"; expected one of ${known.join(', ')}` }],
    );
  if (filters.domain !== undefined && !domains.includes(filters.domain))
    throw unknown('domain', filters.domain, domains);
  if (filters.country !== undefined && !countries.includes(filters.country))
    throw unknown('country', filters.country, countries);
}

export function toNetworkGraph(row: NetworkRow, limit: number): NetworkGraph {
  const truncated =
    row.institutions.length > limit || row.cooperation.length > limit || row.partOf.length > limit;
  const institutions = row.institutions.slice(0, limit);
  const present = new Set(institutions.map((institution) => institution.id));
  const kept = <E extends { source: string; target: string }>(edges: E[]) =>
    edges.slice(0, limit).filter(({ source, target }) => present.has(source) && present.has(target));
  const cooperation = kept(row.cooperation);
  const linked = new Set(cooperation.map(({ source, target }) => pairKey(source, target)));
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: { countries: row.countries, domains: row.domains, truncated },
    nodes: institutions.map(({ id, ...attributes }) => ({ key: id, attributes })),
    edges: [
      ...cooperation.map(({ source, target, ...attributes }) => ({
        key: `cooperation:${source}:${target}`,
        source,
        target,
        attributes: { relation: 'cooperation' as const, ...attributes },
      })),
      // A parent may also share an agreement with its child; the cooperation edge then stands for both.
      ...kept(row.partOf)
        .filter(({ source, target }) => !linked.has(pairKey(source, target)))
        .map(({ source, target }) => ({
          key: `part-of:${source}:${target}`,
          source,
          target,
          attributes: { relation: 'part-of' as const, agreementIds: [], domains: [], weight: 1 },
        })),
    ],
  };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
