// Every import ends with this, in its own transaction (the bulk importer) or its last statement (the seed
// importer): caches keyed on the graph's version (api/graph-version) then miss, so an import that only
// corrects names is seen at once. The node is created by the first stored layout (layout/finish), which
// follows every import; before it, caches are keyed on the layout's version and the counts alone.
MATCH (graph:GraphVersion {id: 'graph'})
SET graph.version = graph.version + 1
