// GET /api/stats: the size of the whole knowledge graph, nodes by label, whatever the filters (COUNT of a
// single label reads Neo4j's count store). No parameters.
RETURN
  COUNT { (:Institution) } AS institutions,
  COUNT { (:Agreement) } AS agreements,
  COUNT { (:Domain) } AS domains,
  COUNT { (:Source) } AS sources,
  COUNT { (:Country) } AS countries,
  COUNT { (:Event) } AS events,
  COUNT { (:Person) } AS people
