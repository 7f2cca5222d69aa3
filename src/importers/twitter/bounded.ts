/**
 * Run tasks with at most `limit` in flight and yield their results in the order given, so that
 * reading many photo heads overlaps without ever holding more than `limit` of them in memory.
 * Tasks are pulled from the iterable lazily; stopping the consumer stops pulling.
 */
export async function* ordered<T>(tasks: Iterable<() => T | Promise<T>>, limit: number): AsyncGenerator<T> {
  const queue: Promise<T>[] = [];
  const it = tasks[Symbol.iterator]();
  let done = false;
  const fill = (): void => {
    while (!done && queue.length < limit) {
      const next = it.next();
      if (next.done) {
        done = true;
        break;
      }
      const p = Promise.resolve().then(next.value);
      // The rejection is seen when this task reaches the head; until then (or if the consumer
      // stops early) it must not surface as an unhandled rejection.
      p.catch(() => {});
      queue.push(p);
    }
  };
  fill();
  while (queue.length > 0) {
    const value = await queue.shift()!;
    fill();
    yield value;
  }
}
