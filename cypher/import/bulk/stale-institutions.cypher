// Bulk import: the institutions whose COOPERATES_WITH edges wait to be rebuilt (cooperation-edges.cypher),
// with how many agreements each is party to — the measure of the work its rebuild takes.
MATCH (a:CooperationStale)
RETURN a.id AS id, COUNT { (a)-[:PARTY_TO]->() } AS agreements
