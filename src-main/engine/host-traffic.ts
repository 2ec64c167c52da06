import { abortError } from './deadline.ts';

/**
 * Keeps Detour from jamming the very link it measures. Downloads (page bodies, speed
 * tests) towards one destination (host and port) never run while handshakes to it
 * run over other routes, and never two at once: a throttle that queues per
 * destination would otherwise fill up with our own download and make the handshakes
 * next to it time out, which looks exactly like blocking (the Truthful issue: a
 * "traffic jam" taken for SNI filtering).
 *
 * A readers–writer lock per destination: handshakes share it, a download holds it
 * alone. Waiting downloads go first, so handshakes arriving later cannot starve them.
 */
export class HostTraffic {
  readonly #hosts = new Map<string, HostLock>();

  /** Runs `task` alongside other handshakes to `destination` (host:port), but never during a download. */
  handshake<T>(destination: string, signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    return this.#run(destination, 'shared', signal, task);
  }

  /** Runs `task` with nothing else in flight to `destination` (host:port). */
  download<T>(destination: string, signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    return this.#run(destination, 'alone', signal, task);
  }

  async #run<T>(destination: string, mode: Mode, signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    const key = destination.toLowerCase();
    const lock = this.#hosts.get(key) ?? new HostLock();
    this.#hosts.set(key, lock);
    await lock.acquire(mode, signal);
    try {
      return await task();
    } finally {
      lock.release(mode);
      if (lock.idle) this.#hosts.delete(key);
    }
  }
}

type Mode = 'shared' | 'alone';

interface Waiter {
  mode: Mode;
  grant: () => void;
}

class HostLock {
  #sharing = 0;
  #alone = false;
  readonly #waiting: Waiter[] = [];

  get idle(): boolean {
    return this.#sharing === 0 && !this.#alone && this.#waiting.length === 0;
  }

  acquire(mode: Mode, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(abortError(signal));
    if (this.#waiting.length === 0 && this.#free(mode)) {
      this.#take(mode);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        mode,
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          this.#take(mode);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
        this.#grantWaiting();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  release(mode: Mode): void {
    if (mode === 'alone') this.#alone = false;
    else this.#sharing -= 1;
    this.#grantWaiting();
  }

  #free(mode: Mode): boolean {
    return !this.#alone && (mode === 'shared' || this.#sharing === 0);
  }

  #take(mode: Mode): void {
    if (mode === 'alone') this.#alone = true;
    else this.#sharing += 1;
  }

  /** First come, first served: the head waits while it cannot go, and those behind it wait too. */
  #grantWaiting(): void {
    while (this.#waiting[0] !== undefined && this.#free(this.#waiting[0].mode)) {
      this.#waiting.shift()?.grant();
    }
  }
}
