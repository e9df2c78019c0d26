// The offline importer cannot write an empty list (an empty field is no property at all), where the
// transactional importers store an institution without aliases as `aliases: []`: set after the import, so
// both paths store the same graph.
MATCH (i:Institution) WHERE i.aliases IS NULL
CALL (i) { SET i.aliases = [] } IN TRANSACTIONS OF 10000 ROWS
