import { z } from 'zod';
import { failureSchema, stageSchema } from './failure.ts';
import { observationSchema } from './observation.ts';
import { planSchema } from './plan.ts';
import { inputErrorCodeSchema, targetSchema } from './target.ts';
import { toolResultSchema } from './tools.ts';
import { runSummarySchema, targetVerdictSchema } from './verdict.ts';

/**
 * How one target fared on one path, before verdicts: how far the measurement got
 * and the first failure on the way. The verdicts (shared/verdict.ts) build on this.
 */
export const pathOutcomeSchema = z.object({
  path: z.string(),
  /**
   * reachable: every probe on the main chain succeeded; failed: one did;
   * path-failed: the route itself is broken (its check failed, or the proxy failed
   * during the measurement), so this says nothing about the target;
   * not-measurable: the route cannot carry this kind of target (UDP over an HTTP proxy);
   * not-measured: cancelled before an answer.
   */
  status: z.enum(['reachable', 'failed', 'path-failed', 'not-measurable', 'not-measured']),
  /** The last stage that succeeded, if any. */
  reachedStage: stageSchema.optional(),
  failure: failureSchema.optional(),
  observationIds: z.array(z.string()),
});
export type PathOutcome = z.infer<typeof pathOutcomeSchema>;

/**
 * Whether a route works at all, checked before it is used: is the proxy reachable,
 * does it speak its protocol, does authentication pass, can it reach the neutral
 * controls. A failed route is never used for targets, so it never makes one look
 * blocked. The direct route is checked too: that is how an offline network shows.
 */
/** How one neutral control fared over one route during a check. */
export const controlResultSchema = z.object({
  url: z.string(),
  reached: z.boolean(),
  failure: failureSchema.optional(),
  /**
   * An answer came, but not the control's own: a plain-HTTP check redirected to
   * another host, or answered otherwise than it always does. A captive portal's sign.
   */
  diverted: z.boolean().optional(),
});
export type ControlResult = z.infer<typeof controlResultSchema>;

/**
 * usable: the route reached a control; failed: it is broken (its proxy failed) or
 * it fails what the direct route or another route reaches; unverified: no route
 * reached any control, so its own failure proves nothing and it is used all the same.
 */
export const ROUTE_CHECK_STATUSES = ['usable', 'failed', 'unverified'] as const;

export const routeCheckSchema = z.object({
  path: z.string(),
  status: z.enum(ROUTE_CHECK_STATUSES),
  /** Why it failed: the first failure on the way to the controls. */
  failure: failureSchema.optional(),
  /** Each control measured (absent in reports from before controls were a set). */
  controls: z.array(controlResultSchema).optional(),
  observationIds: z.array(z.string()),
});
export type RouteCheck = z.infer<typeof routeCheckSchema>;

export const inputErrorSchema = z.object({
  source: z.string(),
  /** The entry as given, made printable and cut to 200 characters. */
  input: z.string(),
  code: inputErrorCodeSchema,
});
export type InputError = z.infer<typeof inputErrorSchema>;

export const engineEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run-started'),
    runId: z.string(),
    startedAt: z.string(),
    plan: planSchema,
    targets: z.array(targetSchema),
  }),
  z.object({ type: z.literal('input-error'), error: inputErrorSchema }),
  z.object({ type: z.literal('route-checked'), check: routeCheckSchema }),
  /** The neutral control measured again on the direct route after a site failed there (residual blocking). */
  z.object({ type: z.literal('control-rechecked'), check: routeCheckSchema }),
  z.object({
    type: z.literal('progress'),
    targetId: z.string(),
    path: z.string(),
    step: z.string(),
    targetsDone: z.number().int(),
    targetsTotal: z.number().int(),
  }),
  z.object({ type: z.literal('observation'), observation: observationSchema }),
  z.object({
    type: z.literal('target-finished'),
    targetId: z.string(),
    outcomes: z.array(pathOutcomeSchema),
    verdict: targetVerdictSchema,
  }),
  /** One of the user's tools (a WireGuard configuration, a Tor bridge) checked. */
  z.object({ type: z.literal('tool-checked'), result: toolResultSchema }),
  z.object({
    type: z.literal('run-finished'),
    endedAt: z.string(),
    status: z.enum(['completed', 'cancelled']),
    summary: runSummarySchema,
  }),
]);
export type EngineEvent = z.infer<typeof engineEventSchema>;
export type EngineEventOf<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;
