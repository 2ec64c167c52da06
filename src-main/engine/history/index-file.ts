import { isUtf8 } from 'node:buffer';
import { readBoundedBytes } from '../read-bounded.ts';
import { z } from 'zod';
import { reportSchema } from '../../shared/report.ts';
import { runCountsSchema } from '../../shared/ipc/history.ts';
import { writeFileAtomically } from '../atomic-write.ts';
import { damageSchema } from './read-run.ts';

/** One run as a list shows it: plain data, ready for the CLI table or the app's IPC. */
export const historyEntrySchema = z.object({
  /** The run id (the report's `runId`). */
  id: z.string(),
  /** The report's file name in the history folder. */
  file: z.string(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  /** `interrupted`: still `running` in the file, but its writer is gone; `damaged`: see `damage`. */
  status: z.enum([...reportSchema.shape.status.options, 'damaged']),
  damage: damageSchema.optional(),
  /** Given by the user; empty until then. */
  name: z.string(),
  /** The network the run was made on, as the user labels it ("home", "office Wi-Fi"). */
  network: z.string().optional(),
  counts: runCountsSchema,
  /** The lists its sites came from (`region:az`, `own`, `other`), for a list that tells runs apart. */
  lists: z.array(z.string()).optional(),
  /** Its routes other than the direct one, by name. */
  routes: z.array(z.string()).optional(),
  /** Started by a schedule, not by the user's click. */
  scheduled: z.literal(true).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/**
 * 2: entries name their lists and routes. 3: one entry per line (below). An index of
 * another version is rebuilt from the files.
 */
export const INDEX_VERSION = 3;
/** An index of 100,000 runs is some tens of MiB; a larger one is rebuilt from the files rather than read. */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;
const INDEX_HEAD = `{"version":${INDEX_VERSION},"runs":[`;
const INDEX_TAIL = ']}';
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const entriesSchema = z.array(historyEntrySchema);

/**
 * The index is one JSON document, `{"version":3,"runs":[…]}`, written one entry per
 * line so that it is read a line at a time: JSON.parse of the whole would first make
 * one string of it, and a string of hundreds of KiB goes to V8's large-object space:
 * about 1.2 ms for the 370 KB index of 1,000 runs, where the same bytes as ten
 * strings of 37 KB took 0.03 ms (Node 24, this project's machines).
 */
export async function writeIndex(path: string, runs: readonly HistoryEntry[]): Promise<void> {
  const lines = runs.map((entry, index) => `${JSON.stringify(entry)}${index < runs.length - 1 ? ',' : ''}`);
  await writeFileAtomically(path, `${[INDEX_HEAD, ...lines, INDEX_TAIL].join('\n')}\n`);
}

/**
 * The index as saved, or null when it is missing, unreadable, malformed (as JSON, or
 * not laid out as writeIndex lays it out) or of another version.
 */
export async function readIndex(path: string): Promise<HistoryEntry[] | null> {
  const read = await readBoundedBytes(path, { limit: MAX_INDEX_BYTES, purpose: 'history index' });
  if (!read.ok || !isUtf8(read.value)) return null;
  const bytes = read.value;
  const lines = lineRanges(bytes);
  const head = lines.shift();
  const tail = lines.pop();
  if (head === undefined || tail === undefined) return null;
  if (bytes.toString('utf8', ...head) !== INDEX_HEAD || bytes.toString('utf8', ...tail) !== INDEX_TAIL) return null;
  const runs: unknown[] = [];
  try {
    for (const [index, [start, end]] of lines.entries()) {
      // Every entry but the last is followed by its comma, as in the document it is.
      const last = index === lines.length - 1;
      if (!last && bytes[end - 1] !== COMMA) return null;
      runs.push(JSON.parse(bytes.toString('utf8', start, last ? end : end - 1)));
    }
  } catch {
    return null;
  }
  const parsed = entriesSchema.safeParse(runs);
  return parsed.success ? parsed.data : null;
}

/** [start, end) of each line of a text that ends with a newline (a last line without one is kept too). */
function lineRanges(bytes: Buffer): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    lines.push([start, end]);
    start = end + 1;
  }
  return lines;
}

/** What the user gave a run, kept beside its report so a rebuilt index keeps it too. */
export const runMetaSchema = z.object({
  name: z.string(),
  network: z.string().optional(),
  /** Started by a schedule (schedule-host.ts marks it once the run is listed). */
  scheduled: z.literal(true).optional(),
});
export type RunMeta = z.infer<typeof runMetaSchema>;
