import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { printable } from '../shared/printable.ts';
import { decodeUtf8Text } from '../shared/text-bytes.ts';

/**
 * The one way Detour reads a file it is given or keeps: target lists, test lists,
 * route files, reports, history entries, WireGuard configurations. Whatever the path
 * names, the read is bounded:
 *   - it opens without blocking (O_NONBLOCK), so a FIFO with no writer cannot hang
 *     it, then refuses anything but a regular file (a FIFO, /dev/zero, a folder, a
 *     socket), checked on the open descriptor, so a symlink swapped in between
 *     changes nothing;
 *   - it counts the bytes as they come and stops one past the cap: `stat` says 0 for
 *     a pipe, a device or a /proc file and is stale for a file that grows, so it may
 *     refuse a file early (one that says it is larger) but never lets one through.
 * Standard input (`--list -`) is read the same way, up to the cap (readBoundedStream).
 * Every failure is a FileReadError, returned, never thrown: a one-line message that
 * names the file and says what is wrong.
 */

export type FileReadErrorCode = 'missing' | 'unreadable' | 'not-a-file' | 'too-large' | 'not-text';

export class FileReadError extends Error {
  override readonly name = 'FileReadError';
  readonly code: FileReadErrorCode;
  readonly path: string;
  /** The technical reason in a few words: an errno code, "a pipe (FIFO)", "over 8 MiB". */
  readonly detail: string;
  /** For `too-large` on a regular file: its size as the file system says (for words, never for decisions). */
  readonly size: number | undefined;

  constructor(code: FileReadErrorCode, path: string, message: string, detail: string, size?: number) {
    super(message);
    this.code = code;
    this.path = path;
    this.detail = detail;
    this.size = size;
  }
}

export interface BoundedReadOptions {
  /** The most bytes the file may hold. */
  limit: number;
  /** What the file is, for the message: "target list", "report", "routes file". */
  purpose: string;
}

export type BoundedRead<T> = { ok: true; value: T; mode: number } | { ok: false; error: FileReadError };

/** How much is asked of the descriptor at a time, at least and at most. */
const CHUNK_BYTES = 64 * 1024;
const MAX_CHUNK_BYTES = 1024 * 1024;

/**
 * At most `limit` bytes of a regular file, read straight into one buffer sized from
 * stat (grown should the file be longer than it said): no chunk is copied and no
 * chunks joined, which is most of the time of reading a history index of 1,000 runs.
 */
export function readBoundedBytes(path: string, options: BoundedReadOptions): Promise<BoundedRead<Buffer>> {
  return readRegularFile(path, options, async (handle, stats) => {
    let buffer = Buffer.allocUnsafe(Math.min(Math.max(stats.size + 1, CHUNK_BYTES), options.limit + 1));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > options.limit) return tooLarge(path, options, Math.max(stats.size, total));
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, options.limit + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) return buffer.subarray(0, total);
      total += bytesRead;
    }
  });
}

/**
 * A regular file of at most `limit` bytes, handed to `onChunk` a piece at a time as it
 * is read (a report of hundreds of megabytes is never one buffer). The checks are
 * readBoundedBytes's; a file found too large midway fails after some chunks were seen.
 * The chunks are views of a buffer used again for the next one: copy what is kept.
 * The next chunk is read once the promise `onChunk` returns (if any) resolves.
 */
export function readBoundedChunks(
  path: string,
  options: BoundedReadOptions,
  onChunk: (chunk: Buffer) => void | Promise<void>,
): Promise<BoundedRead<undefined>> {
  return readRegularFile(path, options, async (handle, stats) => {
    let total = 0;
    // A small file is read at once (the size stat gives, and one more byte to see its end);
    // a large one, or one that grew or said 0, a chunk at a time, counted.
    const buffer = Buffer.allocUnsafe(Math.min(Math.max(stats.size + 1, CHUNK_BYTES), MAX_CHUNK_BYTES));
    for (;;) {
      const want = Math.min(buffer.length, options.limit + 1 - total);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) return undefined;
      total += bytesRead;
      if (total > options.limit) return tooLarge(path, options, Math.max(stats.size, total));
      // Awaited: a reader that cannot keep up holds the file back (backpressure).
      await onChunk(buffer.subarray(0, bytesRead));
    }
  });
}

