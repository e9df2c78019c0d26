// The offline import's store gets its constraints and full-text indexes after the server starts on it:
// wait until every one is online (populated), so searches answer the whole graph from the first request.
CALL db.awaitIndexes(600)
