import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, lstat, open, readlink, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { printable } from '../shared/printable.ts';

/** The suffix of the temporary files an atomic write leaves behind only if it is killed mid-way. */
export const TEMPORARY_SUFFIX = '.tmp';

/** Symbolic links followed at most, as Linux's own limit (ELOOP past it). */
const MAX_LINKS = 40;

/**
 * Replaces `path` with `content` so a reader, a crash or a kill never sees half of it:
 * the content goes to a temporary file in the same folder, is flushed to disk
 * (fsync), and is renamed over the old file (rename(2) replaces atomically on one
 * file system). The file is owner-only: it says which sites and routes someone uses.
 * The one way Detour writes a file: history, settings, reports and exports alike.
 *
 * A symbolic link at `path` is written through: the file it points to is replaced,
 * and the link stays a link. No folder is ever created: a path into a folder that
 * does not exist is a mistake to report (checkWritable), not one to act on.
 */
export function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  return writeFileAtomicallyFrom(path, [content]);
}

/** Gathers small pieces into writes of about this size. */
const WRITE_BYTES = 256 * 1024;

/**
 * As writeFileAtomically, the content given a piece at a time (a report streamed out
 * a target and an observation at a time, never one string of the whole run).
 */
export async function writeFileAtomicallyFrom(
  path: string,
  pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): Promise<void> {
  const target = await writeTarget(path);
  const temporary = `${target}.${randomUUID()}${TEMPORARY_SUFFIX}`;
  try {
    const file = await open(temporary, 'wx', 0o600);
    try {
      let batch: (string | Uint8Array)[] = [];
      let size = 0;
      for await (const piece of pieces) {
        batch.push(piece);
        size += piece.length;
        if (size < WRITE_BYTES) continue;
        await file.writeFile(joined(batch));
        batch = [];
        size = 0;
      }
      if (batch.length > 0) await file.writeFile(joined(batch));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
  } catch (error) {
    // The clean-up must never hide why the write failed.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Replaces `path` with a copy of the file `from` (one just written by
 * writeFileAtomically), as atomically: a hard link to it where both are on one file
 * system (no byte written twice: a run's report saved in the history and to `--out`
 * costs one write), else a copy. Either file is later replaced only by a rename over
 * it, never written in place, so the two never change together.
 */
export async function copyFileAtomically(from: string, path: string): Promise<void> {
  const target = await writeTarget(path);
  const temporary = `${target}.${randomUUID()}${TEMPORARY_SUFFIX}`;
  try {
    await link(from, temporary);
  } catch {
    // Another file system (EXDEV), or one without hard links: copied instead.
    return writeFileAtomicallyFrom(path, createReadStream(from) as AsyncIterable<Buffer>);
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

function joined(pieces: readonly (string | Uint8Array)[]): string | Uint8Array {
  if (pieces.length === 1 && pieces[0] !== undefined) return pieces[0];
  return Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));
}

/** Why a file cannot be written where it was asked: one line, said before any work is done. */
export class OutputPathError extends Error {
  override readonly name = 'OutputPathError';
  readonly code: 'no-folder' | 'is-a-folder' | 'not-a-file' | 'not-writable';

  constructor(code: OutputPathError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Checks that writeFileAtomically(path) can succeed, before a run or an export spends
 * its time: the folder exists (none is created), the path (or the file a link at it
 * points to) is a regular file or nothing yet, and a file can be created in that
 * folder (tried for real and removed: permissions, a read-only file system, ACLs and
 * quotas all answer, where access(2) would guess). Throws an OutputPathError.
 */
export async function checkWritable(path: string): Promise<void> {
  const shown = printable(path, 160);
  let target: string;
  try {
    target = await writeTarget(path);
  } catch (error) {
    throw new OutputPathError('not-writable', `${shown}: cannot be written (${codeOf(error)})`);
  }
  const folder = dirname(target);
  const folderStats = await stat(folder).catch(() => null);
  if (folderStats === null || !folderStats.isDirectory()) {
    throw new OutputPathError('no-folder', `${shown}: the folder ${printable(folder, 160)} does not exist`);
  }
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory() === true) {
    throw new OutputPathError('is-a-folder', `${shown}: is a folder; give the name of a file in it`);
  }
  if (existing !== null && !existing.isFile()) {
    throw new OutputPathError('not-a-file', `${shown}: is not a regular file (a pipe or a device); give a file`);
  }
  const probe = resolve(folder, `.${basename(target)}.${randomUUID()}${TEMPORARY_SUFFIX}`);
  try {
    await (await open(probe, 'wx', 0o600)).close();
  } catch (error) {
    throw new OutputPathError(
      'not-writable',
      `${shown}: cannot be written in ${printable(folder, 160)} (${codeOf(error)})`,
    );
  }
  await rm(probe, { force: true });
}

/** Where a write to `path` lands: `path` itself, or the end of the symbolic links at it (which may not exist yet). */
async function writeTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops += 1) {
    const stats = await lstat(current).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return null;
      throw error;
    });
    if (stats === null || !stats.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`more than ${MAX_LINKS} symbolic links`), { code: 'ELOOP' });
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
