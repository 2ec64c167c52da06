import { connect, type Socket } from 'node:net';
import type { PathSpec } from '../../shared/path.ts';

/** A port where a circumvention tool usually listens on this machine. */
export interface LocalToolCandidate {
  /** The route name to offer, for example `tor`. */
  name: string;
  /** What the user knows it as. */
  tool: string;
  port: number;
}

/**
 * The usual loopback ports of circumvention tools. A best-effort catalogue: a wrong
 * guess costs one refused connection on 127.0.0.1, and what answers is identified by
 * its protocol, never by the port alone. Psiphon and Lantern pick their local ports
 * at start (shown in their settings), so they are found only on these common ones.
 */
export const LOCAL_TOOL_CANDIDATES: readonly LocalToolCandidate[] = [
  { name: 'tor', tool: 'Tor', port: 9050 }, // tor(1) SocksPort default
  { name: 'tor-browser', tool: 'Tor Browser', port: 9150 }, // Tor Browser's own tor
  { name: 'clash', tool: 'Clash / mihomo', port: 7890 }, // mixed-port in the default config
  { name: 'clash-socks', tool: 'Clash / mihomo', port: 7891 },
  { name: 'v2ray', tool: 'v2rayN / Xray', port: 10808 }, // v2rayN's local SOCKS inbound
  { name: 'v2ray-http', tool: 'v2rayN / Xray', port: 10809 }, // and its HTTP inbound
  { name: 'sing-box', tool: 'sing-box (NekoBox, Hiddify)', port: 2080 },
  { name: 'shadowsocks', tool: 'Shadowsocks client', port: 1080 }, // ss-local's customary SOCKS port
  { name: 'psiphon', tool: 'Psiphon', port: 8080 },
  { name: 'lantern', tool: 'Lantern', port: 8787 },
];

export interface DetectedTool {
  candidate: LocalToolCandidate;
  spec: PathSpec;
  /** The proxy wants a user name and password, which the user must add before it can be used. */
  needsAuth: boolean;
}

const SOCKS5_GREETING = Uint8Array.of(0x05, 0x02, 0x00, 0x02); // RFC 1928 §3: no-auth or user/pass

/**
 * Looks at each candidate port on 127.0.0.1 at once and keeps those that speak SOCKS5
 * (offered as socks5h, so names resolve at the tool, as Tor requires) or HTTP (offered
 * as an HTTP CONNECT proxy). Nothing found is used silently: the caller shows them.
 */
export async function detectLocalTools(
  candidates: readonly LocalToolCandidate[] = LOCAL_TOOL_CANDIDATES,
  timeoutMs = 500,
): Promise<DetectedTool[]> {
  const found = await Promise.all(candidates.map((candidate) => identify(candidate, timeoutMs)));
  return found.filter((tool): tool is DetectedTool => tool !== null);
}

async function identify(candidate: LocalToolCandidate, timeoutMs: number): Promise<DetectedTool | null> {
  // Both questions at once, each on its own connection: an HTTP proxy waits for a whole
  // request line and never answers the SOCKS greeting, and a closed port answers neither.
  const connectRequest = `CONNECT 127.0.0.1:${candidate.port} HTTP/1.1\r\nHost: 127.0.0.1:${candidate.port}\r\n\r\n`;
  const [socksReply, connectReply] = await Promise.all([
    firstReply(candidate.port, SOCKS5_GREETING, timeoutMs),
    firstReply(candidate.port, connectRequest, timeoutMs),
  ]);
  const base = { name: candidate.name, kind: 'proxy' as const, host: '127.0.0.1', port: candidate.port };
  if (socksReply?.[0] === 0x05 && (socksReply[1] === 0x00 || socksReply[1] === 0x02)) {
    const needsAuth = socksReply[1] === 0x02;
    return { candidate, spec: { ...base, protocol: 'socks5h', auth: needsAuth }, needsAuth };
  }
  // An HTTP proxy takes a CONNECT (RFC 9110 §9.3.6), which a web server refuses with 400,
  // 405 or 501. The CONNECT names this very port, so nothing leaves the machine.
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(connectReply?.toString('latin1') ?? '')?.[1];
  if (status === undefined || !PROXY_STATUSES.has(status)) return null;
  const needsAuth = status === '407';
  return { candidate, spec: { ...base, protocol: 'http', auth: needsAuth }, needsAuth };
}

/** Answers to CONNECT that only a proxy gives: tunnel open, auth wanted, forbidden, upstream failed. */
const PROXY_STATUSES = new Set(['200', '403', '407', '502', '503', '504']);

/** The first bytes the port answers to `payload`, or null when it is closed or silent. */
function firstReply(port: number, payload: Uint8Array | string, timeoutMs: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ host: '127.0.0.1', port });
    const done = (reply: Buffer | null): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(reply);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    socket.once('connect', () => socket.write(payload));
    socket.once('data', (data: Buffer) => done(data));
    socket.once('error', () => done(null));
    socket.once('end', () => done(null));
  });
}
