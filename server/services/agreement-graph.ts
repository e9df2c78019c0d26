/** GET /api/graph?shape=agreements: agreements as nodes with their parties, as graphology's serialized graph. */
import neo4j from 'neo4j-driver';

import type { AgreementGraph, AgreementGraphNode } from '../../contract/agreement-graph.js';
import type { NetworkAttributes } from '../../contract/graph.js';
import type { NetworkFilters } from '../../contract/parameters.js';
import type { Database } from '../db/database.js';
import { checkVocabulary, countryScope } from './network.js';

interface AgreementGraphRow {
  truncated: boolean;
  agreements: ({ id: string } & Omit<Extract<AgreementGraphNode, { type: 'agreement' }>, 'type'>)[];
  parties: {
    institution: string;
    agreement: string;
    role: AgreementGraph['edges'][number]['attributes']['role'];
  }[];
  institutions: ({ id: string } & Omit<Extract<AgreementGraphNode, { type: 'institution' }>, 'type'>)[];
  partOf: { child: string; parent: string }[];
  events: { id: string; nameEn: string; nameKo: string | null; date: string }[];
  agreedAt: { agreement: string; event: string }[];
  coveredDomains: { id: string; nameEn: string; nameKo: string }[];
  countries: NetworkAttributes['countries'];
  domains: NetworkAttributes['domains'];
}

/** Keys name the kind: an agreement and an institution may share an id. */
export const nodeKey = (type: AgreementGraphNode['type'], id: string): string => `${type}:${id}`;

export async function loadAgreementGraph(
  db: Database,
  filters: NetworkFilters,
  include: readonly ('events' | 'domains')[],
  limit: number,
): Promise<AgreementGraph> {
  await checkVocabulary(db, filters);
  const [row] = (await db.read('api/agreement-graph', {
    kind: filters.kind ?? null,
    status: filters.status ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    asOf: filters.asOf ?? null,
    domain: filters.domain ?? null,
    country: filters.country ?? null,
    countryScope: countryScope(filters),
    institutionKind: filters.institutionKind ?? null,
    events: include.includes('events'),
    domains: include.includes('domains'),
    limit: neo4j.int(limit),
  })) as unknown as AgreementGraphRow[];
  const graph = row!;
  const edge = (
    relation: AgreementGraph['edges'][number]['attributes']['relation'],
    source: string,
    target: string,
    role: AgreementGraph['edges'][number]['attributes']['role'] = null,
  ) => ({ key: `${relation}:${source}:${target}`, source, target, attributes: { relation, role } });
  return {
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    attributes: {
      countries: graph.countries,
      domains: graph.domains,
      truncated: graph.truncated,
      shape: 'agreements',
    },
    nodes: [
      ...graph.institutions.map(({ id, ...attributes }) => ({
        key: nodeKey('institution', id),
        attributes: { type: 'institution' as const, ...attributes },
      })),
      ...graph.agreements.map(({ id, ...attributes }) => ({
        key: nodeKey('agreement', id),
        attributes: { type: 'agreement' as const, ...attributes },
      })),
      ...graph.events.map(({ id, ...attributes }) => ({
        key: nodeKey('event', id),
        attributes: { type: 'event' as const, ...attributes },
      })),
      ...graph.coveredDomains.map(({ id, ...attributes }) => ({
        key: nodeKey('domain', id),
        attributes: { type: 'domain' as const, ...attributes },
      })),
    ],
    edges: [
      ...graph.parties.map(({ institution, agreement, role }) =>
        edge('party-to', nodeKey('institution', institution), nodeKey('agreement', agreement), role),
      ),
      ...graph.partOf.map(({ child, parent }) =>
        edge('part-of', nodeKey('institution', child), nodeKey('institution', parent)),
      ),
      ...graph.agreedAt.map(({ agreement, event }) =>
        edge('agreed-at', nodeKey('agreement', agreement), nodeKey('event', event)),
      ),
      ...graph.agreements.flatMap((agreement) =>
        include.includes('domains')
          ? agreement.domains.map((domain) =>
              edge('covers', nodeKey('agreement', agreement.id), nodeKey('domain', domain)),
            )
          : [],
      ),
    ],
  };
}
