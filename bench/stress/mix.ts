/**
 * The request mix: what the explorer asks while people use it (the network's pages, search, an
 * institution's details and neighbourhood, paths, agreements, the analysis panel's statistics) and what
 * analysts send from the console (named queries and their own Cypher), weighted by how often each comes.
 * Every request is built from the running graph's own ids and names (targets.ts) with the caller's seeded
 * random, so two runs with the same seed send the same requests.
 */
import type { Random } from '../generator/random.js';
import type { NamedQueryTarget, Targets } from './targets.js';

const KIND_WEIGHTS = {
  /** The explorer's first page (the hubs, as client/src/effects/network.ts asks for it) and the rest. */
  'graph-page': 8,
  'graph-page-rest': 3,
  /** The explorer with a filter set: the filtered network comes whole from /api/graph. */
  'graph-filtered': 3,
  search: 20,
  institution: 14,
  neighbourhood: 10,
  paths: 8,
  agreements: 6,
  agreement: 6,
  stats: 4,
  'named-query': 8,
  console: 6,
  health: 2,
} as const;

export type RequestKind = keyof typeof KIND_WEIGHTS;
export const REQUEST_KINDS = Object.keys(KIND_WEIGHTS) as RequestKind[];

export interface MixRequest {
  kind: RequestKind;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** One connection's order of kinds: each kind as often as its weight, shuffled. */
export function kindSequence(random: Random, kinds: readonly RequestKind[] = REQUEST_KINDS): RequestKind[] {
  const sequence = kinds.flatMap((kind) => Array<RequestKind>(KIND_WEIGHTS[kind]).fill(kind));
  for (let i = sequence.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [sequence[i], sequence[j]] = [sequence[j]!, sequence[i]!];
  }
  return sequence;
}

export function buildRequest(kind: RequestKind, targets: Targets, random: Random): MixRequest {
  const get = (path: string): MixRequest => ({ kind, method: 'GET', path });
  const institution = (): string => random.pick(targets.institutions).id;
  const domain = (): string => random.pick(targets.domains);
  switch (kind) {
    case 'graph-page':
      return get('/api/graph/page?offset=0&size=2000&edgesPerNode=5');
    case 'graph-page-rest':
      return get('/api/graph/page?offset=2000&size=10000&edgesPerNode=5');
    case 'graph-filtered':
      return get(
        random.chance(0.5)
          ? `/api/graph?domain=${domain()}`
          : `/api/graph?domain=${domain()}&country=${random.pick(targets.countries)}`,
      );
    case 'search': {
      const q = encodeURIComponent(random.pick(targets.searchTerms));
      return get(random.chance(0.8) ? `/api/search?q=${q}` : `/api/search?q=${q}&type=institution`);
    }
    case 'institution':
      return get(`/api/institutions/${institution()}`);
    case 'neighbourhood':
      return get(`/api/institutions/${institution()}/neighbourhood?depth=${random.chance(0.8) ? 1 : 2}`);
    case 'paths': {
      const [from, to] = twoAgencies(targets, random);
      const mode = random.chance(0.7) ? '' : '&mode=all-shortest';
      return get(`/api/paths?from=${from}&to=${to}${mode}`);
    }
    case 'agreements':
      return get(agreementList(targets, random));
    case 'agreement':
      return get(`/api/agreements/${random.pick(targets.agreements)}`);
    case 'stats':
      return get(random.chance(0.7) ? '/api/stats' : `/api/stats?domain=${domain()}`);
    case 'named-query':
      return namedQuery(random.pick(targets.namedQueries), targets, random);
    case 'console':
      return { kind, method: 'POST', path: '/api/cypher', body: consoleQuery(targets, random) };
    case 'health':
      return get('/api/health');
  }
}

/** Two different agencies (discoverTargets makes sure there are two). */
function twoAgencies(targets: Targets, random: Random): [string, string] {
  const from = random.pick(targets.agencies);
  let to = random.pick(targets.agencies);
  while (to === from) to = random.pick(targets.agencies);
  return [from, to];
}

function agreementList(targets: Targets, random: Random): string {
  const draw = random.next();
  // The explorer's date bounds: the newest agreement, then the oldest by offset.
  if (draw < 0.3) return '/api/agreements?limit=1';
  if (draw < 0.5) return `/api/agreements?limit=1&offset=${Math.max(0, targets.agreementTotal - 1)}`;
  if (draw < 0.8) return `/api/agreements?party=${random.pick(targets.institutions).id}&limit=50`;
  return `/api/agreements?domain=${random.pick(targets.domains)}&limit=50`;
}

/** A named query with its required parameters filled from the graph, and now and then an optional one. */
function namedQuery(query: NamedQueryTarget, targets: Targets, random: Random): MixRequest {
  const params: Record<string, unknown> = {};
  for (const parameter of query.parameters) {
    if (!parameter.required && !random.chance(0.3)) continue;
    const value = parameterValue(parameter, targets, random);
    if (value !== undefined) params[parameter.name] = value;
  }
  return { kind: 'named-query', method: 'POST', path: `/api/queries/${query.name}`, body: { params } };
}

function parameterValue(
  parameter: NamedQueryTarget['parameters'][number],
  targets: Targets,
  random: Random,
): unknown {
  if (parameter.values) return random.pick(parameter.values);
  switch (parameter.name) {
    case 'institution':
      return random.pick(targets.institutions).id;
    case 'domain':
      return random.pick(targets.domains);
    case 'event':
      return targets.events.length > 0 ? random.pick(targets.events) : undefined;
    case 'limit':
      return random.pick([10, 50, 100]);
    default:
      // Left to its default (a required one the graph cannot fill makes the query a 400, which shows).
      return undefined;
  }
}

/** What an analyst types into the console: reads of one institution, a domain, a path, the schema. */
function consoleQuery(targets: Targets, random: Random): { query: string; params: Record<string, unknown> } {
  const id = random.pick(targets.institutions).id;
  switch (random.int(5)) {
    case 0:
      return {
        query:
          'MATCH (i:Institution {id: $id})-[:PARTY_TO]->(a:Agreement) ' +
          'RETURN i.nameEn AS institution, a.titleEn AS agreement, a.date AS date ORDER BY a.date DESC LIMIT 25',
        params: { id },
      };
    case 1:
      return {
        query:
          'MATCH (i:Institution {id: $id})-[c:COOPERATES_WITH]-(p:Institution) ' +
          'RETURN p.id AS partner, p.nameEn AS name, c.weight AS weight ORDER BY weight DESC LIMIT 20',
        params: { id },
      };
    case 2:
      return {
        query:
          'MATCH (:Domain {id: $domain})<-[:COVERS]-(a:Agreement) ' +
          'RETURN a.status AS status, count(*) AS agreements ORDER BY agreements DESC',
        params: { domain: random.pick(targets.domains) },
      };
    case 3: {
      const [from, to] = twoAgencies(targets, random);
      return {
        query:
          'MATCH p = shortestPath((a:Institution {id: $from})-[:COOPERATES_WITH*..6]-(b:Institution {id: $to})) ' +
          'RETURN p',
        params: { from, to },
      };
    }
    default:
      return { query: 'CALL db.labels() YIELD label RETURN label', params: {} };
  }
}
