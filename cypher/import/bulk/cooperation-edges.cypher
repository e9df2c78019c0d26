// Bulk import, after the agreements: rebuilds COOPERATES_WITH around the institutions of $ids that are
// marked :CooperationStale (stale-institutions.cypher lists them), and unmarks them. An edge is stored from
// its smaller id to its larger one and derived here from that smaller end `a`; an edge changes only when
// a shared agreement changes, and then both ends are marked, so the marked ends cover every changed edge.
// Same agreementIds (sorted), domains (sorted, distinct) and weight as ../cooperation-edges.cypher.
UNWIND $ids AS id
MATCH (a:Institution {id: id})
WHERE a:CooperationStale
// Edges stored the wrong way round are never right.
CALL (a) {
  MATCH (a)-[c:COOPERATES_WITH]-(b:Institution)
  WHERE startNode(c).id > endNode(c).id
  DELETE c
}
// The partners with a larger id, each with the shared agreements and their domains.
CALL (a) {
  MATCH (a)-[:PARTY_TO]->(agreement:Agreement)
  WITH agreement, COLLECT { MATCH (agreement)-[:COVERS]->(d:Domain) RETURN d.id } AS domainIds
  MATCH (agreement)<-[:PARTY_TO]-(b:Institution)
  WHERE a.id < b.id
  WITH b, agreement.id AS agreementId, domainIds ORDER BY agreementId
  WITH b, collect(agreementId) AS agreementIds, collect(domainIds) AS domainLists
  CALL (domainLists) {
    UNWIND domainLists AS ids
    UNWIND ids AS domain
    WITH DISTINCT domain ORDER BY domain
    RETURN collect(domain) AS domains
  }
  RETURN collect({partner: b, agreementIds: agreementIds, domains: domains}) AS pairs
}
WITH a, pairs, COUNT { (a)-[:COOPERATES_WITH]->(:Institution) } AS before
// No edge yet (a first import): create them all, without MERGE's search for an existing one.
CALL (a, pairs, before) {
  WITH * WHERE before = 0
  UNWIND pairs AS pair
  WITH a, pair, pair.partner AS b
  CREATE (a)-[:COOPERATES_WITH {agreementIds: pair.agreementIds, domains: pair.domains,
                                weight: size(pair.agreementIds)}]->(b)
}
// Edges already there: update those that changed, then drop those no shared agreement supports any more
// (only looked for when the count says some exist, as the list lookup grows with the square of it).
CALL (a, pairs, before) {
  WITH * WHERE before > 0
  UNWIND pairs AS pair
  WITH a, pair, pair.partner AS b
  MERGE (a)-[c:COOPERATES_WITH]->(b)
  WITH c, pair
  WHERE c.agreementIds IS NULL OR c.agreementIds <> pair.agreementIds OR c.domains <> pair.domains
  SET c.agreementIds = pair.agreementIds, c.domains = pair.domains, c.weight = size(pair.agreementIds)
}
CALL (a, pairs, before) {
  WITH * WHERE before > 0 AND COUNT { (a)-[:COOPERATES_WITH]->(:Institution) } > size(pairs)
  WITH a, [pair IN pairs | pair.partner] AS partners
  MATCH (a)-[c:COOPERATES_WITH]->(b:Institution)
  WHERE NOT b IN partners
  DELETE c
}
REMOVE a:CooperationStale
RETURN count(a) AS institutions
