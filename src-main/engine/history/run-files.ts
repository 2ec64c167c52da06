import { join } from 'node:path';
import { TEMPORARY_SUFFIX } from '../atomic-write.ts';

/**
 * The names of the files in a history folder:
 *   `<startedAt>-<runId>.journal`    the run's journal while it goes on (report/journal-writer.ts):
 *                                    its events, appended; removed once the report is written
 *   `<startedAt>-<runId>.json`       the run's report, written once when the run ends (or
 *                                    when a killed run is found); older versions rewrote it
 *                                    as the run went, and such files are still read
 *   `<startedAt>-<runId>.meta.json`  what the user gave it: a name, a network label
 *   `<startedAt>-<runId>.lock`       present while a process is writing the run
 *   `index.json`                     a cache of the list, rebuilt from the rest
 * `startedAt` is the ISO time with `:` made `-` (a colon is not allowed in a file name
 * on every system), so the names sort in time order.
 */
export const INDEX_FILE = 'index.json';
const REPORT_SUFFIX = '.json';
const META_SUFFIX = '.meta.json';
const LOCK_SUFFIX = '.lock';
const JOURNAL_SUFFIX = '.journal';

export function runBaseName(startedAt: string, runId: string): string {
  return `${startedAt.replaceAll(':', '-')}-${runId.replace(/[^\w.-]/g, '_')}`;
}

export function reportFileName(startedAt: string, runId: string): string {
  return `${runBaseName(startedAt, runId)}${REPORT_SUFFIX}`;
}

/** A report file name (not the index, a meta file or a temporary file), or null. */
export function runBaseOf(fileName: string): string | null {
  if (fileName === INDEX_FILE || fileName.endsWith(META_SUFFIX) || fileName.endsWith(TEMPORARY_SUFFIX)) return null;
  return fileName.endsWith(REPORT_SUFFIX) && fileName.length > REPORT_SUFFIX.length
    ? fileName.slice(0, -REPORT_SUFFIX.length)
    : null;
}

/**
 * The report file name a run in the folder goes by, from its report or its journal
 * (a run going on, or killed, has only a journal), or null for any other file.
 */
export function runFileOf(fileName: string): string | null {
  if (fileName.endsWith(JOURNAL_SUFFIX) && fileName.length > JOURNAL_SUFFIX.length) {
    return `${fileName.slice(0, -JOURNAL_SUFFIX.length)}${REPORT_SUFFIX}`;
  }
  return runBaseOf(fileName) === null ? null : fileName;
}

/** The id and start time a report file's name gives, for a file too damaged to say so itself. */
export function describeBaseName(base: string): { id: string; startedAt: string } {
  const match = /^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d(?:\.\d+)?Z)-(.+)$/.exec(base);
  if (match === null) return { id: base, startedAt: '' };
  return { id: match[4] ?? base, startedAt: `${match[1] ?? ''}:${match[2] ?? ''}:${match[3] ?? ''}` };
}

export interface RunPaths {
  report: string;
  journal: string;
  meta: string;
  lock: string;
}

export function runPaths(dir: string, reportFile: string): RunPaths {
  const base = reportFile.slice(0, -REPORT_SUFFIX.length);
  return {
    report: join(dir, reportFile),
    journal: join(dir, `${base}${JOURNAL_SUFFIX}`),
    meta: join(dir, `${base}${META_SUFFIX}`),
    lock: join(dir, `${base}${LOCK_SUFFIX}`),
  };
}

/** Runs `work` over `items`, at most `limit` at once: reading a thousand run files, a few at a time. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
