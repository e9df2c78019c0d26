// Derives COOPERATES_WITH between every two institutions party to the same agreement, one edge per pair
// (stored from the smaller id to the larger), with the shared agreements, their domains and their count.
MATCH (a:Institution)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b:Institution)
WHERE a.id < b.id
WITH a, b, agreement ORDER BY agreement.id
WITH a, b, collect(agreement) AS agreements
CALL (agreements) {
  UNWIND agreements AS agreement
  MATCH (agreement)-[:COVERS]->(d:Domain)
  WITH DISTINCT d.id AS domain ORDER BY domain
  RETURN collect(domain) AS domains
}
MERGE (a)-[c:COOPERATES_WITH]->(b)
SET c.agreementIds = [agreement IN agreements | agreement.id], c.domains = domains, c.weight = size(agreements)
