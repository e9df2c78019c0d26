/**
 * Statistics of the graph: label counts and breakdowns from Neo4j, and per-institution metrics computed
 * with graphology on the (filtered) cooperation network that /api/graph draws, so the numbers describe
 * exactly the network the user sees.
 *
 * Why graphology and not Neo4j: Neo4j Community has no graph algorithms without the GDS plugin, which
 * the project's locked-down Neo4j does not load, and at this size it is cheap: on the seed graph (26
 * institutions, 28 cooperation edges) degree, betweenness and Louvain take 0.3–0.6 ms in a request (0.13 ms
 * warm), against 20–60 ms for loading the network and 30–100 ms for the breakdowns from Neo4j. The cost is
 * Brandes' betweenness, O(n·m) on the event loop (Louvain stays cheap): on random graphs with five edges
 * per node it took 0.9 s for 2,000 institutions, 5 s for 5,000 and 24 s for 10,000, blocking every other
 * request meanwhile. Before the graph grows that far, move it to GDS (`gds.betweenness.stream` with
 * `samplingSize`, `gds.louvain.stream`) on a server that allows it, or to a worker thread with the result
 * cached per import.
 */
import { performance } from 'node:perf_hooks';

import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

import type { NetworkGraph } from '../contract/graph.js';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementStatus,
} from '../contract/vocabulary.js';
import type { Database } from '../db/database.js';
import type { NetworkFilters } from '../routes/parameters.js';
import type { Stats } from '../routes/stats.js';
import { loadNetwork } from './network.js';

/** The largest network /api/graph serves; metrics of a network cut at this size are flagged. */
const NETWORK_LIMIT = 50_000;

/** Louvain moves nodes in random order: a fixed seed gives the same communities on every call. */
const LOUVAIN_SEED = 0x5eed;

export interface InstitutionMetrics {
  degree: number;
  betweenness: number;
  /** Null for an institution without cooperation edges (Louvain would give it a community of its own). */
  community: number | null;
}

export interface NetworkMetrics {
  byInstitution: Map<string, InstitutionMetrics>;
  communities: number;
  modularity: number | null;
}

/** Milliseconds per step, for the `Server-Timing` header. */
export type StatsTiming = Record<'network' | 'metrics' | 'breakdown', number>;

interface BreakdownRow {
  agreementsPerDomain: Stats['agreementsPerDomain'];
  agreementsPerStatus: { status: AgreementStatus; count: number }[];
  agreementsPerKind: { kind: AgreementKind; count: number }[];
  institutionsPerCountry: Stats['institutionsPerCountry'];
  institutionsWithoutCountry: number;
  agreementsPerInstitution: { id: string; agreements: number }[];
}

