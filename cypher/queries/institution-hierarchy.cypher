// @title An institution's parent chain and children
// @description The bodies an institution belongs to, up its chain of parents, and those that belong to it,
// down to their own children; each row explains one PART_OF link and the source that establishes it.
// @param institution string The institution's id, e.g. us-nist
// @param limit integer(1..1000)=100 Maximum rows
// @column relation ancestor (a body it is part of, directly or not) or descendant (a body part of it)
// @column depth How many PART_OF links away it is (1: parent or child)
// @column institution The related institution {id, acronym, nameEn, kind, country}
// @column child The id of the part in the link that reaches it
// @column parent The id of the whole in that link
// @column evidence What establishes that link {quoteKo, note, source: {id, kind, title, url}}
// @returns ancestors nearest first, then descendants nearest first

// Chains are short; the bound only guards against a cycle or an accidentally deep import.
MATCH (i:Institution {id: $institution})
CALL (i) {
  MATCH path = (i)-[:PART_OF*1..10]->(other:Institution)
  RETURN 'ancestor' AS relation, length(path) AS depth, other, last(relationships(path)) AS link
  UNION ALL
  MATCH path = (other:Institution)-[:PART_OF*1..10]->(i)
  RETURN 'descendant' AS relation, length(path) AS depth, other, head(relationships(path)) AS link
}
WITH relation, depth, other, link ORDER BY relation, depth, other.id
LIMIT $limit + 1
RETURN
  relation,
  depth,
  other {.id, .acronym, .nameEn, .kind, .country} AS institution,
  startNode(link).id AS child,
  endNode(link).id AS parent,
  {
    quoteKo: link.quoteKo,
    note: link.note,
    source: head(COLLECT { MATCH (s:Source {id: link.sourceId}) RETURN s {.id, .kind, .title, .url} })
  } AS evidence
ORDER BY relation, depth, institution.id
