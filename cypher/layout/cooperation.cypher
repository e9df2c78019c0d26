// Every COOPERATES_WITH edge once (the importer stores one per pair), with its weight as a float so it
// arrives as a plain number. Streamed: 100k institutions have about 1.7M of them.
MATCH (a:Institution)-[c:COOPERATES_WITH]->(b:Institution)
RETURN a.id AS a, b.id AS b, toFloat(c.weight) AS weight
