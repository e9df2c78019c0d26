// Full-text search over names in both languages. The `cjk` analyzer splits Hangul into bigrams, so a
// partial Korean word ("표준") finds 한국표준과학연구원; Latin text is lower-cased word by word.
CREATE FULLTEXT INDEX institution_names IF NOT EXISTS
FOR (n:Institution) ON EACH [n.nameEn, n.nameKo, n.acronym, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// The gazetteer's names, searched like the network's (an entry not yet in the network is marked so).
CREATE FULLTEXT INDEX reference_names IF NOT EXISTS
FOR (n:ReferenceInstitution) ON EACH [n.nameEn, n.nameKo, n.acronym, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX agreement_titles IF NOT EXISTS
FOR (n:Agreement) ON EACH [n.titleEn, n.titleKo, n.summaryEn, n.summaryKo]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// Filters of the network and the agreement list.
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status);
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date);
CREATE INDEX institution_country IF NOT EXISTS FOR (n:Institution) ON (n.country);
// The network's stored order: pages of /api/graph/page are range seeks on it.
CREATE RANGE INDEX institution_rank IF NOT EXISTS FOR (n:Institution) ON (n.rank);
// Last: wait until the indexes are online, so the first search does not race their population.
CALL db.awaitIndexes(60);
