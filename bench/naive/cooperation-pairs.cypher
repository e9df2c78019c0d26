// The naive importer's COOPERATES_WITH: the edges one new agreement adds, pair by pair ($pairs: [[a, b]]
// with a < b), merged into what each edge already holds. Same properties as the importers derive.
UNWIND $pairs AS pair
MATCH (a:Institution {id: pair[0]}), (b:Institution {id: pair[1]})
MERGE (a)-[c:COOPERATES_WITH]->(b)
WITH c, coalesce(c.agreementIds, []) AS ids, coalesce(c.domains, []) AS domains
WHERE NOT $agreement IN ids
SET c.agreementIds = COLLECT { UNWIND ids + [$agreement] AS id RETURN id ORDER BY id },
    c.domains = COLLECT { UNWIND domains + $domains AS domain RETURN DISTINCT domain ORDER BY domain },
    c.weight = size(ids) + 1
