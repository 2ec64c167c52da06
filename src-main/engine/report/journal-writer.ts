import { open, type FileHandle } from 'node:fs/promises';
import type { EngineEvent } from '../../shared/events.ts';

/** The longest a journalled event waits in memory before it is written. */
export const FLUSH_INTERVAL_MS = 1000;

/**
 * The journal of a run: an append-only NDJSON file, one engine event a line, as they
 * happen (see journal-reader.ts for how it is read back). Nothing is ever rewritten,
 * so a run of any size costs its own size in writes, once, and a kill (SIGKILL, a
 * crash) loses at most the last second: lines are written (write(2), to the kernel,
 * which keeps them past the process's death) at least every FLUSH_INTERVAL_MS and at
 * once on every `target-finished` and `run-finished`, so a finished target is never
 * lost. `progress` events are not kept: they say nothing the report holds.
 *
 * The file is owner-only (it names the sites and routes someone uses) and created
 * new: a journal is never appended to by two runs.
 */
export class JournalWriter {
  readonly path: string;
  readonly #file: FileHandle;
  readonly #onError: (error: unknown) => void;
  #lines: string[] = [];
  #timer: NodeJS.Timeout | null = null;
  #writing: Promise<void> = Promise.resolve();
  #failed = false;
  #closed: Promise<boolean> | null = null;

  private constructor(path: string, file: FileHandle, onError: (error: unknown) => void) {
    this.path = path;
    this.#file = file;
    this.#onError = onError;
  }

  /** `onError`: told about a write that failed in the background; the journal then stops writing. */
  static async create(path: string, onError: (error: unknown) => void = () => undefined): Promise<JournalWriter> {
    return new JournalWriter(path, await open(path, 'wx', 0o600), onError);
  }

  append(event: EngineEvent): void {
    if (event.type === 'progress' || this.#failed || this.#closed !== null) return;
    this.#lines.push(`${JSON.stringify(event)}\n`);
    if (event.type === 'target-finished' || event.type === 'run-finished' || event.type === 'run-started') {
      void this.flush();
      return;
    }
    if (this.#timer !== null) return;
    this.#timer = setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS);
    // The run keeps the process alive; a pending flush must not on its own.
    this.#timer.unref();
  }

  /** Writes every line appended so far; resolves when they are written (never rejects: see onError). */
  flush(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#lines.length === 0) return this.#writing;
    const text = this.#lines.join('');
    this.#lines = [];
    this.#writing = this.#writing.then(async () => {
      if (this.#failed) return;
      try {
        await this.#file.writeFile(text);
      } catch (error) {
        this.#failed = true;
        this.#onError(error);
      }
    });
    return this.#writing;
  }

  /** Writes what is left, makes it durable (fsync) and closes the file, once; resolves false if any write failed. */
  close(): Promise<boolean> {
    this.#closed ??= this.#close();
    return this.#closed;
  }

  async #close(): Promise<boolean> {
    await this.flush();
    try {
      if (!this.#failed) await this.#file.sync();
    } catch (error) {
      this.#failed = true;
      this.#onError(error);
    } finally {
      await this.#file.close().catch(() => undefined);
    }
    return !this.#failed;
  }
}
