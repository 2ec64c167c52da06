/**
 * A many-writers, one-reader queue exposed as an AsyncIterable: concurrent target
 * workers push events, the caller of runDiagnostics reads them in arrival order.
 * Events are small and few per probe, so the queue is unbounded.
 */
export class EventChannel<T> implements AsyncIterable<T> {
  #queue: T[] = [];
  #wake: (() => void) | null = null;
  #closed = false;
  #failure: { error: unknown } | null = null;

  push(item: T): void {
    if (this.#closed) return;
    this.#queue.push(item);
    this.#wakeReader();
  }

  /** Ends the stream after the queued items; with `failure`, the reader's loop then throws it. */
  close(failure?: { error: unknown }): void {
    this.#closed = true;
    this.#failure = failure ?? null;
    this.#wakeReader();
  }

  #wakeReader(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.#queue.length > 0) {
        yield* this.#queue.splice(0);
        continue;
      }
      if (this.#closed) {
        if (this.#failure !== null) throw this.#failure.error;
        return;
      }
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }
}
