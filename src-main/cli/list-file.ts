import type { Readable } from 'node:stream';
import { LIST_READ_ERROR, readBoundedStream, readBoundedText } from '../engine/index.ts';
import type { InputError } from '../shared/events.ts';
import type { PlanEntry } from '../shared/plan.ts';
import { MAX_LIST_BYTES } from '../shared/test-list.ts';

/** `--list -`: the list comes from standard input. */
export const STDIN_LIST = '-';

export type ListFileResult = { ok: true; entries: PlanEntry[] } | { ok: false; error: InputError };

/**
 * Reads a target list: one entry a line, blank lines and `#` comments skipped,
 * a UTF-8 byte-order mark tolerated. Each entry keeps `file:line` as its source,
 * so a bad one can be pointed at precisely. Binary data is refused as a whole, and
 * so is anything that is not a file (a FIFO, a device) or larger than 8 MiB
 * (engine/read-bounded.ts). `-` reads standard input, up to the same cap.
 */
export async function readListFile(path: string, stdin: Readable = process.stdin): Promise<ListFileResult> {
  const source = path === STDIN_LIST ? 'stdin' : path;
  const options = { limit: MAX_LIST_BYTES, purpose: 'target list' };
  const read =
    path === STDIN_LIST ? await readBoundedStream(stdin, source, options) : await readBoundedText(path, options);
  const fail = (code: InputError['code']): ListFileResult => ({ ok: false, error: { source, input: '', code } });
  if (!read.ok) return fail(LIST_READ_ERROR[read.error.code]);
  const entries: PlanEntry[] = [];
  read.value.split(/\r?\n/).forEach((line, index) => {
    const entry = line.replace(/^\uFEFF/, '').trim();
    if (entry.length > 0 && !entry.startsWith('#')) entries.push({ input: entry, source: `${source}:${index + 1}` });
  });
  return entries.length === 0 ? fail('empty-list') : { ok: true, entries };
}
