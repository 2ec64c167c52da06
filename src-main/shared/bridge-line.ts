import { ipFamily } from './bogon.ts';
import type { ToolEndpoint } from './tools.ts';
import { hostPort } from './host-port.ts';

/**
 * Reading a Tor bridge line as Tor's `Bridge` option takes it (tor(1): "Bridge
 * [transport] IP:ORPort [fingerprint]" followed by the transport's `key=value`
 * arguments), with or without the `Bridge ` in front, as bridges.torproject.org and
 * Tor Browser hand them out. Lines Detour runs Tor with (vanilla and obfs4) are held
 * to the characters such a line has, since they go into a torrc; others (snowflake,
 * meek, webtunnel) are only named, never run. A mistake is a code: never the line,
 * whose `cert=` lets anyone use the bridge.
 */

export const BRIDGE_LINE_ERRORS = [
  'too-long',
  'no-address', // nothing that reads as IP:port where the address belongs
  'bad-address', // an address or port that cannot be
  'bad-fingerprint', // not 40 hexadecimal digits
  'bad-argument', // not key=value, or characters no such line has
  'obfs4-arguments', // an obfs4 line without cert= and iat-mode=
] as const;
export type BridgeLineError = (typeof BRIDGE_LINE_ERRORS)[number];

/** The transports Detour can run Tor with; every other one is reported as not checked yet. */
export const CHECKED_TRANSPORTS = ['vanilla', 'obfs4'] as const;

export interface ParsedBridge {
  /** `vanilla` for a line without a transport. */
  transport: string;
  /** Absent when the line's address does not read as one (a transport that does not need it). */
  address?: ToolEndpoint;
  /** The line as Tor's `Bridge` option takes it, without `Bridge `: it holds the credentials. */
  line: string;
}

export type BridgeLineParse = { ok: true; bridge: ParsedBridge } | { ok: false; code: BridgeLineError };

/** The longest line a bridge line needs: meek and webtunnel lines carry URLs, obfs4 a 70-character cert. */
const MAX_LINE = 2048;
const TRANSPORT = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;
const FINGERPRINT = /^[0-9A-Fa-f]{40}$/;
/** An argument of a line Tor will run: obfs4's cert is base64 without padding, iat-mode a digit. */
const RUN_ARGUMENT = /^[a-z][a-z0-9-]{0,31}=[A-Za-z0-9+/=_.:-]{1,512}$/;

export function parseBridgeLine(text: string): BridgeLineParse {
  const trimmed = text.trim().replace(/^bridge\s+/i, '');
  if (trimmed.length > MAX_LINE) return { ok: false, code: 'too-long' };
  const tokens = trimmed.split(/\s+/).filter(Boolean);
  const first = tokens[0] ?? '';
  const named = TRANSPORT.test(first) && !first.includes(':');
  const transport = named ? first.toLowerCase() : 'vanilla';
  const rest = named ? tokens.slice(1) : tokens;
  const addressToken = rest[0];
  if (addressToken === undefined || !addressToken.includes(':')) return { ok: false, code: 'no-address' };
  const address = parseAddress(addressToken);
  const runs = (CHECKED_TRANSPORTS as readonly string[]).includes(transport);
  if (!runs) {
    // Not run, so not held to a shape: only named, with its address when it reads as one.
    return { ok: true, bridge: { transport, ...(address === null ? {} : { address }), line: trimmed } };
  }
  if (address === null) return { ok: false, code: 'bad-address' };
  const fingerprint = rest[1] !== undefined && !rest[1].includes('=') ? rest[1] : undefined;
  if (fingerprint !== undefined && !FINGERPRINT.test(fingerprint)) return { ok: false, code: 'bad-fingerprint' };
  const args = rest.slice(fingerprint === undefined ? 1 : 2);
  if (args.some((arg) => !RUN_ARGUMENT.test(arg)) || (transport === 'vanilla' && args.length > 0)) {
    return { ok: false, code: 'bad-argument' };
  }
  const keys = new Set(args.map((arg) => arg.slice(0, arg.indexOf('='))));
  if (transport === 'obfs4' && !(keys.has('cert') && keys.has('iat-mode')))
    return { ok: false, code: 'obfs4-arguments' };
  const parts = [...(transport === 'vanilla' ? [] : [transport]), hostPort(address.host, address.port)];
  if (fingerprint !== undefined) parts.push(fingerprint.toUpperCase());
  return { ok: true, bridge: { transport, address, line: [...parts, ...args].join(' ') } };
}

/** `IPv4:port` or `[IPv6]:port`: Tor's Bridge option takes addresses, not names. */
function parseAddress(token: string): ToolEndpoint | null {
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([0-9.]+)):(\d{1,5})$/.exec(token);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (host === undefined || ipFamily(host) === null || !(port >= 1 && port <= 65535)) return null;
  return { host, port };
}

/** Bridge lines as pasted or kept in a file: one a line, blank lines and `#` comments skipped. */
export function bridgeLinesOf(text: string): { text: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ text: line.trim(), line: index + 1 }))
    .filter(({ text: line }) => line !== '' && !line.startsWith('#'));
}
