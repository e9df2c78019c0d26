// Bulk import: what the graph holds of the agreements of a batch ($ids; absent ones are not returned),
// so that the importer writes only those the input changes — an unchanged agreement costs this read and
// nothing more, which makes importing the same data again (resuming an interrupted import) cheap.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})
RETURN a.id AS id, properties(a) AS properties,
       COLLECT { MATCH (a)<-[r:PARTY_TO]-(i:Institution) RETURN i.id + ' ' + r.role } AS parties,
       COLLECT { MATCH (a)-[:COVERS]->(d:Domain) RETURN d.id } AS domains,
       COLLECT { MATCH (a)-[e:EVIDENCED_BY]->(s:Source) RETURN [s.id, e.quoteKo, e.quoteEn] } AS evidence,
       COLLECT { MATCH (a)-[:AGREED_AT]->(e:Event) RETURN e.id } AS agreedAt
