// One step of a breadth-first walk over the cooperation network: the institutions linked to the frontier
// that have not been seen yet, optionally only through agreements of $domain. $limit bounds the step.
UNWIND $frontier AS id
MATCH (:Institution {id: id})-[c:COOPERATES_WITH]-(next:Institution)
WHERE ($domain IS NULL OR $domain IN c.domains) AND NOT next.id IN $seen
WITH DISTINCT next ORDER BY next.id
LIMIT $limit + 1
RETURN collect(next.id) AS ids
