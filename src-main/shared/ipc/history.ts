import { z } from 'zod';
import { catalogLabelSchema } from '../catalog-label.ts';
import { observationSchema } from '../observation.ts';
import { reportSchema } from '../report.ts';
import { networkStateSchema, verdictStatusSchema } from '../verdict.ts';
import { startRunRequestSchema } from './run.ts';

/**
 * The run history as the app sees it: past runs listed, opened, named, labelled with
 * their network, deleted and compared, and runs repeated on a schedule. The main
 * process keeps the history (src-main/engine/history) in the app's own data folder;
 * the renderer may not import the engine, so the shapes it receives are declared here.
 */

/** Longest name or network label a run takes (the engine's MAX_LABEL_LENGTH). */
export const MAX_RUN_LABEL = 200;

const count = z.number().int().nonnegative();

/** A run's figures: targets in the plan, those judged, those blocked on the direct route, and direct verdicts per status. */
export const runCountsSchema = z.object({
  targets: count,
  finished: count,
  blocked: count,
  kinds: z.partialRecord(verdictStatusSchema, count),
  /** Offline or behind a login page, a run judged nothing: the list says so instead of its counts. */
  network: networkStateSchema.optional(),
});
export type RunCounts = z.infer<typeof runCountsSchema>;

/** `interrupted`: it never finished (the app was killed or crashed); `damaged`: its file cannot be read. */
export const RUN_STATES = ['running', 'completed', 'cancelled', 'interrupted', 'damaged'] as const;
export type RunState = (typeof RUN_STATES)[number];

/** Why a damaged run cannot be shown: a code the UI words, and a technical detail. */
export const runDamageSchema = z.object({
  code: z.enum(['unreadable', 'not-json', 'not-a-report', 'unsupported-version']),
  detail: z.string(),
});

/** One past run as the history lists it. */
export const runEntrySchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  status: z.enum(RUN_STATES),
  damage: runDamageSchema.optional(),
  /** Given by the user; empty until then. */
  name: z.string(),
  /** The network the run was made on, as the user labels it ("home", "VPN on"). */
  network: z.string().optional(),
  counts: runCountsSchema,
  /** The lists its sites came from (shared/ipc/targets.ts listOfSource: `region:az`, `own`, `other`). */
  lists: z.array(z.string()).optional(),
  /** Its routes other than the direct one, by name. */
  routes: z.array(z.string()).optional(),
  /** Started by a schedule, not by the user's click. */
  scheduled: z.literal(true).optional(),
});
export type RunEntry = z.infer<typeof runEntrySchema>;

/** A run of the history, by its full id. */
export const runIdSchema = z.string().min(1).max(200);
export const runIdRequestSchema = z.strictObject({ id: runIdSchema });

export const renameRunRequestSchema = z.strictObject({
  id: runIdSchema,
  /** Empty: no name. */
  name: z.string().max(MAX_RUN_LABEL),
});

export const setRunNetworkRequestSchema = z.strictObject({
  id: runIdSchema,
  /** Empty: no label. */
  network: z.string().max(MAX_RUN_LABEL),
});

export const deletedRunsSchema = z.object({ deleted: count });

/** Where the history lives: a folder on this computer, shown in Settings. */
export const historyLocationSchema = z.object({ folder: z.string() });

/**
 * A past run as the result screen shows it: its report, judged, without its
 * observations (a run of 10,000 sites holds tens of megabytes of them); a cell's
 * evidence is read when it is opened (runObservations).
 */
export const openedRunSchema = reportSchema.extend({ observations: z.array(observationSchema).max(0) });

/** One cell of a past run, whose evidence is being opened: a target on a route. */
export const runObservationsRequestSchema = z.strictObject({
  id: runIdSchema,
  targetId: z.string().min(1).max(200),
  path: z.string().min(1).max(200),
});

export const runObservationsSchema = z.array(observationSchema);

// --- Comparing two runs (the engine's compareReports) ---

export const compareRunsRequestSchema = z.strictObject({
  /** The earlier run ("before"). */
  a: runIdSchema,
  /** The later run ("after"). */
  b: runIdSchema,
});

