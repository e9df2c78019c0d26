// What an interrupted bulk import left undone (heal.ts), from the count store: new agreements whose
// COOPERATES_WITH edges were never written, and institutions whose edges wait to be rebuilt.
RETURN COUNT { (:CooperationPending) } AS pending, COUNT { (:CooperationStale) } AS stale
