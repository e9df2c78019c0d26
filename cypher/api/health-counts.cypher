// Size of the graph by label and derived edges; COUNT of a single label reads Neo4j's count store.
RETURN
  COUNT { (:Institution) } AS institutions,
  COUNT { (:Agreement) } AS agreements,
  COUNT { (:Domain) } AS domains,
  COUNT { (:Source) } AS sources,
  COUNT { (:Country) } AS countries,
  COUNT { (:Event) } AS events,
  COUNT { (:Person) } AS people,
  COUNT { ()-[:COOPERATES_WITH]->() } AS cooperationEdges
