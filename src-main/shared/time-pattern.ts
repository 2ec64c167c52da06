import { z } from 'zod';
import { confidenceSchema } from './verdict.ts';

/**
 * What the time-pattern judge (core/judge/time-pattern.ts) found in a speed series
 * (shared/speed-series.ts): per site, the slots of the week (or of any cycle) in which
 * it slows down against the neutral controls, as plain data with message keys, so the
 * CLI, the app and the reports say it in every language and draw it the same way.
 */

export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * How time is cut into slots: `slotMinutes` long, repeating every `cycleMinutes`
 * (a week of hours by default; the lab uses a cycle of two one-minute slots). Slots
 * are counted in the user's local time (`utcOffsetMinutes` east of UTC); a week
 * starts on Monday 00:00 (ISO 8601).
 */
export const slotGridSchema = z
  .object({
    slotMinutes: z.number().int().min(1),
    cycleMinutes: z.number().int().min(1),
    utcOffsetMinutes: z
      .number()
      .int()
      .min(-14 * 60)
      .max(14 * 60),
  })
  .refine((grid) => grid.cycleMinutes % grid.slotMinutes === 0, {
    message: 'the cycle must be a whole number of slots',
  });
export type SlotGrid = z.infer<typeof slotGridSchema>;

export const WEEK_OF_HOURS: SlotGrid = { slotMinutes: 60, cycleMinutes: MINUTES_PER_WEEK, utcOffsetMinutes: 0 };

/**
 * One cell of a heat map: `relativeSpeed` is the median of its samples against the
 * site's own typical ratio to the controls (1 normal, 0.1 a tenth); for the
 * connection, the controls' speed against their own typical speed.
 */
export const slotStateSchema = z.enum(['no-data', 'normal', 'slower', 'slowed', 'busy']);
export type SlotState = z.infer<typeof slotStateSchema>;

export const slotCellSchema = z.object({
  slot: z.number().int().nonnegative(),
  samples: z.number().int().nonnegative(),
  relativeSpeed: z.number().nonnegative().nullable(),
  state: slotStateSchema,
});
export type SlotCell = z.infer<typeof slotCellSchema>;

/**
 * Slow slots joined into a window. On a week grid `days` holds the days (0 Monday … 6
 * Sunday) the same hours were slow, and the minutes count from midnight; on any other
 * cycle `days` is empty and the minutes count from the cycle's start.
 */
export const patternWindowSchema = z.object({
  days: z.array(z.number().int().min(0).max(6)),
  fromMinute: z.number().int().nonnegative(),
  toMinute: z.number().int().positive(),
  relativeSpeed: z.number().nonnegative(),
  /** Samples in the window that were slow, of all it has. */
  slowSamples: z.number().int().nonnegative(),
  samples: z.number().int().positive(),
  confidence: confidenceSchema,
  /** What the neutral controls did in the same slots: slow too would mean a busy connection. */
  controls: z.enum(['normal', 'slow', 'unknown']),
});
export type PatternWindow = z.infer<typeof patternWindowSchema>;

/**
 * `targeted`: slow in some slots while the controls were not; `always-slow`: far slower
 * than the controls at every hour (no pattern in time); `busy-connection`: slow only
 * when the controls were slow too (not targeted); `steady`: no slow slot;
 * `too-few-samples`: not enough samples in any slot to say.
 */
export const sitePatternKindSchema = z.enum([
  'targeted',
  'always-slow',
  'busy-connection',
  'steady',
  'too-few-samples',
]);
export type SitePatternKind = z.infer<typeof sitePatternKindSchema>;

export const patternMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type PatternMessage = z.infer<typeof patternMessageSchema>;

export const sitePatternSchema = z.object({
  site: z.string(),
  route: z.string(),
  kind: sitePatternKindSchema,
  /** Samples with a speed and a control beside them: the ones judged. */
  samples: z.number().int().nonnegative(),
  /** Its usual speed as a share of the controls' (their median ratio); null without samples. */
  typicalRatio: z.number().nonnegative().nullable(),
  windows: z.array(patternWindowSchema),
  /** Every slot of the cycle, in order. */
  cells: z.array(slotCellSchema),
  message: patternMessageSchema,
});
export type SitePattern = z.infer<typeof sitePatternSchema>;

export const connectionPatternSchema = z.object({
  kind: z.enum(['busy', 'steady', 'too-few-samples']),
  /** Control samples judged (direct route). */
  samples: z.number().int().nonnegative(),
  busyWindows: z.array(patternWindowSchema),
  cells: z.array(slotCellSchema),
  message: patternMessageSchema,
});
export type ConnectionPattern = z.infer<typeof connectionPatternSchema>;

export const timePatternSchema = z.object({
  grid: slotGridSchema,
  /** Fewest samples a slot needs before it is judged. */
  minSamples: z.number().int().min(1),
  runs: z.number().int().nonnegative(),
  /** Runs left out because the machine slept during them. */
  sleptRuns: z.number().int().nonnegative(),
  connection: connectionPatternSchema,
  /** Sites (not controls), one per site and route. */
  sites: z.array(sitePatternSchema),
});
export type TimePattern = z.infer<typeof timePatternSchema>;
