// Bulk import: COOPERATES_WITH edges of pairs with an end that had no such edge before this import
// derived them (cooperating-institutions.cypher says which), gathered from the new agreements' parties as they
// streamed past ($rows: {a, b, agreementIds, domains}, a < b, lists sorted). CREATE, as there is no
// edge to find: on a first import every edge comes this way.
UNWIND $rows AS row
MATCH (a:Institution {id: row.a})
MATCH (b:Institution {id: row.b})
CREATE (a)-[:COOPERATES_WITH {agreementIds: row.agreementIds, domains: row.domains,
                              weight: size(row.agreementIds)}]->(b)
