// How two institutions are linked — what paths.cypher answers for the modes `shortest` and
// `all-shortest` when no $domain restricts the agreements on the way — with Neo4j's bidirectional
// shortestPath()/allShortestPaths(). On the 100k-institution graph (hubs party to thousands of
// agreements) the SHORTEST path selector of paths.cypher runs out of a transaction's memory for about
// half of random pairs; this answers every pair in milliseconds, with paths of the same length
// (bench/results/latest.md). With a $domain filter it would fall back to a search without bound: keep
// paths.cypher for that, and for the mode `k`.
// Parameters: $from, $to (institution ids), $limit. Slots, filled by the server from its own lists and
// never from user text: {{function}} is shortestPath or allShortestPaths; {{types}} the relationship
// types `via` permits joined by | (PARTY_TO|PART_OF|AGREED_AT|HOLDS|CHAIRS); {{maxHops}} the validated
// bound, 1–12 (variable-length bounds take no parameters).
MATCH (a:Institution {id: $from}), (b:Institution {id: $to})
MATCH p = {{function}}((a)-[:{{types}}*1..{{maxHops}}]-(b))
WITH p LIMIT $limit
RETURN
  [n IN nodes(p) | n {.id, .nameEn, .nameKo, .acronym, .titleEn, .titleKo, .name, .date, label: labels(n)[0]}] AS nodes,
  [r IN relationships(p) | {
    type: type(r), start: startNode(r).id, end: endNode(r).id,
    role: r.role, titleEn: r.titleEn, titleKo: r.titleKo, sourceId: r.sourceId, quoteKo: r.quoteKo
  }] AS relationships
