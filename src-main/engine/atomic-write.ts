import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The suffix of the temporary files an atomic write leaves behind only if it is killed mid-way. */
export const TEMPORARY_SUFFIX = '.tmp';

/**
 * Replaces `path` with `content` so a reader, a crash or a kill never sees half of it:
 * the content goes to a temporary file in the same folder, is flushed to disk
 * (fsync), and is renamed over the old file (rename(2) replaces atomically on one
 * file system). The file is owner-only: it says which sites and routes someone uses.
 * The one way Detour writes a file: history, settings, reports and exports alike.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomUUID()}${TEMPORARY_SUFFIX}`;
  try {
    const file = await open(temporary, 'w', 0o600);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
