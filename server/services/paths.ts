/**
 * How two institutions are linked: shortest paths through the knowledge graph, each hop explained in
 * words and data (the agreement with its kind, domains and a quote; the parent relation; the shared
 * event; the post a person holds). `from` and `to` may be ids, acronyms or names.
 */
import neo4j from 'neo4j-driver';

import type {
  PathHop,
  PathMode,
  PathNode,
  PathProblemBody,
  PathQuery,
  PathsAnswer,
} from '../../contract/explore.js';
import type { Problem } from '../../contract/problem.js';
import type { PATH_LINKS } from '../../contract/vocabulary.js';
import type { AgreementSummary, InstitutionRef } from '../../contract/graph.js';
import type { Database, ReadStep } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { agreementDetails } from './agreements.js';
import { checkVocabulary } from './network.js';

export type PathLink = (typeof PATH_LINKS)[number];

/** Relationship types each kind of link may use; the only source of the types the query walks. */
const LINK_TYPES: Record<PathLink, string[]> = {
  agreement: ['PARTY_TO'],
  parent: ['PART_OF'],
  // Two agreements decided at the same event: reaching them needs PARTY_TO too.
  event: ['PARTY_TO', 'AGREED_AT'],
  person: ['HOLDS', 'CHAIRS'],
};

/**
 * Without a domain restriction, the bidirectional shortestPath()/allShortestPaths() answer the two
 * shortest modes; on graphs with hubs party to thousands of agreements the SHORTEST selector exhausts a
 * transaction's memory where these take milliseconds (bench/results/latest.md).
 */
const SHORTEST_FUNCTIONS: Record<Exclude<PathMode, 'k'>, string> = {
  shortest: 'shortestPath',
  'all-shortest': 'allShortestPaths',
};

/** Path selectors cannot be parameters; these are the only texts the query's slot can take. */
const SELECTORS: Record<PathMode, string> = {
  shortest: 'SHORTEST 1',
  'all-shortest': 'ALL SHORTEST',
  k: 'SHORTEST 10',
};

interface RawNode {
  id: string;
  label: 'Institution' | 'Agreement' | 'Event' | 'Person';
  nameEn: string | null;
  nameKo: string | null;
  acronym: string | null;
  titleEn: string | null;
  titleKo: string | null;
  name: string | null;
  date: string | null;
}

interface RawRelationship {
  type: PathHop['relation'];
  start: string;
  end: string;
  role: string | null;
  titleEn: string | null;
  titleKo: string | null;
  sourceId: string | null;
  quoteKo: string | null;
}

export async function findPaths(db: Database, query: PathQuery): Promise<PathsAnswer> {
  await checkVocabulary(db, query);
  const types = [...new Set(query.via.flatMap((link) => LINK_TYPES[link]))];
  return db.readTransaction(async (run) => {
    const from = await resolveInstitution(run, 'from', query.from);
    const to = await resolveInstitution(run, 'to', query.to);
    const base = { from, to, mode: query.mode, truncated: false };
    if (from.id === to.id) return { ...base, paths: [], reason: 'from and to name the same institution.' };

    const limit = query.mode === 'k' ? Math.min(query.k, query.limit) : query.limit;
    const ends = { from: from.id, to: to.id, limit: neo4j.int(limit + 1) };
    const rows =
      query.mode !== 'k' && query.domain === undefined && query.asOf === undefined
        ? await run('api/shortest-paths', ends, {
            function: SHORTEST_FUNCTIONS[query.mode],
            types: types.join('|'),
            maxHops: String(query.maxHops),
          })
        : await run(
            'api/paths',
            {
              ...ends,
              types,
              domain: query.domain ?? null,
              asOf: query.asOf ?? null,
              maxHops: neo4j.int(query.maxHops),
            },
            { selector: SELECTORS[query.mode] },
          );
    if (rows.length === 0) return { ...base, paths: [], reason: noPathReason(query) };

    const raw = rows.slice(0, limit) as unknown as { nodes: RawNode[]; relationships: RawRelationship[] }[];
    const agreementIds = [
      ...new Set(raw.flatMap((p) => p.nodes.filter((n) => n.label === 'Agreement').map((n) => n.id))),
    ];
    const agreements = new Map(
      (await agreementDetails(run, agreementIds, query.asOf ?? null)).map((a) => [a.id, a]),
    );
    return {
      ...base,
      truncated: rows.length > limit,
      paths: raw.map(({ nodes, relationships }) => {
        const byId = new Map(nodes.map((node) => [node.id, node]));
        return {
          length: relationships.length,
          nodes: nodes.map(toPathNode),
          hops: relationships.map((relationship) => explainHop(relationship, byId, agreements)),
        };
      }),
    };
  });
}

