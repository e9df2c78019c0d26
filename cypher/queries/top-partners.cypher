// @title Institutions with the most partners
// @description Institutions ranked by how many others they cooperate with (their COOPERATES_WITH
// neighbours), then by how many agreements they are party to: the hubs of the network.
// @param country string? Only institutions based in this country, an ISO code such as KR (all when absent)
// @param limit integer(1..1000)=20 Maximum rows
// @column institution The institution {id, acronym, nameEn, kind, country}
// @column partners How many institutions it shares at least one agreement with
// @column agreements How many agreements it is party to
// @column partnerCountries Codes of the countries its partners are based in, sorted
// @returns institutions with at least one partner, most partners first

MATCH (i:Institution)
WHERE $country IS NULL OR EXISTS { (i)-[:BASED_IN]->(:Country {code: $country}) }
WITH i,
  COUNT { (i)-[:COOPERATES_WITH]-(:Institution) } AS partners,
  COUNT { (i)-[:PARTY_TO]->(:Agreement) } AS agreements
WHERE partners > 0
WITH i, partners, agreements ORDER BY partners DESC, agreements DESC, i.id
LIMIT $limit + 1
RETURN
  i {.id, .acronym, .nameEn, .kind, .country} AS institution,
  partners,
  agreements,
  COLLECT {
    MATCH (i)-[:COOPERATES_WITH]-(:Institution)-[:BASED_IN]->(c:Country)
    WITH DISTINCT c.code AS code ORDER BY code
    RETURN code
  } AS partnerCountries
ORDER BY partners DESC, agreements DESC, institution.id
