// Bulk import: COOPERATES_WITH edges gathered from new agreements for pairs that may already have one
// (parameters as for create-cooperation-edges.cypher): the union of what the edge holds and what the new
// agreements add, sorted. A union, so writing the same rows twice (an import interrupted while deriving,
// then run again) leaves the edge as writing them once does. Returns how many ends were found: when one
// is missing nothing is written.
CALL () {
  UNWIND range(0, size($refs) - 1) AS at
  OPTIONAL MATCH (node:Institution) WHERE elementId(node) = $refs[at] AND node.id = $ids[at]
  WITH at, node ORDER BY at
  RETURN collect([node]) AS ends, count(node) AS found
}
CALL (ends, found) {
  WITH * WHERE found = size($refs)
  UNWIND range(0, size($first) - 1) AS i
  WITH ends[toInteger($first[i])][0] AS a, ends[toInteger($second[i])][0] AS b, $agreementIds[i] AS added,
       $domainSets[toInteger($domainSet[i])] AS addedDomains
  MERGE (a)-[c:COOPERATES_WITH]->(b)
  WITH c,
       COLLECT { UNWIND coalesce(c.agreementIds, []) + added AS id RETURN DISTINCT id ORDER BY id } AS agreementIds,
       COLLECT { UNWIND coalesce(c.domains, []) + addedDomains AS domain RETURN DISTINCT domain ORDER BY domain }
         AS domains
  WITH * WHERE c.agreementIds IS NULL OR c.agreementIds <> agreementIds OR c.domains <> domains
  SET c.agreementIds = agreementIds, c.domains = domains, c.weight = size(agreementIds)
}
RETURN found
