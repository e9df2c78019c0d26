// @title Funding pledges with amounts
// @description Agreements that state an amount in US dollars (a stated minimum is recorded as the amount),
// with their parties, and the total over all of them: who puts money into which field.
// @param domain string? Only pledges covering this domain id, e.g. bio (all when absent)
// @param limit integer(1..1000)=100 Maximum rows
// @column agreement The agreement {id, titleEn, kind, status, date}
// @column amountUsd The amount in US dollars
// @column parties Its parties {id, acronym, role}, by id
// @column domains The ids of the domains it covers, sorted
// @column totalUsd The sum of the amounts of all matching pledges, also those past the limit
// @column pledgeCount How many pledges match, also those past the limit
// @returns one row per pledge, largest first

MATCH (a:Agreement)
WHERE a.amountUsd IS NOT NULL
  AND ($domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) })
WITH collect(a) AS pledges
WITH pledges, reduce(total = 0, pledge IN pledges | total + pledge.amountUsd) AS totalUsd
UNWIND pledges AS a
WITH a, totalUsd, size(pledges) AS pledgeCount ORDER BY a.amountUsd DESC, a.id
LIMIT $limit + 1
RETURN
  a {.id, .titleEn, .kind, .status, .date} AS agreement,
  a.amountUsd AS amountUsd,
  COLLECT {
    MATCH (p:Institution)-[r:PARTY_TO]->(a)
    WITH p, r ORDER BY p.id
    RETURN p {.id, .acronym, role: r.role}
  } AS parties,
  COLLECT { MATCH (a)-[:COVERS]->(d:Domain) WITH d ORDER BY d.id RETURN d.id } AS domains,
  totalUsd,
  pledgeCount
ORDER BY amountUsd DESC, agreement.id
