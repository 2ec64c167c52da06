import { readFile, stat } from 'node:fs/promises';
import type { InputError } from '../shared/events.ts';
import type { PlanEntry } from '../shared/plan.ts';

/** A target list bigger than this is not a list someone wrote. */
const MAX_LIST_BYTES = 8 * 1024 * 1024;

export type ListFileResult = { ok: true; entries: PlanEntry[] } | { ok: false; error: InputError };

/**
 * Reads a target list: one entry a line, blank lines and `#` comments skipped,
 * a UTF-8 byte-order mark tolerated. Each entry keeps `file:line` as its source,
 * so a bad one can be pointed at precisely. Binary data is refused as a whole.
 */
export async function readListFile(path: string): Promise<ListFileResult> {
  const fail = (code: InputError['code']): ListFileResult => ({ ok: false, error: { source: path, input: '', code } });
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_LIST_BYTES) return fail('binary-list');
    bytes = await readFile(path);
  } catch {
    return fail('unreadable-list');
  }
  const text = decodeText(bytes);
  if (text === null) return fail('binary-list');
  const entries: PlanEntry[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const entry = line.replace(/^\uFEFF/, '').trim();
    if (entry.length > 0 && !entry.startsWith('#')) entries.push({ input: entry, source: `${path}:${index + 1}` });
  });
  return entries.length === 0 ? fail('empty-list') : { ok: true, entries };
}

/** Valid UTF-8 without NUL bytes, or null: a list with either is not text. */
function decodeText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
