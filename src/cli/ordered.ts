/**
 * Runs work on a sequence with up to `window` items in flight and hands the results on in the input's order, as
 * soon as each is next in line. Memory stays at `window` items however long the sequence: the reading side waits
 * while the window is full, and the writing side (emit) may wait for the output to drain.
 */
export async function inOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => Promise<R>,
  emit: (result: R, item: T) => Promise<void> | void,
  window: number,
): Promise<void> {
  // `start` must not reject (a rejection waiting in the queue would be unhandled): callers turn failures into results.
  const inFlight: { item: T; result: Promise<R> }[] = [];
  const next = async () => {
    const { item, result } = inFlight.shift()!;
    await emit(await result, item);
  };
  for await (const item of items) {
    inFlight.push({ item, result: start(item) });
    while (inFlight.length >= Math.max(1, window)) await next();
  }
  while (inFlight.length > 0) await next();
}
