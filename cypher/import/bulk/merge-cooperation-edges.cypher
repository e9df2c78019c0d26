// Bulk import: COOPERATES_WITH edges gathered from new agreements for pairs that may already have one
// ($rows as for create-cooperation-edges.cypher): the union of what the edge holds and what the new
// agreements add, sorted. A union, so writing the same rows twice (an import interrupted while deriving,
// then run again) leaves the edge as writing them once does. Returns how many rows found both ends.
UNWIND $rows AS row
MATCH (a:Institution) WHERE elementId(a) = row.refA AND a.id = row.a
MATCH (b:Institution) WHERE elementId(b) = row.refB AND b.id = row.b
MERGE (a)-[c:COOPERATES_WITH]->(b)
WITH c, row,
     COLLECT { UNWIND coalesce(c.agreementIds, []) + row.agreementIds AS id RETURN DISTINCT id ORDER BY id }
       AS agreementIds,
     COLLECT { UNWIND coalesce(c.domains, []) + row.domains AS domain RETURN DISTINCT domain ORDER BY domain }
       AS domains
CALL (c, agreementIds, domains) {
  WITH * WHERE c.agreementIds IS NULL OR c.agreementIds <> agreementIds OR c.domains <> domains
  SET c.agreementIds = agreementIds, c.domains = domains, c.weight = size(agreementIds)
}
RETURN count(*) AS found
