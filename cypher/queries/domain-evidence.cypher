// @title Agreements of a domain with their evidence
// @description Every agreement covering a domain, one row per quote that supports it, in Korean as the
// source writes it and in English, with the source: the sentences behind a field's cooperation.
// @param domain string The domain's id, e.g. quantum
// @param limit integer(1..1000)=100 Maximum rows
// @column agreement The agreement {id, titleEn, status, date}
// @column quoteKo The passage as the source writes it
// @column quoteEn Its English translation
// @column source The source {id, kind, title, publisher, published, url}
// @returns one row per agreement and quote, by date, agreement id, source and quote

MATCH (a:Agreement)-[:COVERS]->(:Domain {id: $domain})
MATCH (a)-[e:EVIDENCED_BY]->(s:Source)
WITH a, e, s ORDER BY a.date, a.id, s.id, e.quoteKo
LIMIT $limit + 1
RETURN
  a {.id, .titleEn, .status, .date} AS agreement,
  e.quoteKo AS quoteKo,
  e.quoteEn AS quoteEn,
  s {.id, .kind, .title, .publisher, .published, .url} AS source
ORDER BY agreement.date, agreement.id, source.id, quoteKo
