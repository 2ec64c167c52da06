import { checkWritable, findRegionPack, OutputPathError, type RegionPack, regionPacks } from '../engine/index.ts';
import { ipFamily } from '../shared/bogon.ts';
import { controlSitesFor, DEFAULT_CONTROLS, MAX_CONTROLS, type ControlSite } from '../shared/controls.ts';
import { printable } from '../shared/printable.ts';
import { parseTarget } from '../shared/target.ts';
import { redactUrl, splitUrlSecrets, type SplitUrl } from '../shared/url-secrets.ts';
import type { RouteFlags } from './routes.ts';
import { DEFAULT_PLAN_OPTIONS, DEFAULT_THROUGHPUT, type PlanOptions, type Resolver } from '../shared/plan.ts';
import { DEFAULT_BRIDGE_TIMEOUT_MS } from '../shared/tools.ts';

/** A mistake in how the command was called: one line to the user, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Checks, before any work, that a file can be written where an option says
 * (atomic-write.ts: the folder exists, it is not a folder or a device, a file can be
 * created there); a problem is one usage line naming the option.
 */
export async function checkOutput(option: string, path: string): Promise<void> {
  try {
    await checkWritable(path);
  } catch (error) {
    if (error instanceof OutputPathError) throw new UsageError(`${option} ${error.message}`);
    throw error;
  }
}

export interface DiagnoseFlags extends RouteFlags {
  control?: string[];
  detectLocal?: boolean;
  list?: string[];
  testList?: string[];
  region?: string;
  resolver?: string;
  doh?: string;
  timeout?: string;
  concurrency?: string;
  throughput?: boolean;
  json?: boolean;
  out?: string;
  /** "Your tools": WireGuard configurations, bridge lines, bridge files, where tor is. */
  wireguard?: string[];
  bridge?: string[];
  bridges?: string[];
  tor?: string;
  bridgeTimeout?: string;
}

/** Each bridge's deadline: `--bridge-timeout`, from 1 s to 10 minutes. */
export function bridgeTimeoutFrom(flags: DiagnoseFlags): number {
  return integer('--bridge-timeout', flags.bridgeTimeout, DEFAULT_BRIDGE_TIMEOUT_MS, 1000, 600_000);
}

/** `scheduled`: runs of `--every` measure speed unless `--no-throughput` says not to (shared/plan.ts). */
export function planOptionsFrom(flags: DiagnoseFlags, scheduled = false): PlanOptions {
  return {
    ...DEFAULT_PLAN_OPTIONS,
    timeoutMs: integer('--timeout', flags.timeout, DEFAULT_PLAN_OPTIONS.timeoutMs, 100, 120_000),
    concurrency: integer('--concurrency', flags.concurrency, DEFAULT_PLAN_OPTIONS.concurrency, 1, 512),
    ...(flags.resolver === undefined ? {} : { resolver: parseResolver(flags.resolver) }),
    ...(flags.doh === undefined ? {} : { dohUrl: parseDohUrl(flags.doh).shown }),
    ...((flags.throughput ?? scheduled) ? { throughput: DEFAULT_THROUGHPUT } : {}),
  };
}

/**
 * The neutral controls: each `--control`, else those in $DETOUR_CONTROLS (separated by
 * commas or spaces), else Detour's own set (shared/controls.ts). `none` measures no
 * controls at all: nothing but the targets is contacted, and offline cannot be told.
 */
export function controlsFrom(flags: DiagnoseFlags, environment: NodeJS.ProcessEnv): ControlSite[] {
  const given = flags.control ?? environment['DETOUR_CONTROLS']?.split(/[\s,]+/).filter(Boolean);
  if (given === undefined) return [...DEFAULT_CONTROLS];
  if (given.length === 1 && given[0] === 'none') return [];
  const where = flags.control === undefined ? 'DETOUR_CONTROLS' : '--control';
  const urls = given.map((text) => parseControlUrl(text, where));
  if (urls.length > MAX_CONTROLS)
    throw new UsageError(`${where} takes at most ${MAX_CONTROLS} controls, not ${urls.length}`);
  return controlSitesFor(urls);
}

/** A control is a web page: an http(s) URL, or a domain taken as https. */
function parseControlUrl(text: string, where: string): string {
  const parsed = parseTarget(text);
  if (!parsed.ok || parsed.target.kind !== 'url') {
    throw new UsageError(
      `${where} must be web addresses such as https://example.com/ (or "none"), not ${quoted(text)}`,
    );
  }
  return parsed.target.url;
}

/** What the user typed, for a message: never a URL's user info or query values, which may be secrets. */
function quoted(text: string): string {
  const url = URL.parse(text);
  if (url !== null) return `"${redactUrl(text)}"`;
  return /[@?]/.test(text) ? 'what was given' : `"${printable(text, 80)}"`;
}

/** `--region CODE`: a region pack Detour has; any other code is a usage error naming the ones there are. */
export function parseRegion(text: string): RegionPack {
  const pack = findRegionPack(text);
  if (pack !== undefined) return pack;
  const known = regionPacks().map(({ code, name }) => `${code} (${name})`);
  throw new UsageError(`--region must be one of ${known.join(', ')}, not "${printable(text, 40)}"`);
}

function integer(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${printable(text, 40)}"`);
  }
  return Number(text);
}

/** `IP`, `IP:PORT` or `[IPv6]:PORT`; a name makes no sense here: it would need a resolver itself. */
export function parseResolver(text: string): Resolver {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const plain = /^([^:]+)(?::(\d+))?$/.exec(text);
  const [host, portText] = bracketed
    ? [bracketed[1], bracketed[2]]
    : plain
      ? [plain[1], plain[2]]
      : ipFamily(text) === 6
        ? [text, undefined]
        : [undefined, undefined];
  if (host === undefined || ipFamily(host) === null) {
    throw new UsageError(
      `--resolver must be an IP address with an optional port (1.1.1.1:53, [::1]:53), not "${printable(text, 80)}"`,
    );
  }
  const port = portText === undefined ? 53 : Number(portText);
  if (!(port >= 1 && port <= 65535)) {
    throw new UsageError(`--resolver port must be from 1 to 65535, not "${printable(portText ?? '', 20)}"`);
  }
  return { host, port };
}

/**
 * `--doh URL`: the plan holds it with any user, password or query key masked; the
 * full URL goes to the engine beside the plan (dohSecretUrl), as a proxy's password does.
 */
function parseDohUrl(text: string): SplitUrl {
  const url = URL.parse(text);
  if (url === null) {
    throw new UsageError(`--doh must be a URL such as https://dns.example/dns-query, not ${quoted(text)}`);
  }
  // RFC 8484 §5: DoH is HTTPS; plain http is allowed only to loopback, for testing.
  const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || url.hostname.startsWith('127.');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new UsageError(`--doh must be an https:// URL, not ${quoted(text)}`);
  }
  return splitUrlSecrets(url);
}

/** The full `--doh` URL when it holds a secret the plan shows masked; the engine takes it beside the plan. */
export function dohSecretUrl(flags: DiagnoseFlags): string | undefined {
  if (flags.doh === undefined) return undefined;
  const split = parseDohUrl(flags.doh);
  return split.hasSecret ? split.full : undefined;
}
