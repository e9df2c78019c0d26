// GET /api/stats: breakdowns of one view of the graph — agreements per domain, status and kind,
// institutions per country — and how many of the view's agreements each listed institution is party to.
// Parameters: $agreementIds and $institutionIds, the view (null: every agreement / institution);
// $listed, the institutions whose agreements to count; $asOf, the day whose statuses count (null: now). Every domain and country is listed, with 0 when
// the view has none, so a filtered answer keeps the same rows as the whole one.
RETURN
  COLLECT {
    MATCH (d:Domain)
    WITH d, COUNT {
      MATCH (a:Agreement)-[:COVERS]->(d)
      WHERE $agreementIds IS NULL OR a.id IN $agreementIds
    } AS count
    ORDER BY count DESC, d.id
    RETURN d {.id, .nameEn, .nameKo, count: count}
  } AS agreementsPerDomain,
  COLLECT {
    MATCH (a:Agreement)
    WHERE $agreementIds IS NULL OR a.id IN $agreementIds
    WITH CASE WHEN $asOf IS NULL THEN a.status
      ELSE last([i IN range(0, size(a.statuses) - 1) WHERE a.statusDates[i] <= $asOf | a.statuses[i]]) END AS status,
      count(*) AS count
    RETURN {status: status, count: count}
  } AS agreementsPerStatus,
  COLLECT {
    MATCH (a:Agreement)
    WHERE $agreementIds IS NULL OR a.id IN $agreementIds
    WITH a.kind AS kind, count(*) AS count
    RETURN {kind: kind, count: count}
  } AS agreementsPerKind,
  COLLECT {
    MATCH (c:Country)
    WITH c, COUNT {
      MATCH (i:Institution)-[:BASED_IN]->(c)
      WHERE $institutionIds IS NULL OR i.id IN $institutionIds
    } AS count
    ORDER BY count DESC, c.code
    RETURN c {.code, .nameEn, .nameKo, count: count}
  } AS institutionsPerCountry,
  COUNT {
    MATCH (i:Institution)
    WHERE ($institutionIds IS NULL OR i.id IN $institutionIds) AND NOT EXISTS { (i)-[:BASED_IN]->(:Country) }
  } AS institutionsWithoutCountry,
  COLLECT {
    MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)
    WHERE i.id IN $listed AND ($agreementIds IS NULL OR a.id IN $agreementIds)
    WITH i.id AS id, count(DISTINCT a) AS agreements
    RETURN {id: id, agreements: agreements}
  } AS agreementsPerInstitution
