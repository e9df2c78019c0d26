// Bulk import, for an institution too connected to rebuild its COOPERATES_WITH edges in one transaction:
// its partners with a larger id (the ends of the edges it stores), in order, for cooperation-edges-range.
MATCH (a:Institution {id: $id})-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b:Institution)
WHERE a.id < b.id
RETURN DISTINCT b.id AS id
ORDER BY id
