import { rm, stat, utimes } from 'node:fs/promises';
import { writeFileAtomically } from '../atomic-write.ts';
import { readBoundedText } from '../read-bounded.ts';

/** A lock holds `{"pid": N}`: anything longer is not one of ours. */
const MAX_LOCK_BYTES = 1024;

/** How often a writer touches its lock file. */
export const HEARTBEAT_MS = 5000;
/** A lock not touched for this long belongs to no living writer, whatever its pid says. */
export const STALE_AFTER_MS = 30_000;

/** The locks this process holds: its own pid in a lock it does not hold is an earlier process's. */
const held = new Set<string>();

/**
 * "The writer is gone": how a run file still marked `running` is known to be
 * interrupted (killed, crashed, power lost) rather than in progress. While a process
 * writes a run it holds `<run>.lock`, holding its pid, and touches it every 5 s
 * (HEARTBEAT_MS). The writer is gone when:
 *   - the lock is missing or unreadable (it is created before the run file and
 *     removed only after the final save), or
 *   - no process has that pid (kill(pid, 0) fails with ESRCH: instant after a kill), or
 *   - the pid is this process's own but this process does not hold the lock (a
 *     container's new process often gets the same small pid as the killed one), or
 *   - the lock has not been touched for 30 s (STALE_AFTER_MS): the pid was reused by
 *     an unrelated process, or the writer ran on another machine sharing the folder.
 * Checking only "is it this process's active run" would be wrong for a second
 * process (the CLI while the app is open) whose run is alive; a pid alone would be
 * fooled by pid reuse; the heartbeat alone would need 30 s to notice a kill.
 */
export async function writerGone(lockPath: string, now = Date.now()): Promise<boolean> {
  let pid: number;
  let touched: number;
  try {
    const read = await readBoundedText(lockPath, { limit: MAX_LOCK_BYTES, purpose: 'run lock' });
    if (!read.ok) return true;
    const parsed: unknown = JSON.parse(read.value);
    pid = typeof parsed === 'object' && parsed !== null && 'pid' in parsed ? Number(parsed.pid) : Number.NaN;
    touched = (await stat(lockPath)).mtimeMs;
  } catch {
    return true;
  }
  if (!Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return !held.has(lockPath);
  if (now - touched > STALE_AFTER_MS) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/** The lock a writer holds while its run goes on; see writerGone. */
export class RunLock {
  readonly #path: string;
  readonly #heartbeat: NodeJS.Timeout;

  private constructor(path: string) {
    this.#path = path;
    held.add(path);
    this.#heartbeat = setInterval(() => {
      const now = new Date();
      utimes(path, now, now).catch(() => undefined);
    }, HEARTBEAT_MS);
    // The heartbeat is for the run, which keeps the process alive by itself.
    this.#heartbeat.unref();
  }

  static async acquire(path: string): Promise<RunLock> {
    await writeFileAtomically(path, `${JSON.stringify({ pid: process.pid })}\n`);
    return new RunLock(path);
  }

  async release(): Promise<void> {
    clearInterval(this.#heartbeat);
    held.delete(this.#path);
    await rm(this.#path, { force: true });
  }
}
