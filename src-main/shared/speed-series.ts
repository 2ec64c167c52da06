import { z } from 'zod';

/**
 * The speed series: per run of a schedule, how fast each site and each neutral control
 * downloaded over each route, and how long its first byte took. Small on purpose (a
 * week of 15-minute runs over 30 sites is kept beside the history index and read in
 * one go): the time-pattern judge (core/judge/time-pattern.ts) needs nothing else.
 */

export const speedSampleSchema = z.object({
  /** The target's input as the user gave it (as the timeline matches targets), or the control's URL. */
  site: z.string(),
  /** The route's name, `direct` for the direct one. */
  route: z.string(),
  /** A neutral control (shared/controls.ts), measured in the same run over the same route. */
  control: z.boolean(),
  /** Throughput probe's average download speed; absent when not measured (no `--throughput`, or it failed). */
  bytesPerSecond: z.number().nonnegative().optional(),
  /** Time to the response headers (HTTP), the first byte the site sent back. */
  ttfbMs: z.number().nonnegative().optional(),
  /** The site was not reached at all on this route: blocking, not slowness, so no speed. */
  failed: z.boolean().optional(),
});
export type SpeedSample = z.infer<typeof speedSampleSchema>;

export const runSpeedSchema = z.object({
  runId: z.string(),
  /** ISO 8601 wall-clock start of the run: every sample of the run is placed at this time. */
  startedAt: z.string(),
  endedAt: z.string().optional(),
  /**
   * Wall-clock time the run took beyond its monotonic time: the machine was asleep
   * (a laptop's lid closed) during the run. The monotonic clock (performance.now,
   * CLOCK_MONOTONIC on Linux, mach_absolute_time on macOS) stops in suspend, the
   * wall clock does not. Such a run's speeds say nothing about the network.
   */
  sleptMs: z.number().nonnegative().optional(),
  samples: z.array(speedSampleSchema),
});
export type RunSpeed = z.infer<typeof runSpeedSchema>;

/** Runs oldest first. */
export const speedSeriesSchema = z.object({ runs: z.array(runSpeedSchema) });
export type SpeedSeries = z.infer<typeof speedSeriesSchema>;
