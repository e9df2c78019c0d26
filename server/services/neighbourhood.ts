/**
 * An institution's neighbourhood: a breadth-first walk over the cooperation network, one bounded query
 * per step in one read transaction, then the subgraph among what it reached. The walk stops at `limit`
 * institutions and says so with `truncated`, rather than answering without bound.
 */
import neo4j from 'neo4j-driver';

import type { NeighbourhoodQuery, NetworkGraph } from '../../contract/graph.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { checkVocabulary, toNetworkGraph, type NetworkRow } from './network.js';

export async function neighbourhood(
  db: Database,
  id: string,
  query: NeighbourhoodQuery,
): Promise<NetworkGraph> {
  await checkVocabulary(db, query);
  const domain = query.domain ?? null;
  return db.readTransaction(async (run) => {
    const [start] = await run('api/institution-exists', { id });
    if (!start?.exists) throw HttpProblem.notFound(`There is no institution with id "${id}".`);

    const seen = [id];
    let frontier = [id];
    let truncated = false;
    for (let step = 0; step < query.depth && frontier.length > 0 && !truncated; step += 1) {
      const room = query.limit - seen.length;
      const [row] = await run('api/neighbours', { frontier, seen, domain, limit: neo4j.int(room) });
      const reached = row?.ids as string[];
      truncated = reached.length > room;
      frontier = reached.slice(0, room);
      seen.push(...frontier);
    }
    const [subgraph] = await run('api/subgraph', { ids: seen, domain });
    const graph = toNetworkGraph(subgraph as unknown as NetworkRow, query.limit);
    graph.attributes.truncated = truncated || graph.attributes.truncated;
    return graph;
  });
}
