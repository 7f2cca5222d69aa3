/**
 * Run an async job for each item with at most `limit` in flight, yielding results in input order.
 * Shared by every importer to read photo heads for EXIF a few at a time: parallel enough to hide zip inflate latency,
 * bounded so a folder of thousands of photos never holds more than `limit` heads in memory.
 */
export async function* mapOrdered<T, R>(items: Iterable<T>, limit: number, job: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const it = items[Symbol.iterator]();
  let done = false;
  const fill = (): void => {
    while (!done && pending.length < limit) {
      const next = it.next();
      if (next.done) {
        done = true;
        break;
      }
      const p = job(next.value);
      // A later job may reject while an earlier one is awaited; the handler keeps Node from
      // reporting it as unhandled. The rejection still surfaces when its turn comes.
      p.catch(() => undefined);
      pending.push(p);
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    fill();
    yield result;
  }
}
