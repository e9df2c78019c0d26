// One uniqueness constraint per node key: imports MERGE on these, and lookups by id use their index.
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (n:Domain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
// The reference gazetteer (cypher/reference/): one node per institution it knows.
CREATE CONSTRAINT reference_institution_id IF NOT EXISTS FOR (n:ReferenceInstitution) REQUIRE n.id IS UNIQUE;
// The stored layout's state (server/layout/): one node, written after every import.
CREATE CONSTRAINT layout_id IF NOT EXISTS FOR (n:Layout) REQUIRE n.id IS UNIQUE;
// The graph's write lease (server/maintenance/lease.ts): one node, so two writers cannot both take it.
CREATE CONSTRAINT write_lease_id IF NOT EXISTS FOR (n:WriteLease) REQUIRE n.id IS UNIQUE;
// The graph's version (api/graph-version): one node, which every write moves on.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
// The gazetteer's digest (cypher/reference/version): one node.
CREATE CONSTRAINT reference_version_id IF NOT EXISTS FOR (n:ReferenceVersion) REQUIRE n.id IS UNIQUE;
