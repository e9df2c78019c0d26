// Which institutions a user's term names, from indexes only (a scan of every institution's names cost
// 5,004 db hits at 1k institutions, this 7): an id through the constraint's index, else an acronym, an
// English or Korean name or an alias, compared without case, among the full-text index's best matches
// for the term as one phrase (the term is quoted for Lucene: backslashes and quotes escaped). An exact name is the shortest field containing
// the phrase, so it ranks first; 50 candidates leave room for names that contain one another.
// Rank 0 beats rank 1. Parameters: $term.
CALL (*) {
  MATCH (i:Institution {id: $term})
  RETURN i, 0 AS rank
  UNION
  CALL db.index.fulltext.queryNodes(
    'institution_names', '"' + replace(replace($term, '\\', '\\\\'), '"', '\\"') + '"', {limit: 50}
  ) YIELD node AS i
  WHERE toLower(i.acronym) = toLower($term) OR toLower(i.nameEn) = toLower($term) OR i.nameKo = $term
     OR any(alias IN i.aliases WHERE toLower(alias) = toLower($term))
  RETURN i, 1 AS rank
}
WITH i, min(rank) AS rank
ORDER BY rank, i.id
LIMIT 6
RETURN i {.id, .nameEn, .nameKo, .acronym} AS institution, rank
