// Bulk import, before it writes the COOPERATES_WITH edges of new agreements: for each institution of
// $ids, its element id (the edges' statements find their ends by it, without an index seek and its
// lock per edge), and whether it already has such an edge. A pair with an end that has none cannot have
// an edge yet, so it is created (create-cooperation-edges.cypher); the others are merged into what is
// there (merge-cooperation-edges.cypher).
UNWIND $ids AS id
MATCH (i:Institution {id: id})
RETURN i.id AS id, elementId(i) AS ref, EXISTS { (i)-[:COOPERATES_WITH]-() } AS cooperating
