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

MATCH (a:Institution)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b:Institution),
      (agreement)-[:COVERS]->(d:Domain),
      (a)-[:BASED_IN]->(countryA:Country),
      (b)-[:BASED_IN]->(countryB:Country)
WHERE a.id < b.id
  AND countryA <> countryB
  AND ($domain IS NULL OR d.id = $domain)
  AND ($status IS NULL OR agreement.status = $status)
WITH d, a, b, countryA, countryB, agreement ORDER BY agreement.id
WITH d, a, b, countryA, countryB, collect(agreement {.id, .titleEn, .status}) AS agreements
ORDER BY d.id, size(agreements) DESC, a.id, b.id
LIMIT $limit + 1
RETURN
  d {.id, .nameEn, .nameKo} AS domain,
  a {.id, .acronym, .nameEn, country: countryA.code} AS institutionA,
  b {.id, .acronym, .nameEn, country: countryB.code} AS institutionB,
  agreements[..50] AS agreements,
  size(agreements) AS agreementCount
