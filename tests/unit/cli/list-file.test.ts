import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readListFile } from '../../../src-main/cli/list-file.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-list-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test('one entry a line, with its file:line; comments, blank lines, CRLF and a BOM are handled', async () => {
  const path = file(
    'sites.txt',
    '\uFEFF# news\r\nhttps://a.example/\r\n\r\n  b.example:443  \n#c.example\nstun:s.example\n',
  );
  expect(await readListFile(path)).toEqual({
    ok: true,
    entries: [
      { input: 'https://a.example/', source: `${path}:2` },
      { input: 'b.example:443', source: `${path}:4` },
      { input: 'stun:s.example', source: `${path}:6` },
    ],
  });
});

test.each([
  ['an empty file', '', 'empty-list'],
  ['only comments', '# nothing here\n\n', 'empty-list'],
  ['binary with NUL bytes', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]), 'binary-list'],
  ['invalid UTF-8', new Uint8Array([0x68, 0x74, 0xff, 0xfe, 0x0a]), 'binary-list'],
])('%s is one clear error', async (_, content, code) => {
  const path = file('list.txt', content);
  expect(await readListFile(path)).toEqual({ ok: false, error: { source: path, input: '', code } });
});

test('a missing file is unreadable', async () => {
  const path = join(dir, 'missing.txt');
  expect(await readListFile(path)).toEqual({ ok: false, error: { source: path, input: '', code: 'unreadable-list' } });
});
