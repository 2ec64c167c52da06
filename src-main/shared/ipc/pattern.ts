import { z } from 'zod';
import { timePatternSchema } from '../time-pattern.ts';

/**
 * The speed pattern of the history as the app draws it: what the time-pattern judge
 * (core/judge/time-pattern.ts) found, and each site's and control's speeds in time
 * order for the timeline chart. Plain data: the renderer may not import the engine.
 */

export const speedPatternRequestSchema = z.strictObject({
  /** Only this site (as it was given to diagnose); the controls always stay, they are the reference. */
  site: z.string().min(1).max(2000).optional(),
  /**
   * The viewer's offset from UTC in minutes east: slots are the viewer's hours (a jam
   * seen "in the evening" is in their evening), and in web mode the browser's clock
   * may not be the host's.
   */
  utcOffsetMinutes: z
    .number()
    .int()
    .min(-14 * 60)
    .max(14 * 60)
    .optional(),
});
export type SpeedPatternRequest = z.infer<typeof speedPatternRequestSchema>;

export const speedPointSchema = z.object({
  /** ISO 8601 start of the run the sample was measured in. */
  at: z.string(),
  bytesPerSecond: z.number().nonnegative(),
});
export type SpeedPoint = z.infer<typeof speedPointSchema>;

/** One site (or one neutral control) over one route, oldest point first. */
export const speedLineSchema = z.object({
  site: z.string(),
  route: z.string(),
  control: z.boolean(),
  points: z.array(speedPointSchema),
});
export type SpeedLine = z.infer<typeof speedLineSchema>;

export const speedPatternSchema = z.object({
  pattern: timePatternSchema,
  lines: z.array(speedLineSchema),
});
export type SpeedPattern = z.infer<typeof speedPatternSchema>;
