import { z } from 'zod';
import { networkStateSchema, verdictStatusSchema } from '../../../src-main/shared/verdict.ts';
import {
  BRIDGE_REASONS,
  BRIDGE_STATUSES,
  WIREGUARD_REASONS,
  WIREGUARD_STATUSES,
} from '../../../src-main/shared/tools.ts';

/**
 * A scenario is data: which targets to diagnose, how the censor router behaves, which
 * routes to offer, and what Detour must find for each target on each route. A new
 * case is a new file in tests/lab/scenarios/, not new code.
 */

/**
 * When a rule is on, by the router's clock (iptables `-m time`, UTC): always, in a
 * window around the run (`now`: time-of-day blocking caught while on), in a window
 * hours away (`later`: the same rule, caught while off), or in every odd minute of the
 * next quarter of an hour (`odd-minutes`: a traffic jam that comes and goes, for the
 * time-pattern judge).
 */
export const windowSchema = z.enum(['always', 'now', 'later', 'odd-minutes']);
export type RuleWindow = z.infer<typeof windowSchema>;

const names = z.array(z.string().min(1)).min(1);
const addresses = z.array(z.string().min(1)).min(1);
const window = { window: windowSchema.default('always') };
/** How a blocked packet ends: silently dropped (a timeout), or refused (a TCP reset, ICMP port unreachable for UDP). */
const mode = { mode: z.enum(['drop', 'reject']).default('drop') };

export const censorRuleSchema = z.discriminatedUnion('kind', [
  /** The censor's resolver answers these names with `address` (default: the lab's sinkhole). */
  z.object({ kind: z.literal('dns-forge'), names, address: z.string().optional() }),
  /** … with a private address (BOGON_ANSWER). */
  z.object({ kind: z.literal('dns-bogon'), names }),
  /** … with NXDOMAIN. */
  z.object({ kind: z.literal('dns-nxdomain'), names }),
  /**
   * An on-path injector: every DNS query for these names that crosses the router,
   * to any resolver, gets a forged answer at once and the real one ~50 ms later.
   */
  z.object({ kind: z.literal('dns-inject'), names, address: z.string().optional() }),
  /** A TCP reset when a ClientHello carries one of these names in its SNI (iptables string match). */
  z.object({ kind: z.literal('tls-sni-reset'), names, ...window }),
  /** A TCP reset when a plain-HTTP request carries `Host: <name>`. */
  z.object({ kind: z.literal('http-host-reset'), names, ...window }),
  /** Packets to these addresses silently dropped. */
  z.object({ kind: z.literal('ip-blackhole'), addresses, ...window }),
  /** Packets to these addresses answered with ICMP host unreachable: a router saying there is no way there. */
  z.object({ kind: z.literal('ip-unreachable'), addresses, ...window }),
  /** Connections to these addresses refused with a TCP reset. */
  z.object({ kind: z.literal('ip-reject'), addresses, ...window }),
  /** Plain HTTP to these addresses answered by the router's transparent proxy with a block page. */
  z.object({ kind: z.literal('http-blockpage'), addresses, ...window }),
  /** HTTPS to these addresses intercepted by the router with a certificate from a censor CA for `names`. */
  z.object({ kind: z.literal('tls-intercept'), addresses, names, ...window }),
  /** Traffic from these addresses to the client limited to `kbit` per second (tc). */
  z.object({ kind: z.literal('throttle'), addresses, kbit: z.number().int().min(8), ...window }),
  /** Connections from these addresses frozen after `bytes` (default 16 KiB) of reply. */
  z.object({ kind: z.literal('freeze-after'), addresses, bytes: z.number().int().min(1).default(16_384), ...window }),
  /** TCP connections to these ports of these addresses refused with a reset (a port blocked outright). */
  z.object({
    kind: z.literal('port-reset'),
    addresses,
    ports: z.array(z.number().int().min(1).max(65535)).min(1),
    ...window,
  }),
  /**
   * TCP to these ports of these addresses reset at the client's first data, after the
   * connection opened: a box that lets connections open and cuts what it recognises.
   */
  z.object({
    kind: z.literal('data-reset'),
    addresses,
    ports: z.array(z.number().int().min(1).max(65535)).min(1),
    ...window,
  }),
  /**
   * UDP datagrams dropped by their shape alone, whatever their address or port: a
   * payload of `payloadBytes` whose first byte is `firstByte`. The defaults are a
   * WireGuard handshake initiation (type 1, 148 bytes), as censors have matched it.
   */
  z.object({
    kind: z.literal('udp-shape-drop'),
    firstByte: z.number().int().min(0).max(255).default(1),
    payloadBytes: z.number().int().min(1).max(65507).default(148),
    ...window,
  }),
  /** UDP to these ports dropped (default STUN's 3478): blocked calls. */
  z.object({
    kind: z.literal('udp-drop'),
    ports: z.array(z.number().int().min(1).max(65535)).default([3478]),
    ...window,
  }),
  /**
   * A captive portal on the router: every plain-HTTP request from the client gets a
   * 302 to CAPTIVE_PORTAL.url (the login page, served there), DNS is answered as
   * usual, and everything else the client sends through the router is dropped or refused.
   */
  z.object({ kind: z.literal('captive-portal'), ...mode, ...window }),
  /**
   * No network at all: once the world is ready, the client's link goes down, so that
   * every DNS query, connection and datagram from the client fails at once (no route).
   */
  z.object({ kind: z.literal('offline') }),
  /**
   * Sites down for everyone, not censored: the world itself drops or refuses every
   * packet to these addresses, from the client and from the proxies (in the world) alike.
   */
  z.object({ kind: z.literal('site-down'), addresses, ...mode }),
  /**
   * One proxy (by its address, `from`) cannot reach these addresses: the world drops or
   * refuses its connections to them, so the proxy reports an upstream failure (an HTTP
   * proxy its own 5xx page, a SOCKS proxy a failure reply), while the client and the
   * other proxies reach them.
   */
  z.object({ kind: z.literal('upstream-block'), from: z.string().min(1), addresses, ...mode }),
]);
export type CensorRule = z.infer<typeof censorRuleSchema>;
export type CensorRuleKind = CensorRule['kind'];

