// The cooperation edges of the unfiltered statistics, strongest first, one row each and without the
// agreement ids the drawing carries (a pair of hubs shares thousands): metrics need the ends and weight.
MATCH (a:Institution)-[c:COOPERATES_WITH]->(b:Institution)
WITH a, b, c ORDER BY c.weight DESC, a.id, b.id
LIMIT $limit + 1
RETURN a.id AS source, b.id AS target, c.weight AS weight
