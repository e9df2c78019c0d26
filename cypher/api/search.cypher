// Full-text search over institutions (names, acronyms, aliases), the reference gazetteer's institutions
// not in the network yet, and agreements (titles, summaries), in Korean and English. $lucene is built by the server from the user's words, never taken as typed.
// Agreements' long summaries match many words, so institutions rank ahead at equal relevance.
CALL (*) {
  CALL db.index.fulltext.queryNodes('institution_names', $lucene, {limit: $limit + 1}) YIELD node, score
  WHERE $types IS NULL OR 'institution' IN $types
  RETURN 'institution' AS type, node {.id, .nameEn, .nameKo, .acronym, .aliases, .kind, .country} AS item, score * 1.5 AS score
  UNION ALL
  // The gazetteer's entries the network does not hold yet; an imported one answers as an institution above.
  CALL db.index.fulltext.queryNodes('reference_names', $lucene, {limit: $limit + 1}) YIELD node, score
  WHERE ($types IS NULL OR 'reference' IN $types) AND NOT EXISTS { MATCH (:Institution {id: node.id}) }
  RETURN 'reference' AS type, node {.id, .nameEn, .nameKo, .acronym, .aliases, .kind, .country} AS item, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('agreement_titles', $lucene, {limit: $limit + 1}) YIELD node, score
  WHERE $types IS NULL OR 'agreement' IN $types
  RETURN 'agreement' AS type,
         node {.id, nameEn: node.titleEn, nameKo: node.titleKo, acronym: null, aliases: [], .kind, country: null,
               .summaryEn, .summaryKo} AS item,
         score
}
RETURN type, item, score
ORDER BY score DESC, item.id
LIMIT $limit + 1
