// @title Institutions that bridge countries
// @description Institutions whose cooperation partners are based in at least `minCountries` countries other
// than their own: the brokers that link Korean and US actors, or bring a third country in. For an
// institution based in no country (an actor that spans countries) every partner's country counts.
// @param minCountries integer(1..50)=2 Least number of other countries its partners are based in
// @param limit integer(1..1000)=100 Maximum rows
// @column institution The institution {id, acronym, nameEn, kind, country}
// @column partnerCountries Codes of the other countries its partners are based in, sorted
// @column foreignPartners How many of its partners are based in those countries
// @column partners Its partners there {id, acronym, country}, by country then id (at most 50)
// @returns institutions with partners in the most other countries first

// Partners are COOPERATES_WITH neighbours: the importer derives one such edge per pair of institutions
// party to a common agreement.
MATCH (i:Institution)-[:COOPERATES_WITH]-(partner:Institution)-[:BASED_IN]->(c:Country)
OPTIONAL MATCH (i)-[:BASED_IN]->(home:Country)
WITH i, home, partner, c
WHERE home IS NULL OR c <> home
WITH i, home, partner, c ORDER BY c.code, partner.id
WITH i, home, collect(DISTINCT c.code) AS partnerCountries, collect(DISTINCT partner {.id, .acronym, country: c.code}) AS partners
WHERE size(partnerCountries) >= $minCountries
WITH i, home, partnerCountries, partners
ORDER BY size(partnerCountries) DESC, size(partners) DESC, i.id
LIMIT $limit + 1
RETURN
  i {.id, .acronym, .nameEn, .kind, country: home.code} AS institution,
  partnerCountries,
  size(partners) AS foreignPartners,
  partners[..50] AS partners
