// Bulk import: COOPERATES_WITH edges of pairs with an end that had no such edge before this import
// derived them (cooperating-institutions.cypher says which), gathered from the new agreements' parties
// as they streamed past ($rows: {a, b, refA, refB, agreementIds, domains}, a < b, lists sorted; refA and
// refB the ends' element ids, each checked against its id). CREATE, as there is no edge to find: on a
// first import every edge comes this way. Returns how many rows found both ends.
UNWIND $rows AS row
MATCH (a:Institution) WHERE elementId(a) = row.refA AND a.id = row.a
MATCH (b:Institution) WHERE elementId(b) = row.refB AND b.id = row.b
CREATE (a)-[:COOPERATES_WITH {agreementIds: row.agreementIds, domains: row.domains,
                              weight: size(row.agreementIds)}]->(b)
RETURN count(*) AS found
