// Bulk import, after cooperation-edges-range has rebuilt a hub's edges range by range: drops its edges
// stored the wrong way round, and those no shared agreement supports any more (only looked for when it
// stores more edges than it has $partners), then unmarks it.
MATCH (a:Institution {id: $id})
CALL (a) {
  MATCH (a)-[c:COOPERATES_WITH]-(b:Institution)
  WHERE startNode(c).id > endNode(c).id
  DELETE c
}
CALL (a) {
  WITH a
  WHERE COUNT { (a)-[:COOPERATES_WITH]->(:Institution) } > $partners
  MATCH (a)-[c:COOPERATES_WITH]->(b:Institution)
  WHERE NOT EXISTS { (a)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b) }
  DELETE c
}
REMOVE a:CooperationStale
