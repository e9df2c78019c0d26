/**
 * A digest of a whole graph, for the benchmark's and the tests' proof that two ways of writing the same
 * data set (the transactional importers, the offline one) store the same graph.
 */
import { createHash } from 'node:crypto';

import neo4j from 'neo4j-driver';

import type { Database } from '../server/db/database.js';

/** Nodes of the graph's own housekeeping (its version, the layout's state, the write lease), not of the data. */
export const BOOKKEEPING_LABELS = ['GraphVersion', 'Layout', 'WriteLease'];

/**
 * The whole graph as an order-independent hash, streamed page by page of internal node ids (a node's
 * labels and properties, then its outgoing relationships with theirs and the other end's id), so that no
 * single query holds it all or runs past the transaction timeout on 100k institutions: equal digests
 * mean the same nodes and relationships with the same properties. Keys are sorted, as two stores written
 * differently (transactions, the offline importer) may list a node's properties in another order.
 */
export async function graphDigest(db: Database): Promise<string> {
  let sum = 0n;
  const add = (row: unknown): void => {
    const text = JSON.stringify(row, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value,
    );
    sum = (sum + BigInt(`0x${createHash('sha256').update(text).digest('hex').slice(0, 15)}`)) % 2n ** 64n;
  };
  const session = db.driver.session({ database: db.name });
  try {
    const [last] = (await session.run('MATCH (n) RETURN max(id(n)) AS last')).records;
    const highest = Number(last?.get('last') ?? -1);
    for (let from = 0; from <= highest; from += PAGE) {
      const page = {
        ids: Array.from({ length: PAGE }, (_, i) => neo4j.int(from + i)),
        bookkeeping: BOOKKEEPING_LABELS,
      };
      for (const query of [NODES, RELATIONSHIPS]) {
        for await (const record of session.run(query, page)) add(record.toObject());
      }
    }
  } finally {
    await session.close();
  }
  return sum.toString(16);
}

/** Node ids per page. */
const PAGE = 20_000;

const NODES = `MATCH (n) WHERE id(n) IN $ids AND none(label IN labels(n) WHERE label IN $bookkeeping)
  RETURN labels(n) AS labels, properties(n) AS properties`;

const RELATIONSHIPS = `MATCH (a) WHERE id(a) IN $ids
  MATCH (a)-[r]->(b)
  RETURN coalesce(a.id, a.code) AS start, type(r) AS type, properties(r) AS properties, coalesce(b.id, b.code) AS end`;
