import type { InputError } from '../../shared/events.ts';
import { MAX_TEST_LIST_BYTES, parseTestListCsv, type TestListResult } from '../../shared/test-list.ts';
import { readBoundedText, type FileReadErrorCode } from '../read-bounded.ts';

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

/** Reads and parses a test list file (read-bounded.ts: a regular file, 8 MiB at most); never throws. */
export async function readTestListCsv(path: string): Promise<TestListResult> {
  const read = await readBoundedText(path, { limit: MAX_TEST_LIST_BYTES, purpose: 'test list' });
  if (read.ok) return parseTestListCsv(read.value, path);
  return { entries: [], errors: [{ source: path, input: '', code: LIST_READ_ERROR[read.error.code] }] };
}

/** What a failed read of a list file (a test list, or a --list) means as an input error. */
export const LIST_READ_ERROR: Readonly<Record<FileReadErrorCode, InputError['code']>> = {
  missing: 'unreadable-list',
  unreadable: 'unreadable-list',
  'not-a-file': 'list-not-a-file',
  'too-large': 'list-too-large',
  'not-text': 'binary-list',
};
