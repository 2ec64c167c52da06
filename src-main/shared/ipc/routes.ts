import { z } from 'zod';
import { routeCheckSchema } from '../events.ts';
import { pathSpecSchema } from '../path.ts';
import { planOptionsSchema } from '../plan.ts';
import { parseTarget } from '../target.ts';

/** A proxy's user name and password: sent by the renderer when typed, never sent back to it. */
export const credentialsSchema = z.strictObject({
  username: z.string().min(1).max(255),
  password: z.string().max(1024),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/**
 * The neutral site a route must reach before it is used, when the user names none:
 * reserved for documentation (RFC 2606), served by a CDN, and not a site any censor
 * has a reason to block. The same default as the CLI's `--control`.
 */
export const DEFAULT_CONTROL_URL = 'https://example.com/';

/** A control is measured like a target, so only what the engine reads as a web address will do. */
export const controlUrlSchema = z.string().refine(
  (input) => {
    const parsed = parseTarget(input);
    return parsed.ok && parsed.target.kind === 'url';
  },
  { message: 'not an http or https address' },
);

export const detectedToolSchema = z.object({
  candidate: z.object({ name: z.string(), tool: z.string(), port: z.number().int() }),
  spec: pathSpecSchema,
  /** The tool wants a user name and password before it can be used as a route. */
  needsAuth: z.boolean(),
});
export type DetectedToolInfo = z.infer<typeof detectedToolSchema>;

export const testRouteRequestSchema = z.strictObject({
  route: pathSpecSchema,
  /** For a route with `auth: true` whose password is not stored. */
  credentials: credentialsSchema.optional(),
  controlUrl: controlUrlSchema.optional(),
  timeoutMs: planOptionsSchema.shape.timeoutMs.optional(),
});
export type TestRouteRequest = z.infer<typeof testRouteRequestSchema>;

/** Whether the route reached the control the whole way, as a route check before a run says it. */
export const routeTestSchema = routeCheckSchema.omit({ observationIds: true }).extend({
  elapsedMs: z.number().nonnegative(),
});
export type RouteTest = z.infer<typeof routeTestSchema>;

const routeNameSchema = z.string().min(1).max(64);

/** What the renderer learns of stored credentials: that they exist, never what they are. */
export const routeCredentialsStateSchema = z.object({ route: routeNameSchema, auth: z.boolean() });
export type RouteCredentialsState = z.infer<typeof routeCredentialsStateSchema>;

export const saveRouteCredentialsRequestSchema = z.strictObject({
  route: routeNameSchema,
  credentials: credentialsSchema,
});
export const forgetRouteCredentialsRequestSchema = z.strictObject({ route: routeNameSchema });
