// Heals an interrupted bulk import: the parties of every agreement whose edges were never derived
// (:CooperationPending) are marked :CooperationStale, for import/bulk/cooperation-edges.cypher to rebuild
// their edges from the graph. Each agreement's mark moves to its parties in the same transaction, so an
// interruption here too leaves nothing unmarked. Run on its own (CALL … IN TRANSACTIONS), by the one
// holder of the write lease, so setting labels on hubs contends with nobody.
MATCH (agreement:CooperationPending)
CALL (agreement) {
  OPTIONAL MATCH (agreement)<-[:PARTY_TO]-(party:Institution)
  FOREACH (i IN CASE WHEN party IS NULL THEN [] ELSE [party] END | SET i:CooperationStale)
  REMOVE agreement:CooperationPending
} IN TRANSACTIONS OF 1000 ROWS
