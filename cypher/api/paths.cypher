// How two institutions are linked through the knowledge graph: shared agreements (PARTY_TO), parent
// organisations (PART_OF), agreements decided at the same event (AGREED_AT), people who hold posts or
// chair events (HOLDS, CHAIRS). $types is the allowlisted subset the user's `via` permits; agreements on
// the way must cover $domain when it is set, and be known by the end of the day $asOf when it is. {{selector}} is SHORTEST 1, ALL SHORTEST or SHORTEST 10
// (path selectors take no parameters), chosen by the server from its own list.
MATCH (a:Institution {id: $from}), (b:Institution {id: $to})
MATCH p = {{selector}} (a)(()-[r]-(n)
    WHERE type(r) IN $types
      AND (NOT n:Agreement OR $domain IS NULL OR COUNT { (n)-[:COVERS]->(:Domain {id: $domain}) } > 0)
      AND (NOT n:Agreement OR $asOf IS NULL OR n.knownFrom <= $asOf)
  ){1,12}(b)
WHERE length(p) <= $maxHops
WITH p ORDER BY length(p)
LIMIT $limit
RETURN
  [n IN nodes(p) | n {.id, .nameEn, .nameKo, .acronym, .titleEn, .titleKo, .name, .date, label: labels(n)[0]}] AS nodes,
  [r IN relationships(p) | {
    type: type(r), start: startNode(r).id, end: endNode(r).id,
    role: r.role, titleEn: r.titleEn, titleKo: r.titleKo, sourceId: r.sourceId, quoteKo: r.quoteKo
  }] AS relationships
