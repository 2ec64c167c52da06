import { z } from 'zod';
import { failureSchema } from './failure.ts';
import { tcpObservationSchema } from './observation.ts';
import { confidenceSchema, verdictParamsSchema } from './verdict.ts';

/**
 * "Your tools": the VPN configurations (WireGuard) and Tor bridges a person holds,
 * checked on this network beside the sites. What goes into the plan and the report
 * is what may be shown: a name, the server's address (removable with
 * `--omit proxy-hosts`) and the kind. Private keys, preshared keys and a bridge's
 * `cert=` travel beside the plan (ToolSecrets) into the engine and nowhere else.
 */

const toolName = z.string().min(1).max(64);

export const toolEndpointSchema = z.object({
  /** An IP address or a name, as the configuration gives it. */
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535),
});
export type ToolEndpoint = z.infer<typeof toolEndpointSchema>;

export const wireguardSpecSchema = z.object({
  name: toolName,
  endpoint: toolEndpointSchema,
});
export type WireguardSpec = z.infer<typeof wireguardSpecSchema>;

/**
 * How a bridge line carries Tor: `vanilla` (no transport, plain Tor TLS), `obfs4`,
 * or a transport Detour cannot check yet (snowflake, meek, webtunnel, others by name).
 */
export const bridgeSpecSchema = z.object({
  name: toolName,
  transport: z.string().min(1).max(32),
  /** The bridge's address; snowflake and meek lines name a placeholder, kept as given. */
  address: toolEndpointSchema.optional(),
});
export type BridgeSpec = z.infer<typeof bridgeSpecSchema>;

export const toolsPlanSchema = z.object({
  wireguard: z.array(wireguardSpecSchema).max(32),
  bridges: z.array(bridgeSpecSchema).max(64),
  /** Each bridge's deadline: Tor may take a minute to start through a slow bridge. */
  bridgeTimeoutMs: z.number().int().min(1000).max(600_000),
});
export type ToolsPlan = z.infer<typeof toolsPlanSchema>;

/** A bridge's deadline when none is given: Tor through obfs4 usually starts within 30 s. */
export const DEFAULT_BRIDGE_TIMEOUT_MS = 60_000;

/** What the engine needs and the report must never hold, by tool name. */
export interface ToolSecrets {
  /** Base64 keys of each configuration, as in the `.conf` file. */
  wireguard: Readonly<Record<string, { privateKey: string; peerPublicKey: string; presharedKey?: string }>>;
  /** Each bridge's line, whole (with its fingerprint and `cert=`). */
  bridges: Readonly<Record<string, string>>;
}

/** One handshake attempt with a WireGuard server, directly or through one route. */
export const wireguardAttemptSchema = z.object({
  /** `direct`, or the name of the route the datagrams went through. */
  route: z.string(),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  address: z.string(),
  port: z.number().int(),
  /** Handshake initiations sent (fresh ones, each retry with a new ephemeral key and timestamp). */
  initiationsSent: z.number().int().nonnegative(),
  /**
   * response: a valid handshake response; invalid-response: the server answered, but its
   * response does not verify with these keys; cookie-only: the server, under load, sent
   * a cookie reply but no response in time; none: nothing came back.
   */
  answer: z.enum(['response', 'invalid-response', 'cookie-only', 'none']),
  /** From sending the initiation that was answered to its answer. */
  rttMs: z.number().nonnegative().optional(),
  /** A valid cookie reply came first (the server was under load and asked for mac2). */
  cookie: z.boolean(),
  /** Why a response did not verify: its mac1 (not from the configured server) or its transcript (keys or preshared key). */
  invalid: z.enum(['mac1', 'transcript']).optional(),
  failure: failureSchema.optional(),
});
export type WireguardAttempt = z.infer<typeof wireguardAttemptSchema>;

/** A TCP connection attempt to a tool's server: any answer, a refusal too, proves the address reachable. */
export const toolTcpCheckSchema = tcpObservationSchema
  .omit({ id: true, targetId: true, path: true, probe: true })
  .extend({ route: z.string() });
export type ToolTcpCheck = z.infer<typeof toolTcpCheckSchema>;

export const WIREGUARD_STATUSES = [
  'works', // a valid handshake response arrived directly
  'address-blocked', // nothing at the server's address answers from here
  'wireguard-blocked', // the address answers, the handshake gets through another route but not directly
  'wrong-config', // the server answers wrongly, or no route gets an answer: a configuration or server problem
  'inconclusive', // not enough evidence either way
] as const;

