import { z } from 'zod';
import { inputErrorSchema, pathOutcomeSchema, routeCheckSchema } from './events.ts';
import { observationSchema } from './observation.ts';
import { planSchema } from './plan.ts';
import { targetSchema } from './target.ts';
import { toolResultSchema } from './tools.ts';
import { runSummarySchema, targetVerdictSchema } from './verdict.ts';

/** Bumped on every change a reader of older reports must know about. */
export const REPORT_SCHEMA_VERSION = 2;

/**
 * One JSON document per run: the single source of truth every view renders from.
 * It holds no IP address of the user's own (the platform block is coarse on purpose);
 * addresses in observations are those of the sites and resolvers measured.
 */
export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  app: z.object({ name: z.literal('detour'), version: z.string() }),
  runId: z.string(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  /** `running` while a run is being written; `interrupted` when it ended without finishing. */
  status: z.enum(['running', 'completed', 'cancelled', 'interrupted']),
  platform: z.object({ os: z.string(), arch: z.string(), runtime: z.string() }),
  plan: planSchema,
  inputErrors: z.array(inputErrorSchema),
  /** One check per route other than direct, before it was used. */
  routeChecks: z.array(routeCheckSchema),
  /** The neutral control measured again on the direct route after sites failed there. */
  controlRechecks: z.array(routeCheckSchema),
  targets: z.array(
    z.object({
      target: targetSchema,
      outcomes: z.array(pathOutcomeSchema),
      /** Absent until the target is finished. */
      verdict: targetVerdictSchema.optional(),
    }),
  ),
  observations: z.array(observationSchema),
  /** "Your tools": each configuration and bridge of `plan.tools` once checked, in the order they finished. */
  tools: z.array(toolResultSchema).optional(),
  /** Absent until the run is finished. */
  summary: runSummarySchema.optional(),
});
export type Report = z.infer<typeof reportSchema>;
