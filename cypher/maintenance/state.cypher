// What the graph's upkeep (server/maintenance/) needs to know, from the count store and three nodes, so
// it is cheap enough to ask every few seconds: who holds the write lease and how long since its
// heartbeat, agreements whose COOPERATES_WITH edges an interrupted import never wrote
// (:CooperationPending), institutions whose edges wait to be rebuilt (:CooperationStale), and whether the
// stored layout is complete, places every institution and has seen the graph's last write (layout/state).
OPTIONAL MATCH (lease:WriteLease {id: 'graph'})
OPTIONAL MATCH (layout:Layout {id: 'cooperation'})
OPTIONAL MATCH (graph:GraphVersion {id: 'graph'})
RETURN lease.owner AS owner, lease.host AS host, lease.pid AS pid,
       timestamp() - lease.heartbeatAt AS idleMs,
       COUNT { (:CooperationPending) } AS pending, COUNT { (:CooperationStale) } AS stale,
       layout.status = 'ready' AND layout.institutions = COUNT { (:Institution) }
         AND coalesce(layout.graphVersion, -1) = coalesce(graph.version, -1) AS layoutCurrent
