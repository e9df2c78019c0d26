// Bulk import, before it writes the COOPERATES_WITH edges of new agreements: which institutions of $ids
// already have such an edge. A pair with an end that has none cannot have an edge yet, so it is created
// (create-cooperation-edges.cypher); the others are merged into what is there (merge-cooperation-edges).
UNWIND $ids AS id
MATCH (i:Institution {id: id})
WHERE EXISTS { (i)-[:COOPERATES_WITH]-() }
RETURN i.id AS id
