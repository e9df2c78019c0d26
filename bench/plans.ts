/**
 * The API's statements under PROFILE on the benchmark graph: for each, the operators with their rows and
 * db hits, the total, the median wall time of five warm runs, and whether any operator scans a whole
 * label, type or index instead of seeking. Written to bench/results/plans.md; bench/query-plans.md reads it.
 */
import neo4j, { type ProfiledPlan } from 'neo4j-driver';

import type { Database } from '../server/db/database.js';
import { luceneQuery } from '../server/services/search/lucene-query.js';
import { median, since } from './stats.js';

export interface PlanOperator {
  depth: number;
  operator: string;
  rows: number;
  dbHits: number;
  details: string;
}

export interface QueryPlan {
  name: string;
  statement: string;
  parameters: string;
  ms: number;
  rows: number;
  dbHits: number;
  scans: string[];
  operators: PlanOperator[];
  error?: string;
}

/** Operators that read every node of a label, every relationship of a type, or a whole index. */
const SCANS =
  /^(AllNodesScan|NodeByLabelScan|NodeIndexScan|UndirectedRelationshipTypeScan|DirectedRelationshipTypeScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|NodeCountFromCountStore|RelationshipCountFromCountStore)/;

/** Count-store reads answer in constant time, and the vocabularies (40 countries, 14 domains) stay small. */
const HARMLESS = /CountFromCountStore|:Country\b|:Domain\b/;

export async function capturePlans(db: Database): Promise<QueryPlan[]> {
  const pick = async (
    query: string,
    parameters: Record<string, unknown> = {},
  ): Promise<Record<string, unknown>> => {
    const { records } = await db.driver.executeQuery(query, parameters, {
      database: db.name,
      routing: 'READ',
    });
    return records[0]?.toObject() ?? {};
  };
  // A typical institution (the median number of agreements), the largest hub, and two ends of a path.
  const median = await pick(
    `MATCH (i:Institution) WITH i, COUNT { (i)-[:PARTY_TO]->() } AS degree ORDER BY degree, i.id
     WITH collect(i) AS ranked
     WITH ranked, ranked[size(ranked) / 2] AS typical, ranked[size(ranked) - 1] AS hub
     RETURN typical.id AS id, typical.acronym AS acronym, hub.id AS hub,
            COUNT { (hub)-[:PARTY_TO]->() } AS hubDegree,
            ranked[size(ranked) / 3].id AS from, ranked[2 * size(ranked) / 3].id AS to`,
  );
  const id = median.id as string;
  const hub = median.hub as string;
  const [agreements, hubAgreements, neighbours] = await Promise.all([
    pick('MATCH (:Institution {id: $id})-[:PARTY_TO]->(a) RETURN collect(a.id) AS ids', { id }),
    pick('MATCH (:Institution {id: $id})-[:PARTY_TO]->(a) RETURN collect(a.id) AS ids', { id: hub }),
    pick(
      `MATCH (:Institution {id: $id})-[:COOPERATES_WITH]-(n) WITH DISTINCT n.id AS id ORDER BY id LIMIT 199
       RETURN collect(id) AS ids`,
      { id },
    ),
  ]);
  const ring = [id, ...(neighbours.ids as string[])];

  const cases: [string, string, Record<string, unknown>, Record<string, string>?][] = [
    ['search "quantum"', 'api/search', { lucene: luceneQuery('quantum'), limit: neo4j.int(30), types: null }],
    ['search "양자"', 'api/search', { lucene: luceneQuery('양자'), limit: neo4j.int(30), types: null }],
    ['institution (median)', 'api/institution', { id, agreementsLimit: neo4j.int(200) }],
    ['agreement-details (median)', 'api/agreement-details', { ids: agreements.ids }],
    [
      `institution (hub, ${String(median.hubDegree)} agreements)`,
      'api/institution',
      { id: hub, agreementsLimit: neo4j.int(200) },
    ],
    ['agreement-details (hub)', 'api/agreement-details', { ids: hubAgreements.ids }],
    ['institution-exists', 'api/institution-exists', { id }],
    [
      'neighbours (one step)',
      'api/neighbours',
      { frontier: [id], seen: [id], domain: null, limit: neo4j.int(199) },
    ],
    ['subgraph (200 institutions)', 'api/subgraph', { ids: ring, domain: null }],
    ['resolve-institution (acronym)', 'api/resolve-institution', { term: median.acronym ?? id }],
    [
      'paths (SHORTEST 1 selector)',
      'api/paths',
      {
        from: median.from,
        to: median.to,
        types: ['PARTY_TO', 'PART_OF', 'AGREED_AT', 'HOLDS', 'CHAIRS'],
        domain: null,
        maxHops: neo4j.int(8),
        limit: neo4j.int(11),
      },
      { selector: 'SHORTEST 1' },
    ],
    [
      'shortest-paths (shortestPath())',
      'api/shortest-paths',
      { from: median.from, to: median.to, limit: neo4j.int(11) },
      { function: 'shortestPath', types: 'PARTY_TO|PART_OF|AGREED_AT|HOLDS|CHAIRS', maxHops: '8' },
    ],
    // Pages of the stored layout (empty unless the layout ran after the import: server/layout/).
    ['network-page-state', 'api/network-page-state', {}],
    ...[0, 50_000].map((offset): [string, string, Record<string, unknown>] => [
      `network-page (10,000 from ${offset.toLocaleString('en')})`,
      'api/network-page',
      { offset: neo4j.int(offset), size: neo4j.int(10_000), edgesPerNode: neo4j.int(5) },
    ]),
  ];

  const plans: QueryPlan[] = [];
  for (const [name, statement, parameters, slots] of cases) {
    plans.push(await profile(db, name, statement, parameters, slots));
  }
  return plans;
}

async function profile(
  db: Database,
  name: string,
  statement: string,
  parameters: Record<string, unknown>,
  slots?: Record<string, string>,
): Promise<QueryPlan> {
  const text = db.cypher.get(statement, slots);
  const shown = JSON.stringify(parameters, (_key, value: unknown) =>
    neo4j.isInt(value)
      ? value.toNumber()
      : Array.isArray(value) && value.length > 3
        ? `[${value.length} ids]`
        : value,
  );
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(text, parameters); // Warm: plan cached, pages in memory.
    const runs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      await session.run(text, parameters);
      runs.push(since(started));
    }
    const ms = median(runs);
    const result = await session.run(`PROFILE ${text}`, parameters);
    const operators: PlanOperator[] = [];
    const walk = (plan: ProfiledPlan, depth: number): void => {
      operators.push({
        depth,
        operator: plan.operatorType.replace(/@neo4j$/, ''),
        rows: plan.rows,
        dbHits: plan.dbHits,
        details: String(plan.arguments.Details ?? '').slice(0, 100),
      });
      plan.children.forEach((child) => walk(child, depth + 1));
    };
    walk(result.summary.profile as ProfiledPlan, 0);
    return {
      name,
      statement,
      parameters: shown,
      ms: Math.round(ms * 100) / 100,
      rows: result.records.length,
      dbHits: operators.reduce((sum, op) => sum + op.dbHits, 0),
      scans: operators
        .filter((op) => SCANS.test(op.operator) && !HARMLESS.test(`${op.operator} ${op.details}`))
        .map((op) => `${op.operator} ${op.details} (${op.rows} rows)`),
      operators,
    };
  } catch (error) {
    return {
      name,
      statement,
      parameters: shown,
      ms: Number.NaN,
      rows: 0,
      dbHits: 0,
      scans: [],
      operators: [],
      error: (error as Error).message.split('\n')[0],
    };
  } finally {
    await session.close();
  }
}
