// Every import ends with this, in its own transaction (the bulk importer) or its last statement (the seed
// importer): caches keyed on the graph's version (api/graph-version) then miss, so an import that only
// corrects names is seen at once. The first write of a graph creates the node.
MERGE (graph:GraphVersion {id: 'graph'})
SET graph.version = coalesce(graph.version, 0) + 1
