import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { readBoundedText, writeFileAtomically } from '../engine/index.ts';

/** Far above any settings, consent or credentials file, far below what would hurt to read. */
const MAX_STORE_BYTES = 4 * 1024 * 1024;

/**
 * One small JSON document in the user-data folder (settings, consent, stored
 * credentials). Reading never fails: a missing, unreadable, malformed or
 * schema-violating file gives the defaults, so a damaged file costs the user a
 * setting, never the app. Writing is atomic: the new content goes to a temporary file
 * in the same folder, is flushed to disk, and is renamed over the old one (rename(2)
 * replaces atomically), so a crash leaves either the old file or the new one.
 * Updates are serialised, so two at once cannot lose one another.
 */
export class JsonFileStore<T> {
  readonly #path: string;
  readonly #schema: z.ZodType<T>;
  readonly #defaults: T;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(path: string, schema: z.ZodType<T>, defaults: T) {
    this.#path = path;
    this.#schema = schema;
    this.#defaults = defaults;
  }

  async read(): Promise<T> {
    const read = await readBoundedText(this.#path, { limit: MAX_STORE_BYTES, purpose: 'settings file' });
    if (!read.ok) return this.#defaults;
    const parsed = this.#schema.safeParse(parseJson(read.value));
    return parsed.success ? parsed.data : this.#defaults;
  }

  /** Reads, applies `change`, validates and writes, one update at a time; resolves with what was written. */
  update(change: (current: T) => T): Promise<T> {
    const next = this.#queue.then(async () => {
      const value = this.#schema.parse(change(await this.read()));
      // The app's own data folder: created on first write (an atomic write never creates folders).
      await mkdir(dirname(this.#path), { recursive: true, mode: 0o700 });
      await writeFileAtomically(this.#path, `${JSON.stringify(value, null, 2)}\n`);
      return value;
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }

  write(value: T): Promise<T> {
    return this.update(() => value);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
