// Takes the graph's write lease for $owner when nobody holds it, when $owner holds it already, when its
// holder's heartbeat is older than $ttlMs, or when the caller found its holder ($deadOwner) dead. The
// first SET takes the node's write lock before its holder is read, so two callers are served one after
// the other and never both take it. Times are the database's clock, shared by every process.
MERGE (lease:WriteLease {id: 'graph'})
SET lease.askedAt = timestamp()
WITH lease,
     lease.owner IS NULL OR lease.owner = $owner OR lease.owner = $deadOwner
       OR lease.heartbeatAt < timestamp() - $ttlMs AS free
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
  SET lease.since = CASE WHEN lease.owner = $owner THEN lease.since ELSE timestamp() END,
      lease.owner = $owner, lease.host = $host, lease.pid = $pid, lease.purpose = $purpose,
      lease.heartbeatAt = timestamp()
)
RETURN free AS taken, lease.owner AS owner, lease.host AS host, lease.pid AS pid, lease.purpose AS purpose,
       timestamp() - lease.since AS heldMs
