// Bulk import, for agreements the graph does not hold yet (agreement-state.cypher says which): the
// node and all its links in one pass with CREATE, which skips the checks for existing relationships
// that MERGE makes — on a fresh graph those checks are most of the work. Writes exactly what
// agreements.cypher and the agreement-*.cypher statements write (rows carry distinct parties and domains,
// and evidence made distinct on source and quote by the importer), and marks each new agreement
// :CooperationPending until its edges are written, so that an import interrupted before then is healed
// (pending-to-stale.cypher). Parties are not marked
// :CooperationStale: the importer derives a new agreement's edges from its rows (pairs.ts), and a label
// set on a hub would lock it against every other batch that names it.
//
// The batch names each institution, domain, source and event once ($institutions, $domains, $sources,
// $events: distinct ids), and rows point into those lists (`at`), so a hub that is party to hundreds of
// the batch's agreements costs one index seek and one lock, not one per agreement. An id the graph lacks
// leaves a null in its list and the CREATE that uses it fails, so the batch fails whole. (Positions arrive
// as floats, as the driver sends every JavaScript number.)
CALL () {
  UNWIND range(0, size($institutions) - 1) AS at
  OPTIONAL MATCH (node:Institution {id: $institutions[at]})
  WITH at, node ORDER BY at
  RETURN collect([node]) AS institutions
}
CALL () {
  UNWIND range(0, size($domains) - 1) AS at
  OPTIONAL MATCH (node:Domain {id: $domains[at]})
  WITH at, node ORDER BY at
  RETURN collect([node]) AS domains
}
CALL () {
  UNWIND range(0, size($sources) - 1) AS at
  OPTIONAL MATCH (node:Source {id: $sources[at]})
  WITH at, node ORDER BY at
  RETURN collect([node]) AS sources
}
CALL () {
  UNWIND range(0, size($events) - 1) AS at
  OPTIONAL MATCH (node:Event {id: $events[at]})
  WITH at, node ORDER BY at
  RETURN collect([node]) AS events
}
UNWIND $rows AS row
CREATE (a:Agreement:CooperationPending {
  id: row.id, titleEn: row.titleEn, titleKo: row.titleKo, kind: row.kind, status: row.status, date: row.date,
  amountUsd: row.amountUsd, summaryEn: row.summaryEn, summaryKo: row.summaryKo, amount: row.amount.value,
  currency: row.amount.currency, amountPer: row.amount.per, amountStated: row.amount.stated
})
WITH a, row, institutions, domains, sources, events
CALL (a, row, institutions) {
  UNWIND row.parties AS party
  WITH party, institutions[toInteger(party.at)][0] AS i
  CREATE (i)-[:PARTY_TO {role: party.role}]->(a)
}
CALL (a, row, domains) {
  UNWIND row.domains AS at
  WITH domains[toInteger(at)][0] AS d
  CREATE (a)-[:COVERS]->(d)
}
CALL (a, row, sources) {
  UNWIND row.evidence AS quote
  WITH quote, sources[toInteger(quote.at)][0] AS s
  CREATE (a)-[:EVIDENCED_BY {quoteKo: quote.quoteKo, quoteEn: quote.quoteEn}]->(s)
}
CALL (a, row, events) {
  WITH a, events[toInteger(row.agreedAt)][0] AS e
  WHERE row.agreedAt IS NOT NULL
  CREATE (a)-[:AGREED_AT]->(e)
}
// Its status entries, as agreement-status.cypher states them: the row's statusHistory, or its one status
// stated by the newest source of its evidence. CREATE, like the evidence: a new agreement has none yet,
// and a MERGE on a source that hundreds of the batch's agreements cite would lock it for each.
CALL (a, row, sources) {
  WITH a, row WHERE row.statusHistory IS NOT NULL
  UNWIND row.statusHistory AS entry
  WITH a, entry, sources[toInteger(entry.at)][0] AS s
  CREATE (a)-[:STATUS_STATED {status: entry.status, date: entry.date, quoteKo: entry.quoteKo, quoteEn: entry.quoteEn}]->(s)
}
CALL (a, row, sources, events) {
  WITH a, row WHERE row.statusHistory IS NULL
  UNWIND range(0, size(row.evidence) - 1) AS position
  WITH a, row, position, row.evidence[position] AS quote, sources[toInteger(row.evidence[position].at)][0] AS s
  ORDER BY coalesce(s.published, '') DESC, position DESC
  LIMIT 1
  WITH a, row, quote, s, CASE WHEN row.agreedAt IS NULL THEN null ELSE events[toInteger(row.agreedAt)][0] END AS event
  CREATE (a)-[:STATUS_STATED {
    status: row.status,
    date: CASE WHEN row.status IN ['agreed', 'signed'] AND row.date IS NOT NULL THEN row.date
               ELSE coalesce(event.date, s.published, row.date) END,
    quoteKo: quote.quoteKo, quoteEn: quote.quoteEn
  }]->(s)
}
