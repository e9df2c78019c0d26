// Bulk import: what the graph holds of the agreements of a batch ($ids; absent ones are not returned),
// so that the importer writes only those the input changes — an unchanged agreement costs this read and
// nothing more, which makes importing the same data again (resuming an interrupted import) cheap.
// `derived` says whether every pair of its parties has the COOPERATES_WITH edge that names it: an import
// interrupted after writing an agreement but before deriving its edges leaves it false, and the next
// import derives them.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})
RETURN a.id AS id, properties(a) AS properties,
       COLLECT { MATCH (a)<-[r:PARTY_TO]-(i:Institution) RETURN i.id + ' ' + r.role } AS parties,
       COLLECT { MATCH (a)-[:COVERS]->(d:Domain) RETURN d.id } AS domains,
       COLLECT { MATCH (a)-[e:EVIDENCED_BY]->(s:Source) RETURN [s.id, e.quoteKo, e.quoteEn] } AS evidence,
       COLLECT { MATCH (a)-[:AGREED_AT]->(e:Event) RETURN e.id } AS agreedAt,
       NOT EXISTS {
         MATCH (a)<-[:PARTY_TO]-(i:Institution), (a)<-[:PARTY_TO]-(j:Institution)
         WHERE i.id < j.id AND NOT EXISTS { (i)-[c:COOPERATES_WITH]->(j) WHERE a.id IN c.agreementIds }
       } AS derived
