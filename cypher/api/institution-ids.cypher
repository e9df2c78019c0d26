// The institutions' ids, for the OpenAPI document's enum of `party` (up to $limit; more are not listed).
RETURN COLLECT { MATCH (i:Institution) RETURN i.id ORDER BY i.id LIMIT $limit } AS ids
