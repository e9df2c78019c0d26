// Bulk import, before a batch of agreements is written: marks :CooperationStale the institutions whose
// COOPERATES_WITH edges the batch changes — the old and the new parties of every agreement that is new or
// whose parties or domains differ from what the graph holds. An unchanged agreement marks nothing, so a
// second import of the same data rebuilds no edge. The mark commits with its batch, so an interrupted
// import leaves it behind for the next rebuild (cooperation-edges.cypher) to pick up.
UNWIND $rows AS row
OPTIONAL MATCH (a:Agreement {id: row.id})
WITH row, a, [p IN row.parties | p.institution] AS newParties
WITH row, a, newParties,
     COLLECT { MATCH (a)<-[:PARTY_TO]-(i:Institution) RETURN i.id } AS oldParties,
     COLLECT { MATCH (a)-[:COVERS]->(d:Domain) RETURN d.id } AS oldDomains
WHERE a IS NULL
   OR size(oldParties) <> size(newParties) OR any(id IN newParties WHERE NOT id IN oldParties)
   OR size(oldDomains) <> size(row.domains) OR any(id IN row.domains WHERE NOT id IN oldDomains)
UNWIND oldParties + newParties AS id
WITH DISTINCT id
MATCH (i:Institution {id: id})
SET i:CooperationStale
