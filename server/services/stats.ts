/**
 * Statistics of the graph: label counts and breakdowns from Neo4j, and per-institution metrics
 * (metrics/cooperation-metrics.ts) computed on the (filtered) cooperation network that /api/graph draws,
 * so the numbers describe exactly the network the user sees. Metrics of large networks take seconds, off
 * the event loop; they are kept per filters until the graph changes.
 */
import { performance } from 'node:perf_hooks';

import neo4j from 'neo4j-driver';

import type { NetworkGraph } from '../../contract/graph.js';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementStatus,
} from '../../contract/vocabulary.js';
import type { Database } from '../db/database.js';
import { readGraphVersion } from '../db/graph-version.js';
import type { NetworkFilters } from '../../contract/parameters.js';
import type { Stats } from '../../contract/stats.js';
import { compareIds, type MetricsInput, type MetricsOutput } from './metrics/cooperation-metrics.js';
import { computeMetrics } from './metrics/metrics-thread.js';
import { checkVocabulary, filterParameters, type NetworkRow, toNetworkGraph } from './network.js';

/** The largest network /api/graph serves; metrics of a network cut at this size are flagged. */
const NETWORK_LIMIT = 50_000;

/** Views whose network and metrics are kept: the whole graph and the last few filter combinations. */
const KEPT_VIEWS = 4;

interface View {
  network: NetworkGraph;
  metrics: MetricsOutput;
}

/** Per database: filters and graph version → the view, shared by concurrent requests while it loads. */
const views = new WeakMap<Database, Map<string, Promise<View>>>();

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
  const { network, metrics, timing: viewTiming } = await loadView(db, filters);
  const computed = performance.now();

  const ranked = network.nodes
    .map(({ key, attributes: { nameEn, nameKo, acronym, kind, country } }, index) => ({
      id: key,
      nameEn,
      nameKo,
      acronym,
      kind,
      country,
      degree: metrics.degree[index]!,
      betweenness: metrics.betweenness[index]!,
      community: metrics.community[index]! < 0 ? null : metrics.community[index]!,
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
        asOf: filters.asOf ?? null,
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
      betweennessSources: metrics.betweennessSources,
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
    timing: { ...(viewTiming ?? { network: 0, metrics: computed - started }), breakdown: done - computed },
  };
}

/**
 * The network of the view and its metrics, from the kept views when the graph has not changed since
 * (db/graph-version.ts: bumped by every import and layout). Timing is null when the view was kept.
 */
async function loadView(
  db: Database,
  filters: NetworkFilters,
): Promise<View & { timing: Pick<StatsTiming, 'network' | 'metrics'> | null }> {
  const key = JSON.stringify([await readGraphVersion(db), filters]);
  let kept = views.get(db);
  if (kept === undefined) views.set(db, (kept = new Map<string, Promise<View>>()));
  const cached = kept.get(key);
  if (cached !== undefined) {
    // Most recently used last, so the first key is the one to forget.
    kept.delete(key);
    kept.set(key, cached);
    return { ...(await cached), timing: null };
  }
  let timing: Pick<StatsTiming, 'network' | 'metrics'> | null = null;
  const loading = (async (): Promise<View> => {
    const started = performance.now();
    const filtered = Object.values(filters).some((value) => value !== undefined);
    // Also rejects unknown domains and countries with a 400, before any other work.
    const network = filtered
      ? await filteredNetwork(db, filters, NETWORK_LIMIT)
      : await wholeNetwork(db, NETWORK_LIMIT);
    const loaded = performance.now();
    const metrics = await computeMetrics(metricsInput(network));
    timing = { network: loaded - started, metrics: performance.now() - loaded };
    return { network, metrics };
  })();
  kept.set(key, loading);
  // A failed load is not kept: the next request tries again.
  loading.catch(() => kept.delete(key));
  if (kept.size > KEPT_VIEWS) kept.delete(kept.keys().next().value!);
  const view = await loading;
  return { ...view, timing };
}

/**
 * The unfiltered network for the metrics: institutions and cooperation edges row by row, without the
 * agreement lists /api/graph draws with (the whole view's agreements are counted by the breakdown), so
 * that 50,000 of each stay within the transaction memory cap.
 */
async function wholeNetwork(db: Database, limit: number): Promise<NetworkGraph> {
  const rows = await db.readTransaction(async (run) => ({
    institutions: await run('api/stats-institutions', { limit: neo4j.int(limit) }),
    cooperation: await run('api/stats-cooperation', { limit: neo4j.int(limit) }),
  }));
  return toNetworkGraph(
    {
      institutions: rows.institutions as unknown as NetworkRow['institutions'],
      cooperation: (rows.cooperation as unknown as { source: string; target: string; weight: number }[]).map(
        (edge) => ({ ...edge, agreementIds: [], domains: [] }),
      ),
      partOf: [],
      countries: [],
      domains: [],
    },
    limit,
  );
}

/**
 * The filtered network for the metrics and the breakdown: cooperating pairs row by row with the ids of
 * their agreements (the view's agreements), then the institutions they link — what api/network-filtered
 * draws, without the one-row collection that passes the transaction memory cap at this limit.
 */
async function filteredNetwork(db: Database, filters: NetworkFilters, limit: number): Promise<NetworkGraph> {
  await checkVocabulary(db, filters);
  const rows = await db.readTransaction(async (run) => {
    const cooperation = (await run('api/stats-filtered-cooperation', {
      ...filterParameters(filters),
      limit: neo4j.int(limit),
    })) as unknown as Omit<NetworkRow['cooperation'][number], 'domains'>[];
    const linked = new Set(cooperation.slice(0, limit).flatMap((edge) => [edge.source, edge.target]));
    const institutions = await run('api/stats-institutions-by-id', { ids: [...linked] });
    return { cooperation, institutions: institutions as unknown as NetworkRow['institutions'] };
  });
  const graph = toNetworkGraph(
    {
      institutions: rows.institutions,
      cooperation: rows.cooperation.map((edge) => ({ ...edge, domains: [] })),
      partOf: [],
      countries: [],
      domains: [],
    },
    limit,
  );
  // The institutions were read for the pairs kept, so only the pairs can have been cut.
  graph.attributes.truncated = rows.cooperation.length > limit;
  return graph;
}

/** The cooperation edges as index columns, the form the metrics take (and a worker receives cheaply). */
function metricsInput(network: NetworkGraph): MetricsInput {
  const index = new Map(network.nodes.map((node, i) => [node.key, i]));
  const cooperation = network.edges.filter((edge) => edge.attributes.relation === 'cooperation');
  const input: MetricsInput = {
    ids: network.nodes.map((node) => node.key),
    sources: new Uint32Array(cooperation.length),
    targets: new Uint32Array(cooperation.length),
    weights: new Float64Array(cooperation.length),
  };
  cooperation.forEach(({ source, target, attributes }, i) => {
    input.sources[i] = index.get(source)!;
    input.targets[i] = index.get(target)!;
    input.weights[i] = attributes.weight;
  });
  return input;
}