export const WIREGUARD_REASONS = [
  'handshake-ok',
  'server-busy', // only a cookie reply: the server got the handshake and is under load
  'address-silent-route-works', // address silent directly; the handshake works through a route
  'address-silent', // address silent directly, and no route to compare with
  'handshake-dropped', // address answers directly; handshake only through a route
  'response-invalid', // the server answers, but the response does not verify: wrong keys or preshared key
  'no-answer-anywhere', // no route gets an answer: a wrong configuration or a server that is down
  'bad-peer-key', // the peer's public key cannot be used for a handshake at all
  'no-udp-route', // the address answers, no answer directly, and no route carries UDP to compare with
  'port-refused', // the address refused the datagrams (ICMP port unreachable), and no route carries UDP to compare with
  'name-not-resolved', // the server's name does not resolve here
  'no-network', // this computer has no route to the server's address at all (offline): nothing was sent
  'not-checked', // cancelled before an answer
] as const;

export const BRIDGE_STATUSES = [
  'works', // Tor started through the bridge (bootstrapped 100%)
  'handshake-done', // Tor connected and completed its handshake with the bridge
  'connected', // a TCP connection opened, but no Tor handshake completed
  'no-connection', // no TCP connection to the bridge
  'cannot-check', // a transport Detour cannot check yet, or no Tor on this machine
] as const;

export const BRIDGE_REASONS = [
  'bootstrapped',
  'no-tor-network', // the bridge answers, but holds no Tor directory: a bridge cut off from the Tor network (or a test network)
  'stalled-after-handshake', // the deadline came after the handshake
  'handshake-failed', // the connection opened, the handshake did not complete
  'connect-failed', // no connection; the bridge may be blocked here or offline
  'blocked-here', // no connection directly, but the bridge's address answers through another route
  'offline-everywhere', // no connection directly or through any route
  'transport-unsupported', // snowflake, meek, webtunnel…: not checked yet
  'no-tor', // no tor program found
  'no-transport-plugin', // an obfs4 line but no lyrebird or obfs4proxy found
  'tor-failed', // tor would not start with this bridge (it rejected the line, or exited)
  'not-checked', // cancelled before an answer
] as const;

export const wireguardResultSchema = z.object({
  kind: z.literal('wireguard'),
  name: toolName,
  endpoint: toolEndpointSchema,
  status: z.enum(WIREGUARD_STATUSES),
  confidence: confidenceSchema,
  reason: z.enum(WIREGUARD_REASONS),
  params: verdictParamsSchema,
  /** Routes through which the handshake got a valid response (directly blocked, restored there). */
  restoredBy: z.array(z.string()),
  attempts: z.array(wireguardAttemptSchema),
  /** The TCP control to the server's address, directly. */
  tcp: toolTcpCheckSchema.optional(),
});
export type WireguardResult = z.infer<typeof wireguardResultSchema>;

/** Tor's bootstrap phase (control-spec.txt §5.5.2, "BOOTSTRAP" status events): its percentage and tag. */
export const bootstrapPhaseSchema = z.object({ percent: z.number().int().min(0).max(100), tag: z.string().max(40) });
export type BootstrapPhase = z.infer<typeof bootstrapPhaseSchema>;

export const bridgeResultSchema = z.object({
  kind: z.literal('bridge'),
  name: toolName,
  transport: z.string(),
  address: toolEndpointSchema.optional(),
  status: z.enum(BRIDGE_STATUSES),
  confidence: confidenceSchema,
  reason: z.enum(BRIDGE_REASONS),
  params: verdictParamsSchema,
  /** The furthest bootstrap phase Tor reached through this bridge. */
  progress: bootstrapPhaseSchema.optional(),
  durationMs: z.number().nonnegative(),
  /** The TCP control to the bridge's address: directly, then through each usable route when direct failed. */
  tcp: z.array(toolTcpCheckSchema),
  /** Routes through which the bridge's address accepted a TCP connection. */
  reachableThrough: z.array(z.string()),
  /** Which Tor ran the check: its version and where it was found (never the path: it holds a user name). */
  tor: z.object({ version: z.string().max(40), source: z.enum(['path', 'tor-browser', 'setting']) }).optional(),
});
export type BridgeResult = z.infer<typeof bridgeResultSchema>;

export const toolResultSchema = z.discriminatedUnion('kind', [wireguardResultSchema, bridgeResultSchema]);
export type ToolResult = z.infer<typeof toolResultSchema>;
