// The holder's heartbeat: its lease stays its own while this runs more often than the takers' $ttlMs.
// No row when the lease was taken over (its holder was judged dead).
MATCH (lease:WriteLease {id: 'graph', owner: $owner})
SET lease.heartbeatAt = timestamp()
RETURN lease.owner AS owner