/**
 * What Detour must find for one target on one route, before verdicts exist: the
 * outcome's status, and for a failure its stage and class, in words:
 * `reachable`, `reachable blockpage` (the page fetched is the lab's block page),
 * `reachable slow` (throughput under a third of the control's), `failed tls reset`,
 * `path-failed`, `not-measurable`.
 */
export const expectationSchema = z
  .string()
  .regex(/^(reachable( blockpage| slow)?|failed [a-z]+ [a-z-]+|path-failed|not-measurable)$/);
export type Expectation = z.infer<typeof expectationSchema>;

/**
 * What the verdicts must say about one target: its status on the direct route, and
 * exactly which routes restore it and which do not (any order); `routes` pins the
 * status on other routes where it matters.
 */
export const verdictExpectationSchema = z.object({
  direct: verdictStatusSchema,
  restoredBy: z.array(z.string()).default([]),
  notRestoredBy: z.array(z.string()).default([]),
  routes: z.record(z.string(), verdictStatusSchema).default({}),
});
export type VerdictExpectation = z.infer<typeof verdictExpectationSchema>;

/**
 * A WireGuard configuration the lab writes for the client: the lab's own client key, the
 * lab server's public key (or, with `serverKey: "wrong"`, a key no server has) and a
 * preshared key, sent to `endpoint`. The world runs wireguard-go on WIREGUARD ports.
 */
export const wireguardConfigSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,32}$/),
  endpoint: z.string().min(1),
  serverKey: z.enum(['right', 'wrong']).default('right'),
});