export async function loadStats(
  db: Database,
  filters: NetworkFilters,
  limit: number,
): Promise<{ stats: Stats; timing: StatsTiming }> {
  const started = performance.now();
  // Also rejects unknown domains and countries with a 400, before any other work.
  const network = await loadNetwork(db, filters, NETWORK_LIMIT);
  const loaded = performance.now();
  const metrics = cooperationMetrics(network);
  const computed = performance.now();

  const ranked = network.nodes
    .map(({ key, attributes: { nameEn, nameKo, acronym, kind, country } }) => ({
      id: key,
      nameEn,
      nameKo,
      acronym,
      kind,
      country,
      ...metrics.byInstitution.get(key)!,
    }))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || compareIds(a.id, b.id));
  const listed = ranked.slice(0, limit);

  // Unfiltered, the view is the whole graph, agreements without a second party included; filtered, it is
  // what the filtered network links: the agreements behind its edges and the institutions it holds.
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const cooperation = network.edges.filter((edge) => edge.attributes.relation === 'cooperation');
  const viewAgreements = filtered
    ? [...new Set(cooperation.flatMap((edge) => edge.attributes.agreementIds))]
    : null;
  const { counts, breakdown } = await db.readTransaction(async (run) => ({
    counts: (await run('api/stats-counts'))[0] as Stats['counts'],
    breakdown: (
      await run('api/stats-breakdown', {
        agreementIds: viewAgreements,
        institutionIds: filtered ? network.nodes.map((node) => node.key) : null,
        listed: listed.map((institution) => institution.id),
      })
    )[0] as unknown as BreakdownRow,
  }));
  const done = performance.now();

  const agreementsOf = new Map(breakdown.agreementsPerInstitution.map((row) => [row.id, row.agreements]));
  const statusCounts = new Map(breakdown.agreementsPerStatus.map((row) => [row.status, row.count]));
  const kindCounts = new Map(breakdown.agreementsPerKind.map((row) => [row.kind, row.count]));
  const stats: Stats = {
    counts,
    view: {
      filtered,
      institutions: network.nodes.length,
      cooperationEdges: cooperation.length,
      agreements: viewAgreements?.length ?? counts.agreements,
      communities: metrics.communities,
      modularity: metrics.modularity,
      truncated: network.attributes.truncated ?? false,
    },
    // Fields in a fixed order: Neo4j's maps have none.
    agreementsPerDomain: breakdown.agreementsPerDomain.map(({ id, nameEn, nameKo, count }) => ({
      id,
      nameEn,
      nameKo,
      count,
    })),
    // Every value of the closed vocabularies, in their order, so that a filtered answer has the same rows.
    agreementsPerStatus: AGREEMENT_STATUSES.map((status) => ({
      status,
      count: statusCounts.get(status) ?? 0,
    })),
    agreementsPerKind: AGREEMENT_KINDS.map((kind) => ({ kind, count: kindCounts.get(kind) ?? 0 })),
    institutionsPerCountry: breakdown.institutionsPerCountry.map(({ code, nameEn, nameKo, count }) => ({
      code,
      nameEn,
      nameKo,
      count,
    })),
    institutionsWithoutCountry: breakdown.institutionsWithoutCountry,
    institutions: listed.map(({ degree, betweenness, community, ...institution }) => ({
      ...institution,
      degree,
      agreements: agreementsOf.get(institution.id) ?? 0,
      betweenness,
      community,
    })),
    truncated: ranked.length > limit,
  };
  return {
    stats,
    timing: { network: loaded - started, metrics: computed - loaded, breakdown: done - computed },
  };
}

/**
 * Degree, betweenness and Louvain community of every institution over the cooperation edges (parent
 * links are drawn, but they are not cooperation).
 */
export function cooperationMetrics(network: NetworkGraph): NetworkMetrics {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of network.nodes) graph.addNode(node.key);
  for (const { source, target, attributes } of network.edges) {
    if (attributes.relation === 'cooperation') graph.mergeEdge(source, target, { weight: attributes.weight });
  }

  // Hops, not weights: `weight` counts shared agreements, a strength; as a distance it would make the
  // strongest ties the longest paths. graphology-metrics throws on a graph without nodes (a filter can
  // leave one), and Louvain has nothing to group without edges.
  const betweenness =
    graph.order === 0 ? {} : betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const louvainResult =
    graph.size === 0
      ? null
      : louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  const community = renumberCommunities(graph, louvainResult?.communities ?? {});

  const byInstitution = new Map<string, InstitutionMetrics>();
  graph.forEachNode((node) => {
    byInstitution.set(node, {
      degree: graph.degree(node),
      betweenness: roundScore(betweenness[node] ?? 0),
      community: community.get(node) ?? null,
    });
  });
  return {
    byInstitution,
    communities: new Set(community.values()).size,
    modularity: louvainResult ? louvainResult.modularity : null,
  };
}

/**
 * Louvain's community numbers depend on its internal order; these are numbered by size, largest first,
 * ties broken by their first member's id, and institutions without edges are left out.
 */
function renumberCommunities(graph: UndirectedGraph, raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const id = raw[node];
    if (id === undefined || graph.degree(node) === 0) return;
    const community = members.get(id);
    if (community) community.push(node);
    else members.set(id, [node]);
  });
  const ordered = [...members.values()]
    .map((nodes) => nodes.sort(compareIds))
    .sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  return new Map(ordered.flatMap((nodes, index) => nodes.map((node) => [node, index] as const)));
}

/** By code unit, not locale: the order must not depend on the server's language settings. */
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Equal scores reached along different floating-point paths compare equal, so ties fall to degree. */
const roundScore = (score: number): number => Number(score.toPrecision(12));

/** mulberry32: a small, fast PRNG; good enough to shuffle Louvain's visiting order reproducibly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