/**
 * An id, else the one institution whose acronym, name or alias equals the term (case aside); none is a
 * 404 and several a 400 that lists them, both naming the end so a client can ask which was meant.
 */
async function resolveInstitution(run: ReadStep, end: 'from' | 'to', term: string): Promise<InstitutionRef> {
  const rows = (await run('api/resolve-institution', { term })) as {
    institution: InstitutionRef;
    rank: number;
  }[];
  const best = rows.filter((row) => row.rank === rows[0]?.rank).map((row) => row.institution);
  if (best.length === 1) return best[0]!;
  if (best.length === 0) {
    throw new PathProblem(
      404,
      'Not found',
      `${end}: no institution has the id, acronym or name "${term}".`,
      end,
      [{ parameter: end, message: `no institution matches "${term}"; try GET /api/search?q=…` }],
    );
  }
  const candidates = best.map((i) => `${i.id} (${i.acronym ?? i.nameEn})`).join(', ');
  throw new PathProblem(
    400,
    'Invalid request',
    `${end}: "${term}" names several institutions: ${candidates}`,
    end,
    [{ parameter: end, message: `ambiguous; use one of the ids ${best.map((i) => i.id).join(', ')}` }],
    best,
  );
}

class PathProblem extends HttpProblem {
  override name = 'PathProblem';

  constructor(
    status: number,
    title: string,
    detail: string,
    readonly end: 'from' | 'to',
    errors: Problem['errors'],
    readonly candidates?: InstitutionRef[],
  ) {
    super(status, title, detail, errors);
  }

  override body(): PathProblemBody {
    return { ...super.body(), end: this.end, ...(this.candidates ? { candidates: this.candidates } : {}) };
  }
}

function noPathReason(query: PathQuery): string {
  const restrictions = [
    `links through ${query.via.join(', ')}`,
    `at most ${query.maxHops} hops`,
    ...(query.domain ? [`agreements covering ${query.domain}`] : []),
    ...(query.asOf ? [`agreements known by ${query.asOf}`] : []),
  ];
  const unasked = (['event', 'person'] as const).filter((link) => !query.via.includes(link));
  const hint =
    unasked.length > 0
      ? ` Shared events and people count as links only when asked for (via=${[...query.via, ...unasked].join(',')}).`
      : '';
  return `No path links the two institutions with ${restrictions.join(' and ')}.${hint}`;
}

function toPathNode(node: RawNode): PathNode {
  const type = node.label.toLowerCase() as PathNode['type'];
  return {
    id: node.id,
    type,
    nameEn: nameOf(node),
    nameKo: node.nameKo ?? node.titleKo,
  };
}

function nameOf(node: RawNode): string {
  if (node.label === 'Institution') return node.acronym ?? node.nameEn ?? node.id;
  return node.titleEn ?? node.nameEn ?? node.name ?? node.id;
}

function explainHop(
  relationship: RawRelationship,
  nodes: Map<string, RawNode>,
  agreements: Map<string, AgreementSummary>,
): PathHop {
  const start = nodes.get(relationship.start)!;
  const end = nodes.get(relationship.end)!;
  const hop = { from: start.id, to: end.id, relation: relationship.type };
  switch (relationship.type) {
    case 'PARTY_TO': {
      const agreement = agreements.get(end.id)!;
      const quote = agreement.evidence[0];
      return {
        ...hop,
        text:
          `${nameOf(start)} is ${relationship.role === 'party' ? 'a party' : `the ${relationship.role}`} to ` +
          `"${agreement.titleEn}" (${agreement.kind}; ${agreement.domains.join(', ')}; ${agreement.status}).`,
        agreement: {
          id: agreement.id,
          titleEn: agreement.titleEn,
          kind: agreement.kind,
          domains: agreement.domains,
          role: relationship.role,
          quoteKo: quote?.quoteKo ?? null,
          quoteEn: quote?.quoteEn ?? null,
        },
      };
    }
    case 'AGREED_AT':
      return {
        ...hop,
        text: `"${nameOf(start)}" was agreed at ${nameOf(end)}${end.date ? ` (${end.date})` : ''}.`,
        event: { id: end.id, name: nameOf(end), date: end.date },
      };
    case 'PART_OF':
      return {
        ...hop,
        text: `${nameOf(start)} is part of ${nameOf(end)}.`,
        parent: { sourceId: relationship.sourceId, quoteKo: relationship.quoteKo },
      };
    case 'HOLDS':
      return {
        ...hop,
        text: `${nameOf(start)} holds the post of ${relationship.titleEn ?? 'an official'} at ${nameOf(end)}.`,
        post: { titleEn: relationship.titleEn, titleKo: relationship.titleKo },
      };
    case 'CHAIRS':
      return { ...hop, text: `${nameOf(start)} chairs ${nameOf(end)}.` };
  }
}
