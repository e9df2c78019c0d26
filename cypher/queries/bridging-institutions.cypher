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
// party to a common agreement. Each institution is counted on its own first, and the partner lists are
// collected only for the rows that make the cut: sorting every (institution, partner) pair of a large
// graph at once needs more memory than a request may use.
MATCH (i:Institution)
OPTIONAL MATCH (i)-[:BASED_IN]->(home:Country)
CALL (i, home) {
  MATCH (i)-[:COOPERATES_WITH]-(partner:Institution)-[:BASED_IN]->(c:Country)
  WHERE home IS NULL OR c <> home
  RETURN count(DISTINCT c) AS countries, count(DISTINCT [partner, c]) AS foreignPartners
}
WITH i, home, countries, foreignPartners
WHERE countries >= $minCountries
ORDER BY countries DESC, foreignPartners DESC, i.id
LIMIT $limit + 1
CALL (i, home) {
  MATCH (i)-[:COOPERATES_WITH]-(partner:Institution)-[:BASED_IN]->(c:Country)
  WHERE home IS NULL OR c <> home
  WITH DISTINCT partner, c ORDER BY c.code, partner.id
  RETURN collect(DISTINCT c.code) AS partnerCountries, collect(partner {.id, .acronym, country: c.code})[..50] AS partners
}
RETURN
  i {.id, .acronym, .nameEn, .kind, country: home.code} AS institution,
  partnerCountries,
  foreignPartners,
  partners
