import { z } from 'zod';
import { routeCheckSchema } from '../events.ts';
import { controlUrlSchema, MAX_CONTROLS } from '../controls.ts';
import { pathSpecSchema } from '../path.ts';
import { planOptionsSchema } from '../plan.ts';

/** A proxy's user name and password: sent by the renderer when typed, never sent back to it. */
export const credentialsSchema = z.strictObject({
  username: z.string().min(1).max(255),
  password: z.string().max(1024),
});
export type Credentials = z.infer<typeof credentialsSchema>;

/**
 * An Outline or Shadowsocks key is kept in the same store as a proxy's password, as
 * credentials with this user name and the whole key as the password: stored encrypted,
 * sent to the main process once, never sent back to the renderer.
 */
export const ACCESS_KEY_USERNAME = 'access-key';

/** The neutral sites to measure, by address; absent: the user's own (Settings). */
export const controlUrlsSchema = z.array(controlUrlSchema).min(1).max(MAX_CONTROLS);

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
  controls: controlUrlsSchema.optional(),
  timeoutMs: planOptionsSchema.shape.timeoutMs.optional(),
});
export type TestRouteRequest = z.infer<typeof testRouteRequestSchema>;

/**
 * Whether the route reached a control the whole way, decided as a route check before
 * a run decides it: with the direct route measured beside it.
 */
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

/** A `host:port` someone pasted, to ask which proxy protocols answer there. */
export const probeProxyAddressRequestSchema = z.strictObject({
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535),
});

/** Which protocols answered, each with whether it wants a user name and password; null: it does not speak it. */
export const proxyAddressAnswerSchema = z.object({
  socks5: z.object({ needsAuth: z.boolean() }).nullable(),
  httpConnect: z.object({ needsAuth: z.boolean() }).nullable(),
});
export type ProxyAddressAnswer = z.infer<typeof proxyAddressAnswerSchema>;

/** One address of this computer's network interfaces (a VPN's among them), to bind a route to. */
export const localAddressSchema = z.object({
  /** The interface's name as the system gives it (wg0, tun0, Ethernet…). */
  interfaceName: z.string(),
  address: z.string(),
  family: z.enum(['IPv4', 'IPv6']),
});
export type LocalAddress = z.infer<typeof localAddressSchema>;
