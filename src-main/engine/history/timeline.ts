import { join } from 'node:path';
import { z } from 'zod';
import { catalogLabelSchema, labelsOfPlans, type CatalogLabel } from '../../shared/catalog-label.ts';
import { REPORT_SCHEMA_VERSION } from '../../shared/report.ts';
import { verdictStatusSchema, type VerdictStatus } from '../../shared/verdict.ts';
import type { HistoryStore } from './history-store.ts';
import type { HistoryEntry } from './index-file.ts';
import { readHead } from './read-run.ts';
import { forEachLimited } from './run-files.ts';

/** One run of a timeline, in time order. */
export interface TimelineRun {
  id: string;
  startedAt: string;
  status: HistoryEntry['status'];
  name: string;
  network?: string;
}

/** One target across the runs: its direct verdict in each (null: not measured, or not judged). */
export interface TimelineTarget {
  input: string;
  /** A built-in target's brand and kind (from the newest run that labels it), to name it by. */
  label?: CatalogLabel;
  statuses: (VerdictStatus | null)[];
}

export interface Timeline {
  /** Oldest first. */
  runs: TimelineRun[];
  /** In the order they first appear; `statuses` is parallel to `runs`. */
  targets: TimelineTarget[];
}

/** The runs a timeline reads at most: the newest ones (a report can be some megabytes). */
export const TIMELINE_RUNS = 200;
const READ_CONCURRENCY = 8;

/** The parts of a report a timeline needs: each target's input and direct verdict. */
const timelineHeadSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  plan: z.object({ entries: z.array(z.object({ input: z.string(), label: catalogLabelSchema.optional() })) }),
  targets: z.array(
    z.object({
      target: z.object({ input: z.string() }),
      verdict: z.object({ direct: z.object({ status: verdictStatusSchema }).optional() }).optional(),
    }),
  ),
});

/**
 * Every target across the newest `limit` runs of the history, in time order: what a
 * schedule shows (when a site was blocked, and how). Damaged runs are left out;
 * targets are matched by their input, as compareReports does.
 */
export async function readTimeline(store: HistoryStore, limit = TIMELINE_RUNS): Promise<Timeline> {
  const entries = (await store.list())
    .filter((entry) => entry.status !== 'damaged')
    .slice(0, limit)
    .reverse();
  const heads = new Map<string, Map<string, VerdictStatus | null>>();
  const plans = new Map<string, z.infer<typeof timelineHeadSchema>['plan']>();
  await forEachLimited(entries, READ_CONCURRENCY, async (entry) => {
    const read = await readHead(join(store.dir, entry.file), timelineHeadSchema);
    if (!read.ok) return;
    const statuses = new Map<string, VerdictStatus | null>();
    for (const { target, verdict } of read.value.targets) {
      if (!statuses.has(target.input)) statuses.set(target.input, verdict?.direct?.status ?? null);
    }
    heads.set(entry.file, statuses);
    plans.set(entry.file, read.value.plan);
  });
  const read = entries.filter((entry) => heads.has(entry.file));
  const inputs = [...new Set(read.flatMap((entry) => [...(heads.get(entry.file)?.keys() ?? [])]))];
  // The newest run's label first: a catalogue renamed since names a site as it is now.
  const labels = labelsOfPlans(read.flatMap((entry) => plans.get(entry.file) ?? []).reverse());
  return {
    runs: read.map(({ id, startedAt, status, name, network }) => ({
      id,
      startedAt,
      status,
      name,
      ...(network === undefined ? {} : { network }),
    })),
    targets: inputs.map((input) => {
      const label = labels.get(input);
      const statuses = read.map((entry) => heads.get(entry.file)?.get(input) ?? null);
      return label === undefined ? { input, statuses } : { input, label, statuses };
    }),
  };
}
