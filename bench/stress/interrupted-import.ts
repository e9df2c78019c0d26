/**
 * Interrupted import: `npm run seed -- <new data>` (a generated data set whose ids are all new, so it adds
 * to the base) runs against the app's Neo4j and is killed with SIGKILL, the whole process group, in its
 * write phase — once its progress says agreements are being written, before the last. Then, with
 * read-only Cypher, the agreements whose parties lack the COOPERATES_WITH edge naming them are counted
 * (the condition of cypher/import/bulk/agreement-state.cypher), and the graph is watched for
 * `--heal-seconds` without anyone acting: does `/api/graph/page` answer 200 again, do those agreements get
 * their edges? Target: none without its edges, and the explorer's page back, within that time.
 */
import path from 'node:path';

import type { Driver } from 'neo4j-driver';

import { cachedDataFile, type DataFileInfo } from './base.js';
import { request } from './http.js';
import { instanceDriver, readRows } from './instance.js';
import { sleep } from './log.js';
import { killGroup, waitUntilGone } from './processes.js';
import { check, type Outcome, type ScenarioContext } from './scenario.js';
import { runSeed, type SeedProgress } from './seed.js';

export interface HealSample {
  /** Seconds after the kill. */
  t: number;
  page: string;
  withoutEdges: number;
}

export interface ImportFigures {
  file: string;
  institutions: number;
  agreements: number;
  /** The last progress line before the kill. */
  killedAt: { phase: string; done: number; total: number; seconds: number } | null;
  joinedAppsNeo4j: boolean;
  /** Agreements of the whole graph without their edges before the import (the base: 0). */
  withoutEdgesBefore: number;
  afterKill: GraphState;
  afterHealing: GraphState;
  /** Seconds after the kill of the first 200 of /api/graph/page, or null. */
  pageBackAfterS: number | null;
  samples: HealSample[];
}

interface GraphState {
  newInstitutions: number;
  newAgreements: number;
  /** In the whole graph. */
  withoutEdges: number;
  layout: string;
}

const PREFIX = 'new-';
const IMPORT_TIMEOUT_MS = 10 * 60_000;
const SAMPLE_EVERY_MS = 5_000;

/**
 * Agreements some pair of whose parties has no COOPERATES_WITH edge naming it (the condition of
 * agreement-state.cypher), all of them or those whose id starts with $prefix (the new data: an index
 * range, quick enough to ask every few seconds).
 */
const WITHOUT_EDGES = `
MATCH (a:Agreement)
WHERE a.id STARTS WITH $prefix AND EXISTS {
  MATCH (a)<-[:PARTY_TO]-(i:Institution), (a)<-[:PARTY_TO]-(j:Institution)
  WHERE i.id < j.id AND NOT EXISTS { (i)-[c:COOPERATES_WITH]->(j) WHERE a.id IN c.agreementIds }
}
RETURN count(a) AS count`;

export async function importScenario(context: ScenarioContext): Promise<Outcome<ImportFigures>> {
  const { options, log } = context;
  const data = await cachedDataFile(options.importInstitutions, options.seed, PREFIX, log);
  const app = await context.startApp('info');
  const counts = data.counts.nodes;
  // The importer writes every other collection before the agreements (server/import/bulk/writers.ts).
  const beforeAgreements =
    counts.Country + counts.Domain + counts.Source + counts.Institution + counts.Event + counts.Person;

  const driver = instanceDriver();
  try {
    const withoutEdgesBefore = await withoutEdges(driver, '');
    log(`before: ${withoutEdgesBefore} agreements without their edges`);
    const killed = await importAndKill(context, data.file, beforeAgreements);
    return await watch(context, app.url, driver, { data, killed, withoutEdgesBefore });
  } finally {
    await driver.close();
  }
}

/** Runs `npm run seed` and kills its process group at the first progress line past `beforeAgreements`. */
async function importAndKill(
  { log, processes }: ScenarioContext,
  file: string,
  beforeAgreements: number,
): Promise<{ killedAt: ImportFigures['killedAt']; joined: boolean }> {
  log(`npm run seed -- ${path.basename(file)}; killing it once it writes agreements…`);
  let last: SeedProgress | null = null;
  let killed: ImportFigures['killedAt'] = null;
  const started = Date.now();
  const seed = runSeed({
    file,
    processes,
    name: 'interrupted-import',
    onProgress(progress) {
      if (progress.phase === 'other') return;
      log(`  seed: ${progress.text}`);
      last = progress;
      const { done = 0, total = Number.POSITIVE_INFINITY } = progress;
      if (killed === null && progress.phase === 'write' && done > beforeAgreements && done < total) {
        killGroup(seed.child);
        killed = { phase: progress.phase, done, total, seconds: (Date.now() - started) / 1000 };
        log(
          `  SIGKILL to npm run seed's process group at ${done.toLocaleString('en')} / ${total.toLocaleString('en')} records`,
        );
      }
    },
  });
  const timer = setTimeout(() => killGroup(seed.child), IMPORT_TIMEOUT_MS);
  await seed.exited;
  clearTimeout(timer);
  // The whole group: npm, its shell, tsx and the importer's node.
  if (seed.child.pid !== undefined) await waitUntilGone(-seed.child.pid, 5_000);
  if (killed === null) {
    log(
      `the import ended before it could be caught writing agreements (last: ${(last as SeedProgress | null)?.text ?? 'nothing'})`,
    );
  }
  return { killedAt: killed, joined: seed.joined() };
}

