import { readBoundedChunks, type FileReadError } from '../read-bounded.ts';
import { JsonScanner } from './json-scanner.ts';

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

export type JsonFileRead = { ok: true; value: Record<string, unknown> } | { ok: false; error: JsonFileError };

export interface JsonFileOptions {
  limit: number;
  /** What the file is, for messages: "report", "history entry". */
  purpose: string;
  split?: readonly string[];
  skip?: readonly string[];
}

export async function readJsonObjectFile(path: string, options: JsonFileOptions): Promise<JsonFileRead> {
  const value: Record<string, unknown> = {};
  const scanner = new JsonScanner(
    {
      member: (key, json) => void (value[key] = JSON.parse(json)),
      array: (key) => void (value[key] = []),
      element: (key, json) => void (value[key] as unknown[]).push(JSON.parse(json)),
    },
    { split: new Set([...(options.split ?? []), ...(options.skip ?? [])]), skip: new Set(options.skip ?? []) },
  );
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let notText = false;
  const feed = (text: string): void => {
    if (!notText) scanner.feed(text);
  };
  const read = await readBoundedChunks(path, options, (chunk) => {
    if (notText) return;
    try {
      feed(decoder.decode(chunk, { stream: true }));
    } catch {
      notText = true;
    }
  });
  if (!read.ok) return { ok: false, error: { code: 'read', error: read.error } };
  try {
    feed(decoder.decode());
  } catch {
    notText = true;
  }
  if (notText) return { ok: false, error: { code: 'not-text' } };
  const error = scanner.end();
  if (error !== null) return { ok: false, error: { code: 'not-json', ...scanner.position(error) } };
  if (scanner.first !== '{') return { ok: false, error: { code: 'not-an-object' } };
  return { ok: true, value };
}
