// How many institutions and cooperation edges there are (from Neo4j's count store, instantly), so the
// layout sizes its arrays once.
RETURN COUNT { (:Institution) } AS institutions, COUNT { ()-[:COOPERATES_WITH]->() } AS cooperation
