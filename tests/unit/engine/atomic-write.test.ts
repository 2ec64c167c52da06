import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { checkWritable, OutputPathError, writeFileAtomically } from '../../../src-main/engine/atomic-write.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a symbolic link is written through: the file it points to changes, the link stays a link', async () => {
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'report.json'), 'old\n');
  symlinkSync('real/report.json', join(dir, 'link.json'));
  symlinkSync('link.json', join(dir, 'chain.json'));

  await writeFileAtomically(join(dir, 'chain.json'), 'new\n');
  expect(readFileSync(join(dir, 'real', 'report.json'), 'utf8')).toBe('new\n');
  expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
  expect(readlinkSync(join(dir, 'chain.json'))).toBe('link.json');
  expect(readdirSync(join(dir, 'real'))).toEqual(['report.json']);
});

test('a link to a file not written yet creates that file', async () => {
  symlinkSync('later.json', join(dir, 'link.json'));
  await writeFileAtomically(join(dir, 'link.json'), 'first\n');
  expect(readFileSync(join(dir, 'later.json'), 'utf8')).toBe('first\n');
  expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
});

test('no folder is ever created; the error is the write’s own, not the clean-up’s', async () => {
  await expect(writeFileAtomically(join(dir, 'missing', 'x.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  expect(readdirSync(dir)).toEqual([]);
});

test.each([
  ['a folder', () => dir, 'is-a-folder', (path: string) => `${path}: is a folder; give the name of a file in it`],
  [
    'a file in a missing folder',
    () => join(dir, 'missing', 'x.json'),
    'no-folder',
    (path: string) => `${path}: the folder ${join(dir, 'missing')} does not exist`,
  ],
  [
    'a device',
    () => '/dev/null',
    'not-a-file',
    () => '/dev/null: is not a regular file (a pipe or a device); give a file',
  ],
])('checkWritable refuses %s with one line', async (_, path, code, message) => {
  const error = await checkWritable(path()).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(OutputPathError);
  expect(error).toMatchObject({ code, message: message(path()) });
});

test('checkWritable accepts a new file and a link, and leaves nothing behind', async () => {
  await checkWritable(join(dir, 'new.json'));
  symlinkSync('target.json', join(dir, 'link.json'));
  await checkWritable(join(dir, 'link.json'));
  expect(readdirSync(dir)).toEqual(['link.json']);
});

test('a loop of links is refused, not followed for ever', async () => {
  symlinkSync('b.json', join(dir, 'a.json'));
  symlinkSync('a.json', join(dir, 'b.json'));
  await expect(checkWritable(join(dir, 'a.json'))).rejects.toMatchObject({ code: 'not-writable' });
  await expect(writeFileAtomically(join(dir, 'a.json'), 'x')).rejects.toMatchObject({ code: 'ELOOP' });
});
