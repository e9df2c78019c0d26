// @title Cross-border links per domain
// @description Pairs of institutions based in different countries that are party to the same agreement,
// one row per domain their shared agreements cover: who works with whom across borders, and in which field.
// Institutions based in no country (actors that span countries) are left out.
// @param domain string? Domain id, e.g. quantum (all domains when absent)
// @param status enum(agreed,planned,signed,in-consultation)? Only agreements with this status (all when absent)
// @param limit integer(1..1000)=100 Maximum rows
// @column domain The domain {id, nameEn, nameKo}
// @column institutionA The institution with the smaller id {id, acronym, nameEn, country}
// @column institutionB The institution with the larger id {id, acronym, nameEn, country}
// @column agreements Their shared agreements in this domain {id, titleEn, status}, by id (at most 50)
// @column agreementCount How many agreements they share in this domain
// @returns one row per domain and cross-border pair, domains by id, most shared agreements first

// The pairs are counted first and their agreement lists collected only for the rows that make the cut:
// sorting every (pair, agreement) row of a large graph at once needs more memory than a request may use.
MATCH (a:Institution)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b:Institution),
      (agreement)-[:COVERS]->(d:Domain),
      (a)-[:BASED_IN]->(countryA:Country),
      (b)-[:BASED_IN]->(countryB:Country)
WHERE a.id < b.id
  AND countryA <> countryB
  AND ($domain IS NULL OR d.id = $domain)
  AND ($status IS NULL OR agreement.status = $status)
WITH d, a, b, countryA, countryB, count(DISTINCT agreement) AS agreementCount
ORDER BY d.id, agreementCount DESC, a.id, b.id
LIMIT $limit + 1
CALL (d, a, b) {
  MATCH (a)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b), (agreement)-[:COVERS]->(d)
  WHERE $status IS NULL OR agreement.status = $status
  WITH DISTINCT agreement ORDER BY agreement.id LIMIT 50
  RETURN collect(agreement {.id, .titleEn, .status}) AS agreements
}
RETURN
  d {.id, .nameEn, .nameKo} AS domain,
  a {.id, .acronym, .nameEn, country: countryA.code} AS institutionA,
  b {.id, .acronym, .nameEn, country: countryB.code} AS institutionB,
  agreements,
  agreementCount
