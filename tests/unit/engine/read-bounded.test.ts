import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  readBoundedBytes,
  readBoundedStream,
  readBoundedText,
  type BoundedRead,
} from '../../../src-main/engine/read-bounded.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LIST = { limit: 64, purpose: 'target list' };

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The error of a failed read: its code, and its message, which is one line. */
function refusal<T>(read: BoundedRead<T>): { code: string; message: string } {
  if (read.ok) throw new Error('the read succeeded');
  expect(read.error.message).not.toContain('\n');
  return { code: read.error.code, message: read.error.message };
}

test('a regular file is read whole up to the cap, as text without its byte-order mark', async () => {
  const path = file('sites.txt', '\uFEFFexample.org\n');
  expect(await readBoundedText(path, LIST)).toMatchObject({ ok: true, value: 'example.org\n' });
  expect(await readBoundedText(file('exact.txt', 'a'.repeat(64)), LIST)).toMatchObject({ ok: true });
  expect(refusal(await readBoundedText(file('over.txt', 'a'.repeat(65)), LIST))).toEqual({
    code: 'too-large',
    message: `${join(dir, 'over.txt')}: the target list is larger than 64 bytes, more than Detour reads`,
  });
});

test('the size stat gives is never trusted: /proc files say 0 and are counted as they are read', async () => {
  const status = await readBoundedText('/proc/self/status', { limit: 1024 * 1024, purpose: 'status' });
  expect(status.ok && status.value).toMatch(/^Name:/);
  expect(refusal(await readBoundedBytes('/proc/self/status', { limit: 16, purpose: 'status' })).code).toBe('too-large');
});

test('a file longer than its stat says is read whole past the first buffer, and still capped', async () => {
  // This process's memory map is some hundred KiB, more than the first 64 KiB buffer, and stat says 0.
  const maps = await readBoundedText('/proc/self/smaps', { limit: 16 * 1024 * 1024, purpose: 'map' });
  const text = maps.ok ? maps.value : '';
  expect(text.length).toBeGreaterThan(64 * 1024);
  expect(text).toMatch(/^[0-9a-f]+-[0-9a-f]+ /);
  expect(text).toMatch(/\nVmFlags:[^\n]*\n$/);
  expect(refusal(await readBoundedBytes('/proc/self/smaps', { limit: 70_000, purpose: 'map' })).code).toBe('too-large');
});

test('a FIFO without a writer is refused at once, never waited on', async () => {
  const fifo = join(dir, 'list.fifo');
  execFileSync('mkfifo', [fifo]);
  expect(refusal(await readBoundedText(fifo, LIST))).toEqual({
    code: 'not-a-file',
    message: `${fifo}: the target list must be a regular file, and this is a pipe (FIFO)`,
  });
});

test('devices, links to them, folders and sockets are refused unread', async () => {
  symlinkSync('/dev/zero', join(dir, 'zero.txt'));
  const socket = join(dir, 'socket');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  try {
    expect(refusal(await readBoundedText('/dev/zero', LIST)).message).toBe(
      '/dev/zero: the target list must be a regular file, and this is a device',
    );
    expect(refusal(await readBoundedText(join(dir, 'zero.txt'), LIST)).code).toBe('not-a-file');
    expect(refusal(await readBoundedText(dir, LIST)).message).toMatch(/this is a folder$/);
    expect(refusal(await readBoundedText(socket, LIST)).code).toBe('not-a-file');
  } finally {
    server.close();
  }
});

test('a missing file, binary data and invalid UTF-8 each have their own code', async () => {
  expect(refusal(await readBoundedText(join(dir, 'nope.txt'), LIST))).toEqual({
    code: 'missing',
    message: `${join(dir, 'nope.txt')}: no such file`,
  });
  expect(refusal(await readBoundedText(file('nul.txt', new Uint8Array([0x61, 0x00])), LIST)).code).toBe('not-text');
  expect(refusal(await readBoundedText(file('bad.txt', new Uint8Array([0x61, 0xff])), LIST)).code).toBe('not-text');
});

test('a path with control characters is shown with them visible', async () => {
  const read = await readBoundedText(join(dir, 'evil\u001b[2J.txt'), LIST);
  expect(refusal(read).message).toContain('evil\\x1b[2J.txt');
});

test('a stream (standard input) is read up to the cap and then let go', async () => {
  expect(await readBoundedStream(Readable.from(['one\n', 'two\n']), 'stdin', LIST)).toMatchObject({
    ok: true,
    value: 'one\ntwo\n',
  });
  const endless = new Readable({
    read() {
      this.push(Buffer.alloc(16, 0x61));
    },
  });
  expect(refusal(await readBoundedStream(endless, 'stdin', LIST)).code).toBe('too-large');
  expect(endless.destroyed).toBe(true);
});
