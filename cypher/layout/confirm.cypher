// The network read after a write of the graph is the one the stored layout was computed for: the layout
// stays as it is, and is known to fit the graph's version now (layout/state), so it is not read again.
MATCH (layout:Layout {id: 'cooperation'}), (graph:GraphVersion {id: 'graph'})
SET layout.graphVersion = graph.version
