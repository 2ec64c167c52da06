import { readBoundedChunks, type FileReadError } from '../read-bounded.ts';
import { JsonScanner, type PieceHandler, type ScanOptions } from './json-scanner.ts';

/**
 * Reads a JSON file whose value should be an object, a chunk at a time: the text is
 * never held whole, only the parsed pieces (json-scanner.ts), so a report of a few
 * hundred megabytes costs its parsed size and not twice or three times that. The
 * arrays named in `split` come back as arrays of parsed elements, those in `skip` as
 * empty arrays (checked for syntax, never kept).
 */
export type JsonFileError =
  | { code: 'read'; error: FileReadError }
  | { code: 'not-text' }
  | { code: 'not-json'; line: number; column: number }
  | { code: 'not-an-object' };

/** `streamed`: the file was large, and read a piece at a time (else parsed whole). */
export type JsonFileRead =
  { ok: true; value: Record<string, unknown>; streamed: boolean } | { ok: false; error: JsonFileError };

export interface JsonFileOptions {
  limit: number;
  /** What the file is, for messages: "report", "history entry". */
  purpose: string;
  split?: readonly string[];
  skip?: readonly string[];
}

/**
 * Below this a file is parsed whole by JSON.parse (native, several times quicker than
 * the scanner, and the text of a small file costs nothing); above it, streamed.
 */
const WHOLE_BYTES = 4 * 1024 * 1024;

export async function readJsonObjectFile(path: string, options: JsonFileOptions): Promise<JsonFileRead> {
  const streamed = new StreamedObject(options);
  let head: Buffer[] | null = [];
  let headBytes = 0;
  const read = await readBoundedChunks(path, options, (chunk) => {
    if (head !== null && headBytes + chunk.length <= WHOLE_BYTES) {
      head.push(Buffer.from(chunk));
      headBytes += chunk.length;
      return;
    }
    for (const early of head ?? []) streamed.feed(early);
    head = null;
    streamed.feed(chunk);
  });
  if (!read.ok) return { ok: false, error: { code: 'read', error: read.error } };
  return head === null ? streamed.end() : parseWhole(Buffer.concat(head, headBytes), options);
}

/** A small file: JSON.parse, and the scanner only to say where a syntax error is. */
function parseWhole(bytes: Buffer, options: JsonFileOptions): JsonFileRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'not-text' } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const scanner = new JsonScanner();
    scanner.feed(text);
    return { ok: false, error: { code: 'not-json', ...scanner.position(scanner.end() ?? text.length) } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: { code: 'not-an-object' } };
  }
  const object = value as Record<string, unknown>;
  for (const key of options.skip ?? []) if (Array.isArray(object[key])) object[key] = [];
  return { ok: true, value: object, streamed: false };
}

/** A large file: decoded and scanned a chunk at a time, its pieces parsed as they come. */
class StreamedObject {
  readonly #value: Record<string, unknown> = {};
  readonly #text: ScannedJson;

  constructor(options: JsonFileOptions) {
    const value = this.#value;
    this.#text = new ScannedJson(
      {
        member: (key, json) => void (value[key] = JSON.parse(json)),
        array: (key) => void (value[key] = []),
        element: (key, json) => void (value[key] as unknown[]).push(JSON.parse(json)),
      },
      { split: new Set([...(options.split ?? []), ...(options.skip ?? [])]), skip: new Set(options.skip ?? []) },
    );
  }

  feed(chunk: Buffer): void {
    this.#text.feed(chunk);
  }

  end(): JsonFileRead {
    const error = this.#text.end();
    return error === null ? { ok: true, value: this.#value, streamed: true } : { ok: false, error };
  }
}

/**
 * The bytes of a JSON text that should be an object, decoded (UTF-8) and scanned a
 * chunk at a time, its pieces handed to `handler` as they end (json-scanner.ts).
 */
export class ScannedJson {
  readonly #scanner: JsonScanner;
  readonly #decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  #notText = false;

  constructor(handler: PieceHandler, options: ScanOptions) {
    this.#scanner = new JsonScanner(handler, options);
  }

  feed(chunk: Buffer): void {
    this.#decode(() => this.#decoder.decode(chunk, { stream: true }));
  }

  /** Null once the text was one JSON object, else what is wrong with it. */
  end(): Exclude<JsonFileError, { code: 'read' }> | null {
    this.#decode(() => this.#decoder.decode());
    if (this.#notText) return { code: 'not-text' };
    const error = this.#scanner.end();
    if (error !== null) return { code: 'not-json', ...this.#scanner.position(error) };
    if (this.#scanner.first !== '{') return { code: 'not-an-object' };
    return null;
  }

  #decode(decode: () => string): void {
    if (this.#notText) return;
    let text: string;
    try {
      text = decode();
    } catch {
      this.#notText = true;
      return;
    }
    this.#scanner.feed(text);
  }
}
