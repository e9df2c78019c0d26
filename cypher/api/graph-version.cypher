// What changes whenever the graph does, cheaply: the graph's version (bumped by every import and every
// stored layout, see import/bump-graph-version and layout/finish), the stored layout's version and the
// count store's totals (instant, no scan). Every cache of the API is keyed on it.
OPTIONAL MATCH (graph:GraphVersion {id: 'graph'})
OPTIONAL MATCH (layout:Layout {id: 'cooperation'})
RETURN graph.version AS graph,
       layout.version AS layout,
       COUNT { (:Institution) } AS institutions,
       COUNT { (:Agreement) } AS agreements,
       COUNT { ()-[:PARTY_TO]->() } AS parties,
       COUNT { ()-[:COOPERATES_WITH]->() } AS cooperation
