/**
 * One page of the network in the stored layout's order (server/layout/), shaped into the NetworkPage
 * columns. The page and the layout's state are read in one transaction, so a page never mixes two
 * layouts. While the layout is being rewritten, or when institutions have been added or removed since it
 * was computed (an import whose layout has not run yet), the page is refused with a 503 rather than
 * served without those institutions: the layout runs after every import, so this lasts a moment.
 */
import neo4j from 'neo4j-driver';

import type { NetworkPage, NetworkPageQuery } from '../../contract/network-page.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';

interface PageState {
  version: string | null;
  status: 'writing' | 'ready' | null;
  placed: number | null;
  total: number;
  countries: NetworkPage['countries'];
  domains: NetworkPage['domains'];
}

interface PageRow {
  rank: number;
  id: string;
  nameEn: string;
  nameKo: string;
  acronym: string | null;
  kind: NetworkPage['institutions']['kind'][number];
  country: string | null;
  x: number;
  y: number;
  partners: number;
  linkRanks: number[];
  linkWeights: number[];
  parentRanks: number[];
  childRanks: number[];
}

/** Seconds a client should wait before asking again while the layout is not ready. */
export const LAYOUT_RETRY_SECONDS = 5;

export class LayoutNotReadyProblem extends HttpProblem {
  constructor(detail: string) {
    super(503, 'Layout not ready', detail, undefined, LAYOUT_RETRY_SECONDS);
  }
}

export async function loadNetworkPage(db: Database, query: NetworkPageQuery): Promise<NetworkPage> {
  const { state, rows } = await db.readTransaction(async (run) => {
    const [state] = (await run('api/network-page-state')) as unknown as [PageState];
    if (state.status !== 'ready' || state.placed !== state.total) return { state, rows: null };
    const rows = await run('api/network-page', {
      offset: neo4j.int(query.offset),
      size: neo4j.int(query.size),
      edgesPerNode: neo4j.int(query.edgesPerNode),
    });
    return { state, rows: rows as unknown as PageRow[] };
  });
  if (!rows || state.version === null) throw notReady(state);
  checkContiguous(rows, query, state.total);

  const end = query.offset + rows.length;
  const column = <K extends keyof PageRow>(key: K): PageRow[K][] => rows.map((row) => row[key]);
  const page: NetworkPage = {
    total: state.total,
    offset: query.offset,
    next: end < state.total ? end : null,
    layout: state.version,
    institutions: {
      id: column('id'),
      nameEn: column('nameEn'),
      nameKo: column('nameKo'),
      acronym: column('acronym'),
      kind: column('kind'),
      country: column('country'),
      x: column('x'),
      y: column('y'),
      partners: column('partners'),
    },
    edges: { source: [], target: [], weight: [] },
    partOf: { source: [], target: [] },
    countries: state.countries,
    domains: state.domains,
  };
  for (const { rank, linkRanks, linkWeights, parentRanks, childRanks } of rows) {
    // Earlier ends first: `source` is always delivered before `target` (on this page or an earlier one).
    linkRanks.forEach((earlier, k) => {
      page.edges.source.push(earlier);
      page.edges.target.push(rank);
      page.edges.weight.push(linkWeights[k]!);
    });
    // Parent links keep their direction, child → parent; together at most `edgesPerNode` per institution.
    for (const parent of parentRanks) {
      page.partOf.source.push(rank);
      page.partOf.target.push(parent);
    }
    for (const child of childRanks.slice(0, Math.max(0, query.edgesPerNode - parentRanks.length))) {
      page.partOf.source.push(child);
      page.partOf.target.push(rank);
    }
  }
  return page;
}

function notReady(state: PageState): HttpProblem {
  if (state.status === null) {
    return new LayoutNotReadyProblem(
      'The network has not been laid out yet; the layout runs after every import and at start.',
    );
  }
  if (state.status === 'writing') {
    return new LayoutNotReadyProblem(
      'The network is being laid out again after an import; ask again shortly.',
    );
  }
  const missing = state.total - (state.placed ?? 0);
  return new LayoutNotReadyProblem(
    `The stored layout placed ${state.placed} institutions but the network has ${state.total}` +
      (missing > 0 ? ` (${missing} have no position yet)` : '') +
      '; it is recomputed after the running import.',
  );
}

/**
 * Ranks run 0…total-1 without gaps. A gap means the network changed under the stored layout (as many
 * institutions removed as added since): every later edge would point at the wrong institution.
 */
function checkContiguous(rows: PageRow[], { offset, size }: NetworkPageQuery, total: number): void {
  const expected = Math.max(0, Math.min(size, total - offset));
  if (rows.length !== expected || rows.some(({ rank }, i) => rank !== offset + i)) {
    throw new LayoutNotReadyProblem(
      `The stored layout does not fit the network from offset ${offset} (institutions changed since it ` +
        'was computed); it is recomputed after the running import.',
    );
  }
}
