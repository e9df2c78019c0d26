// The end of a bulk import: every new agreement's COOPERATES_WITH edges are written, so none is pending.
// (The import healed what an earlier one left pending before it wrote, so every mark is its own.)
MATCH (agreement:CooperationPending)
CALL (agreement) {
  REMOVE agreement:CooperationPending
} IN TRANSACTIONS OF 10000 ROWS
