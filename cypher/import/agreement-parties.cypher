UNWIND $rows AS row
MATCH (a:Agreement {id: row.id})
OPTIONAL MATCH (a)<-[stale:PARTY_TO]-(old:Institution) WHERE NOT old.id IN [p IN row.parties | p.institution]
DELETE stale
WITH DISTINCT a, row
UNWIND row.parties AS party
MATCH (i:Institution {id: party.institution})
MERGE (i)-[r:PARTY_TO]->(a)
SET r.role = party.role
