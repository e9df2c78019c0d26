// Drops derived edges whose institutions no longer share an agreement.
MATCH (a:Institution)-[c:COOPERATES_WITH]->(b:Institution)
WHERE a.id > b.id OR NOT EXISTS { (a)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b) }
DELETE c
