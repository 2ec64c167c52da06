import { readFile, stat } from 'node:fs/promises';
import type { InputError } from '../../shared/events.ts';
import {
  decodeTestListBytes,
  MAX_TEST_LIST_BYTES,
  parseTestListCsv,
  type TestListResult,
} from '../../shared/test-list.ts';

/**
 * Reads a test list file in the Citizen Lab CSV format; the parsing itself is in
 * shared/test-list.ts, which the app's Sites screen uses on a file the user picks.
 */
export {
  MAX_TEST_LIST_BYTES,
  MAX_TEST_LIST_ENTRIES,
  parseTestListCsv,
  TEST_LIST_COLUMNS,
  type TestListEntry,
  type TestListResult,
} from '../../shared/test-list.ts';

/** Reads and parses a test list file; never throws, whatever the file holds. */
export async function readTestListCsv(path: string): Promise<TestListResult> {
  const fail = (code: InputError['code']): TestListResult => ({
    entries: [],
    errors: [{ source: path, input: '', code }],
  });
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_TEST_LIST_BYTES) return fail('binary-list');
    bytes = await readFile(path);
  } catch {
    return fail('unreadable-list');
  }
  const text = decodeTestListBytes(bytes);
  return text === null ? fail('binary-list') : parseTestListCsv(text, path);
}
