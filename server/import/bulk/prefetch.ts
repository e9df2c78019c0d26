/**
 * Reads ahead of its consumer: pulls up to `depth` items from a source while the consumer awaits
 * something else (Neo4j writing the previous batch), so parsing and validating overlap with writing.
 * Memory stays bounded by `depth` items.
 */
export async function* prefetch<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const ahead: Promise<IteratorResult<T>>[] = [];
  const fill = (): void => {
    while (ahead.length < depth) ahead.push(pullLater(iterator));
  };
  try {
    fill();
    for (;;) {
      const next = await ahead.shift()!;
      if (next.done) return;
      fill();
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}

/** Pulls the next item on a later turn of the event loop, so that the current one can be handed out first. */
function pullLater<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
  const pulled = new Promise((resolve) => setImmediate(resolve)).then(() => iterator.next());
  // A failure surfaces when the consumer reaches this item; until then it is not "unhandled".
  pulled.catch(() => undefined);
  return pulled;
}
