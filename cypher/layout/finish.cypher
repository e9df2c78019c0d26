// The layout is complete: pages may be served from it. $version names it, $institutions is how many it
// placed (a different count of institutions later means an import added or removed some since),
// $fingerprint identifies the network it was computed for. The graph's version moves on too (see
// api/graph-version).
MERGE (layout:Layout {id: 'cooperation'})
SET layout.status = 'ready', layout.version = $version, layout.institutions = $institutions,
    layout.fingerprint = $fingerprint, layout.computedAt = datetime()
MERGE (graph:GraphVersion {id: 'graph'})
SET graph.version = coalesce(graph.version, 0) + 1
SET layout.graphVersion = graph.version