/** Samples the page and the new agreements every few seconds until both are healed or time is up. */
async function watch(
  { options, log }: ScenarioContext,
  url: string,
  driver: Driver,
  run: { data: DataFileInfo; killed: Awaited<ReturnType<typeof importAndKill>>; withoutEdgesBefore: number },
): Promise<Outcome<ImportFigures>> {
  const afterKill = await graphState(driver);
  log(`after the kill: ${describe(afterKill)}`);
  const samples: HealSample[] = [];
  const killedAt = Date.now();
  let pageBack: number | null = null;
  while (Date.now() - killedAt < options.healSeconds * 1000) {
    await sleep(SAMPLE_EVERY_MS);
    const page = await request(url, '/api/graph/page?offset=0&size=2000&edgesPerNode=5');
    const missing = await withoutEdges(driver, PREFIX);
    const t = Math.round((Date.now() - killedAt) / 1000);
    const label =
      page.status === 503 && page.headers['retry-after']
        ? '503+Retry-After'
        : String(page.status || page.error);
    samples.push({ t, page: label, withoutEdges: missing });
    if (page.status === 200) pageBack ??= t;
    if (samples.length % 6 === 1 || page.status === 200) {
      log(`  +${t} s: /api/graph/page ${label}; ${missing} new agreements without their edges`);
    }
    if (pageBack !== null && missing === 0) break;
  }
  const afterHealing = await graphState(driver);
  const counts = run.data.counts.nodes;
  const figures: ImportFigures = {
    file: path.basename(run.data.file),
    institutions: counts.Institution,
    agreements: counts.Agreement,
    killedAt: run.killed.killedAt,
    joinedAppsNeo4j: run.killed.joined,
    withoutEdgesBefore: run.withoutEdgesBefore,
    afterKill,
    afterHealing,
    pageBackAfterS: pageBack,
    samples,
  };
  return { figures, checks: checks(figures, options.healSeconds) };
}

async function withoutEdges(driver: Driver, prefix: string): Promise<number> {
  const [row] = await readRows(driver, WITHOUT_EDGES, { prefix });
  return Number(row?.count);
}

async function graphState(driver: Driver): Promise<GraphState> {
  const [row] = await readRows(
    driver,
    `MATCH (i:Institution) WHERE i.id STARTS WITH $prefix WITH count(i) AS institutions
     MATCH (a:Agreement) WHERE a.id STARTS WITH $prefix WITH institutions, count(a) AS agreements
     OPTIONAL MATCH (l:Layout {id: 'cooperation'})
     RETURN institutions, agreements, l.status AS status, l.institutions AS placed`,
    { prefix: PREFIX },
  );
  const [all] = await readRows(driver, 'MATCH (i:Institution) RETURN count(i) AS count');
  return {
    newInstitutions: Number(row?.institutions),
    newAgreements: Number(row?.agreements),
    withoutEdges: await withoutEdges(driver, ''),
    layout: `${String(row?.status)}, ${String(row?.placed)} of ${String(all?.count)} institutions placed`,
  };
}

function checks(f: ImportFigures, healSeconds: number) {
  return [
    check(
      'killed in the write phase',
      'SIGKILL while agreements are written',
      f.killedAt
        ? `at ${f.killedAt.done.toLocaleString('en')} / ${f.killedAt.total.toLocaleString('en')} records, ${f.killedAt.seconds.toFixed(1)} s in; ${f.afterKill.newAgreements} of ${f.agreements} new agreements written`
        : 'not caught: the import finished writing first',
      f.killedAt !== null,
    ),
    check(
      'agreements without their edges, after healing',
      `0 within ${healSeconds} s`,
      `${f.withoutEdgesBefore} before the import, ${f.afterKill.withoutEdges} right after the kill, ${f.afterHealing.withoutEdges} at the end`,
      f.afterHealing.withoutEdges === 0,
    ),
    check(
      '/api/graph/page back by itself',
      `200 within ${healSeconds} s`,
      f.pageBackAfterS === null
        ? `never (${[...new Set(f.samples.map((s) => s.page))].join(', ')}); layout ${f.afterHealing.layout}`
        : `after ${f.pageBackAfterS} s`,
      f.pageBackAfterS !== null,
    ),
  ];
}

function describe(state: GraphState): string {
  return (
    `${state.newInstitutions} new institutions, ${state.newAgreements} new agreements, ` +
    `${state.withoutEdges} agreements without their edges; layout ${state.layout}`
  );
}
