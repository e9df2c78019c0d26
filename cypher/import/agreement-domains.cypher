UNWIND $rows AS row
MATCH (a:Agreement {id: row.id})
OPTIONAL MATCH (a)-[stale:COVERS]->(old:Domain) WHERE NOT old.id IN row.domains
DELETE stale
WITH DISTINCT a, row
UNWIND row.domains AS domainId
MATCH (d:Domain {id: domainId})
MERGE (a)-[:COVERS]->(d)
