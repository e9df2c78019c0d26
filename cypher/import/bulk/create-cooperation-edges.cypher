// Bulk import: COOPERATES_WITH edges of pairs with an end that had no such edge before this import
// derived them (cooperating-institutions.cypher says which), gathered from the new agreements' parties
// as they streamed past. CREATE, as there is no edge to find: on a first import every edge comes this way.
//
// Parameters are columns: $refs and $ids name each end of the batch once (its element id, checked
// against its id, as an element id may be reused once its node is deleted); edge i runs from end
// $first[i] to end $second[i] (ids a < b) with $agreementIds[i] and the domains $domainSets[$domainSet[i]]
// (lists sorted). Returns how many ends were found: when one is missing nothing is written.
CALL () {
  UNWIND range(0, size($refs) - 1) AS at
  OPTIONAL MATCH (node:Institution) WHERE elementId(node) = $refs[at] AND node.id = $ids[at]
  WITH at, node ORDER BY at
  RETURN collect([node]) AS ends, count(node) AS found
}
CALL (ends, found) {
  WITH * WHERE found = size($refs)
  UNWIND range(0, size($first) - 1) AS i
  WITH ends[toInteger($first[i])][0] AS a, ends[toInteger($second[i])][0] AS b, $agreementIds[i] AS agreementIds,
       $domainSets[toInteger($domainSet[i])] AS domains
  CREATE (a)-[:COOPERATES_WITH {agreementIds: agreementIds, domains: domains, weight: size(agreementIds)}]->(b)
}
RETURN found
