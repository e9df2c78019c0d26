// What changes whenever the graph does, cheaply: the stored layout's version (every import lays the
// network out again) and the count store's totals (instant, no scan). Statistics are kept per version.
OPTIONAL MATCH (layout:Layout {id: 'cooperation'})
RETURN layout.version AS layout,
       COUNT { (:Institution) } AS institutions,
       COUNT { (:Agreement) } AS agreements,
       COUNT { ()-[:PARTY_TO]->() } AS parties,
       COUNT { ()-[:COOPERATES_WITH]->() } AS cooperation
