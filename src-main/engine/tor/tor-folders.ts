import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The temporary folders tor runs in are named by the process that made them, so that
 * one left behind by a process that was killed outright (no exit handler ran) is
 * found and removed the next time bridges are checked.
 */
const TOR_FOLDER_PREFIX = 'detour-tor-';

/** The prefix of a new folder for mkdtemp: `detour-tor-<pid in base 36>-`. */
export function torFolderName(): string {
  return `${TOR_FOLDER_PREFIX}${process.pid.toString(36)}-`;
}

/** Removes the folders of processes that are gone; returns their names. */
export async function removeStaleTorFolders(folder = tmpdir()): Promise<string[]> {
  const names = await readdir(folder).catch(() => []);
  const stale = names.filter((name) => {
    const pid = /^detour-tor-([0-9a-z]+)-/.exec(name)?.[1];
    return pid !== undefined && !isAlive(Number.parseInt(pid, 36));
  });
  await Promise.all(stale.map((name) => rm(join(folder, name), { recursive: true, force: true })));
  return stale;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
