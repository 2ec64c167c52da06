import { readBoundedText } from '../read-bounded.ts';
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

/** 2: entries name their lists and routes (an index of version 1 is rebuilt from the files). */
export const INDEX_VERSION = 2;
/** An index of 100,000 runs is some tens of MiB; a larger one is rebuilt from the files rather than read. */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;
const indexSchema = z.object({ version: z.literal(INDEX_VERSION), runs: z.array(historyEntrySchema) });

/** The index as saved, or null when it is missing, unreadable, malformed or of another version. */
export async function readIndex(path: string): Promise<HistoryEntry[] | null> {
  const read = await readBoundedText(path, { limit: MAX_INDEX_BYTES, purpose: 'history index' });
  if (!read.ok) return null;
  try {
    const parsed = indexSchema.safeParse(JSON.parse(read.value));
    return parsed.success ? parsed.data.runs : null;
  } catch {
    return null;
  }
}

export async function writeIndex(path: string, runs: readonly HistoryEntry[]): Promise<void> {
  await writeFileAtomically(path, `${JSON.stringify({ version: INDEX_VERSION, runs })}\n`);
}

/** What the user gave a run, kept beside its report so a rebuilt index keeps it too. */
export const runMetaSchema = z.object({
  name: z.string(),
  network: z.string().optional(),
  /** Started by a schedule (schedule-host.ts marks it once the run is listed). */
  scheduled: z.literal(true).optional(),
});
export type RunMeta = z.infer<typeof runMetaSchema>;
