// Bulk import, for agreements the graph does not hold yet (agreement-state.cypher says which): the
// node and all its links in one pass with CREATE, which skips the checks for existing relationships
// that MERGE makes — on a fresh graph those checks are most of the work. Writes exactly what
// agreements.cypher and the agreement-*.cypher statements write (rows carry distinct parties and domains,
// and evidence made distinct on source and quote by the importer). Parties are not marked
// :CooperationStale: the importer derives a new agreement's edges from its rows (pairs.ts), and a label
// set on a hub would lock it against every other batch that names it.
UNWIND $rows AS row
CREATE (a:Agreement {
  id: row.id, titleEn: row.titleEn, titleKo: row.titleKo, kind: row.kind, status: row.status, date: row.date,
  amountUsd: row.amountUsd, summaryEn: row.summaryEn, summaryKo: row.summaryKo
})
WITH a, row
CALL (a, row) {
  UNWIND row.parties AS party
  MATCH (i:Institution {id: party.institution})
  CREATE (i)-[:PARTY_TO {role: party.role}]->(a)
}
CALL (a, row) {
  UNWIND row.domains AS domainId
  MATCH (d:Domain {id: domainId})
  CREATE (a)-[:COVERS]->(d)
}
CALL (a, row) {
  UNWIND row.evidence AS quote
  MATCH (s:Source {id: quote.source})
  CREATE (a)-[:EVIDENCED_BY {quoteKo: quote.quoteKo, quoteEn: quote.quoteEn}]->(s)
}
CALL (a, row) {
  MATCH (e:Event {id: row.agreedAt})
  CREATE (a)-[:AGREED_AT]->(e)
}