const comparedRunSchema = z.object({ runId: z.string(), startedAt: z.string(), status: reportSchema.shape.status });
const targetSideSchema = z.object({ status: verdictStatusSchema.nullable(), restoredBy: z.array(z.string()) });
const routeSideSchema = z.object({ usable: z.boolean(), restores: count, of: count });

export const comparisonSchema = z.object({
  before: comparedRunSchema,
  after: comparedRunSchema,
  targets: z.array(
    z.object({
      input: z.string(),
      /** A built-in target's brand and kind, to name it by in the reader's language. */
      label: catalogLabelSchema.optional(),
      /** Null: the run did not measure this target. */
      before: targetSideSchema.nullable(),
      after: targetSideSchema.nullable(),
      changed: z.boolean(),
      refined: z.boolean(),
      startedRestoring: z.array(z.string()),
      stoppedRestoring: z.array(z.string()),
      notIncluded: z.array(z.string()),
    }),
  ),
  routes: z.array(
    z.object({
      path: z.string(),
      before: routeSideSchema.nullable(),
      after: routeSideSchema.nullable(),
      change: z.enum(['same', 'started', 'stopped', 'added', 'not-included']),
    }),
  ),
  counts: z.object({ before: runCountsSchema, after: runCountsSchema }),
});
export type Comparison = z.infer<typeof comparisonSchema>;
export type ComparedTarget = Comparison['targets'][number];
export type ComparedRoute = Comparison['routes'][number];

// --- Every target across the runs (a schedule's timeline) ---

export const timelineSchema = z.object({
  /** Oldest first; at most the newest few hundred runs. */
  runs: z.array(
    z.object({
      id: z.string(),
      startedAt: z.string(),
      status: z.enum(RUN_STATES),
      name: z.string(),
      network: z.string().optional(),
    }),
  ),
  /** Each target's direct verdict in each run, parallel to `runs` (null: not measured or not judged). */
  targets: z.array(
    z.object({
      input: z.string(),
      label: catalogLabelSchema.optional(),
      statuses: z.array(verdictStatusSchema.nullable()),
    }),
  ),
});
export type Timeline = z.infer<typeof timelineSchema>;

// --- Repeating a run on a schedule ---

/** Longest interval and period the app offers: a day, and a month. */
export const MAX_EVERY_MINUTES = 24 * 60;
export const MAX_FOR_HOURS = 31 * 24;

export const startScheduleRequestSchema = z
  .strictObject({
    everyMinutes: z.number().int().min(1).max(MAX_EVERY_MINUTES),
    forHours: z.number().int().min(1).max(MAX_FOR_HOURS),
    /** The run to repeat, as startRun takes it. */
    run: startRunRequestSchema,
  })
  .refine(({ everyMinutes, forHours }) => everyMinutes < forHours * 60, {
    message: 'the period must be longer than the interval: there would be only one run',
  });
export type StartScheduleRequest = z.infer<typeof startScheduleRequestSchema>;

/** Why a schedule stopped early, or why one of its runs did not start (an IPC error code). */
const scheduleProblemSchema = z.enum(['busy', 'consent-required', 'missing-credentials', 'internal']);
export type ScheduleProblem = z.infer<typeof scheduleProblemSchema>;

export const scheduleStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('off'),
    /** The last schedule's runs, and why it stopped before its end, if it did. */
    runsDone: count.optional(),
    stoppedBy: scheduleProblemSchema.optional(),
  }),
  z.object({
    state: z.literal('on'),
    everyMinutes: z.number(),
    forHours: z.number(),
    startedAt: z.string(),
    /** When the period is over (no run starts after). */
    endsAt: z.string(),
    /** Runs started so far. */
    runsDone: count,
    /** The run going now, if one is. */
    runId: z.string().optional(),
    /** When the next run starts, while waiting for it. */
    nextRunAt: z.string().optional(),
    /** Why the last run did not start (a run of the user's own was going, say). */
    skipped: scheduleProblemSchema.optional(),
  }),
]);
export type ScheduleStatus = z.infer<typeof scheduleStatusSchema>;
