// @title Who cooperates with an institution
// @description The institutions that share at least one agreement with a given one, optionally in one
// domain, with the agreements they share: "who works with NIST, and on what?"
// @param institution string The institution's id, e.g. us-nist
// @param domain string? Only agreements covering this domain id (all when absent)
// @param limit integer(1..1000)=100 Maximum rows
// @column partner The partner {id, acronym, nameEn, kind, country}
// @column agreements The shared agreements {id, titleEn, status, date}, by id (at most 50)
// @column agreementCount How many agreements they share
// @column domains The ids of the domains those agreements cover, sorted
// @returns one row per partner, most shared agreements first

MATCH (i:Institution {id: $institution})-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(partner:Institution)
WHERE $domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) }
WITH partner, a ORDER BY a.id
WITH partner, collect(a) AS shared
ORDER BY size(shared) DESC, partner.id
LIMIT $limit + 1
RETURN
  partner {.id, .acronym, .nameEn, .kind, .country} AS partner,
  [a IN shared[..50] | a {.id, .titleEn, .status, .date}] AS agreements,
  size(shared) AS agreementCount,
  COLLECT {
    UNWIND shared AS a
    MATCH (a)-[:COVERS]->(d:Domain)
    WITH DISTINCT d.id AS id ORDER BY id
    RETURN id
  } AS domains
ORDER BY agreementCount DESC, partner.id
