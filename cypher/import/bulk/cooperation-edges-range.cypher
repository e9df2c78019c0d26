// Bulk import, for an institution too connected to rebuild its COOPERATES_WITH edges in one transaction
// (a hub with thousands of partners): the edges to its partners with ids from $from to $to (inclusive),
// a range at a time, with the same properties as cooperation-edges.cypher. cooperation-edges-finish
// then drops what no shared agreement supports any more and unmarks the institution.
MATCH (a:Institution {id: $id})
MATCH (a)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b:Institution)
WHERE a.id < b.id AND $from <= b.id AND b.id <= $to
WITH a, b, agreement ORDER BY agreement.id
WITH a, b, collect(agreement.id) AS agreementIds,
     collect(COLLECT { MATCH (agreement)-[:COVERS]->(d:Domain) RETURN d.id }) AS domainLists
CALL (domainLists) {
  UNWIND domainLists AS ids
  UNWIND ids AS domain
  WITH DISTINCT domain ORDER BY domain
  RETURN collect(domain) AS domains
}
MERGE (a)-[c:COOPERATES_WITH]->(b)
WITH c, agreementIds, domains
WHERE c.agreementIds IS NULL OR c.agreementIds <> agreementIds OR c.domains <> domains
SET c.agreementIds = agreementIds, c.domains = domains, c.weight = size(agreementIds)