/**
 * Opens `path` without blocking, refuses anything but a regular file that says it is
 * within the cap, and hands the descriptor to `read`, which returns what it read or
 * the FileReadError of a file that proved larger than it said; closes it whatever happens.
 */
async function readRegularFile<T>(
  path: string,
  options: BoundedReadOptions,
  read: (handle: FileHandle, stats: Stats) => Promise<T | FileReadError>,
): Promise<BoundedRead<T>> {
  let handle: FileHandle;
  try {
    // O_NOCTTY: a terminal device named by mistake must not become this process's terminal.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { ok: false, error: openError(error, path, options) };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, error: notAFile(path, options, stats) };
    // A regular file that says it is larger is refused unread; one that says less is still counted.
    if (stats.size > options.limit) return { ok: false, error: tooLarge(path, options, stats.size) };
    const value = await read(handle, stats);
    return value instanceof FileReadError ? { ok: false, error: value } : { ok: true, value, mode: stats.mode };
  } catch (error) {
    return { ok: false, error: unreadable(error, path) };
  } finally {
    await handle.close();
  }
}

/** At most `limit` bytes of valid UTF-8 text without NUL bytes; a leading byte-order mark is dropped. */
export async function readBoundedText(path: string, options: BoundedReadOptions): Promise<BoundedRead<string>> {
  const read = await readBoundedBytes(path, options);
  return read.ok ? asText(read.value, path, options, read.mode) : read;
}

/**
 * At most `limit` bytes of a stream, as text (standard input for `--list -`): past
 * the cap it stops reading and destroys the stream. `path` names it in messages.
 */
export async function readBoundedStream(
  stream: Readable,
  path: string,
  options: BoundedReadOptions,
): Promise<BoundedRead<string>> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += bytes.length;
      if (total > options.limit) {
        stream.destroy();
        return { ok: false, error: tooLarge(path, options, total) };
      }
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, error: unreadable(error, path) };
  }
  return asText(Buffer.concat(chunks, total), path, options, 0);
}

function asText(bytes: Buffer, path: string, options: BoundedReadOptions, mode: number): BoundedRead<string> {
  const text = decodeUtf8Text(bytes);
  if (text === null) {
    return {
      ok: false,
      error: new FileReadError(
        'not-text',
        path,
        `${shown(path)}: the ${options.purpose} is not text (binary data, or not UTF-8)`,
        'not UTF-8 text',
      ),
    };
  }
  return { ok: true, value: text.replace(/^\uFEFF/, ''), mode };
}

function openError(error: unknown, path: string, options: BoundedReadOptions): FileReadError {
  const code = errnoOf(error);
  if (code === 'ENOENT') return new FileReadError('missing', path, `${shown(path)}: no such file`, code);
  // ENXIO: a socket, or a FIFO opened for writing with no reader; EISDIR where a folder cannot be opened.
  if (code === 'ENXIO' || code === 'EISDIR') return notAFile(path, options, null);
  return unreadable(error, path);
}

function notAFile(path: string, options: BoundedReadOptions, stats: Stats | null): FileReadError {
  const kind =
    stats === null
      ? 'not a regular file'
      : stats.isDirectory()
        ? 'a folder'
        : stats.isFIFO()
          ? 'a pipe (FIFO)'
          : stats.isCharacterDevice() || stats.isBlockDevice()
            ? 'a device'
            : stats.isSocket()
              ? 'a socket'
              : 'something else';
  return new FileReadError(
    'not-a-file',
    path,
    `${shown(path)}: the ${options.purpose} must be a regular file, and this is ${kind}`,
    kind,
  );
}

function tooLarge(path: string, options: BoundedReadOptions, size: number): FileReadError {
  const limit = sizeText(options.limit);
  const message = `${shown(path)}: the ${options.purpose} is larger than ${limit}, more than Detour reads`;
  return new FileReadError('too-large', path, message, `over ${limit}`, size);
}

function unreadable(error: unknown, path: string): FileReadError {
  const code = errnoOf(error) ?? 'error';
  return new FileReadError('unreadable', path, `${shown(path)}: cannot be read (${code})`, code);
}

function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function shown(path: string): string {
  return printable(path, 120);
}

/** 8 MiB, 512 KiB, 100 bytes. */
function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