/**
 * An Outline key the lab writes for the client, to its ss-server at `endpoint` (one of
 * SERVICES.shadowsocks's addresses and ports), with the server's password or, with
 * `password: "wrong"`, another; handed to the CLI as `--path NAME=ss://…`.
 */
export const outlineKeySchema = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,32}$/),
  endpoint: z.string().min(1),
  password: z.enum(['right', 'wrong']).default('right'),
});

/** A bridge line the lab completes with its relay's fingerprint (and cert, for obfs4). */
export const bridgeLineSchema = z.object({
  transport: z.enum(['vanilla', 'obfs4', 'snowflake']),
  address: z.string().min(1),
});

/** What one tool's result must say: its status, and exactly the routes it works (or answers) through. */
export const toolExpectationSchema = z.object({
  status: z.enum([...WIREGUARD_STATUSES, ...BRIDGE_STATUSES]),
  reason: z.enum([...WIREGUARD_REASONS, ...BRIDGE_REASONS]).optional(),
  through: z.array(z.string()).default([]),
  /** A bridge whose check must end before its deadline: Tor stopped at the direct check's final failure. */
  stopsEarly: z.literal(true).optional(),
});
export type ToolExpectation = z.infer<typeof toolExpectationSchema>;

export const scenarioSchema = z.object({
  description: z.string().min(1),
  /** Targets as the CLI takes them. */
  targets: z.array(z.string().min(1)).min(1),
  /** "Your tools": WireGuard configurations and bridge lines, checked beside the targets. */
  wireguard: z.array(wireguardConfigSchema).default([]),
  bridges: z.array(bridgeLineSchema).default([]),
  /** Outline keys to the lab's Shadowsocks server, measured as routes. */
  keys: z.array(outlineKeySchema).default([]),
  /** Sentences the summary must hold, as catalog keys with their route (`summary.key-reset outline-reset`). */
  summary: z.array(z.string().min(1)).default([]),
  /** Each bridge's deadline in the lab (`--bridge-timeout`). */
  bridgeTimeoutMs: z.number().int().min(1000).default(8000),
  /** Per tool name (the configuration's name, or `bridge 1`, `bridge 2`… in order): what it must say. */
  tools: z.record(z.string(), toolExpectationSchema).default({}),
  /** Routes as `--path NAME=URL`. */
  routes: z.array(z.string().min(1)).default([]),
  /** Adds the local strategies as routes (`--strategies`). */
  strategies: z.boolean().default(false),
  /** Measure throughput (needed for `reachable slow`). */
  throughput: z.boolean().default(false),
  /** Each probe's deadline in the lab, where every answer is local. */
  timeoutMs: z.number().int().min(500).default(3000),
  censor: z.array(censorRuleSchema),
  /** Per target, per route name: what must be found. Targets and routes left out are not checked. */
  expect: z.record(z.string(), z.record(z.string(), expectationSchema)),
  /** Per target: what the verdicts must say. */
  verdicts: z.record(z.string(), verdictExpectationSchema),
  /** An honest network: no target may get a blocking verdict on any route. */
  noBlocking: z.boolean().default(false),
  /** What the run must say of the network itself (the summary's `network`), when the scenario is about it. */
  network: networkStateSchema.optional(),
  /**
   * The neutral controls, as `--control`: both lab controls and the plain-HTTP
   * connectivity check unless a scenario is about having fewer.
   */
  controls: z
    .array(z.string().min(1))
    .min(1)
    .default(() => [...DEFAULT_LAB_CONTROLS]),
});

/** Two neutral sites on their own addresses, and a connectivity check answering 204 (as Chromium's). */
export const DEFAULT_LAB_CONTROLS = [
  'https://control.lab/',
  'https://control2.lab/',
  'http://control.lab/generate_204',
] as const;
export type Scenario = z.infer<typeof scenarioSchema> & { name: string };
