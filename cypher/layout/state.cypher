// The stored layout against the network: its version and state ('writing' while a layout is stored,
// 'ready' after), how many institutions it placed, the fingerprint of the network it was computed for,
// how many institutions there are now (count store, instant), and the graph's version it was made or
// last confirmed for against the graph's version now (a write since may have changed the network). One
// row; nulls before the first layout.
OPTIONAL MATCH (layout:Layout {id: 'cooperation'})
OPTIONAL MATCH (graph:GraphVersion {id: 'graph'})
RETURN layout.version AS version, layout.status AS status, layout.institutions AS institutions,
       layout.fingerprint AS fingerprint, COUNT { (:Institution) } AS total,
       layout.graphVersion AS graphVersion, graph.version AS currentGraphVersion
