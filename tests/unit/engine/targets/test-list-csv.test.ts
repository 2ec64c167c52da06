import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readTestListCsv } from '../../../../src-main/engine/targets/test-list-csv.ts';

const HEADER = 'url,category_code,category_description,date_added,source,notes';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-test-list-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// The parser itself is tested in tests/unit/shared/test-list.test.ts; here, reading files.

test('files: a missing one is unreadable, binary data and invalid UTF-8 are not test lists', async () => {
  const missing = join(dir, 'missing.csv');
  expect(await readTestListCsv(missing)).toEqual({
    entries: [],
    errors: [{ source: missing, input: '', code: 'unreadable-list' }],
  });
  for (const bytes of [
    [0x50, 0x4b, 0x03, 0x04, 0x00],
    [0x75, 0x72, 0x6c, 0xff, 0xfe],
  ]) {
    const path = join(dir, 'binary.csv');
    writeFileSync(path, new Uint8Array(bytes));
    expect(await readTestListCsv(path)).toEqual({
      entries: [],
      errors: [{ source: path, input: '', code: 'binary-list' }],
    });
  }
  const good = join(dir, 'az.csv');
  writeFileSync(good, `${HEADER}\nhttps://a.example/,NEWS,,,,\n`);
  expect(await readTestListCsv(good)).toEqual({
    entries: [{ input: 'https://a.example/', source: `${good}:2`, category: 'NEWS' }],
    errors: [],
  });
});

test('a file over the size cap is not a test list', async () => {
  const path = join(dir, 'huge.csv');
  writeFileSync(path, Buffer.alloc(8 * 1024 * 1024 + 1, 0x61));
  expect(await readTestListCsv(path)).toEqual({
    entries: [],
    errors: [{ source: path, input: '', code: 'list-too-large' }],
  });
});
