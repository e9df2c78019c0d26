/** Neo4j's answers when a read passed one of the server's limits rather than failed. */

/** The transaction needed more memory than db.memory.transaction.max allows. */
export const isMemoryLimit = (code: string): boolean =>
  code.includes('MemoryPoolOutOfMemoryError') || code.includes('TransactionMemoryLimit');

/** The transaction ran past its timeout (the server's setting or the driver's). */
export const isTimeout = (code: string): boolean =>
  code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
  code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';
