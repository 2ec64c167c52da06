import { connect, type Socket } from 'node:net';
import { hostPort } from '../../shared/host-port.ts';
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
  const answer = await probeProxyPort('127.0.0.1', candidate.port, { timeoutMs });
  const base = { name: candidate.name, kind: 'proxy' as const, host: '127.0.0.1', port: candidate.port };
  if (answer.socks5 !== null) {
    const { needsAuth } = answer.socks5;
    return { candidate, spec: { ...base, protocol: 'socks5h', auth: needsAuth }, needsAuth };
  }
  if (answer.httpConnect === null) return null;
  const { needsAuth } = answer.httpConnect;
  return { candidate, spec: { ...base, protocol: 'http', auth: needsAuth }, needsAuth };
}

/** Which proxy protocols a port answers, each with whether it wants a user name and password (null: it does not speak it). */
export interface ProxyPortAnswer {
  socks5: { needsAuth: boolean } | null;
  httpConnect: { needsAuth: boolean } | null;
}

/**
 * Asks `host:port` whether it is a SOCKS5 proxy and whether it is an HTTP CONNECT
 * proxy, both at once, each on its own connection: an HTTP proxy waits for a whole
 * request line and never answers the SOCKS greeting, and a closed port answers
 * neither. Shadowsocks cannot be told this way: its server stays silent until it gets
 * a valid encrypted request (by design, against probing). Never throws; a closed,
 * silent or unreachable port answers nothing.
 */
export async function probeProxyPort(
  host: string,
  port: number,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<ProxyPortAnswer> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const where = hostPort(host, port);
  // An HTTP proxy takes a CONNECT (RFC 9110 §9.3.6), which a web server refuses with 400,
  // 405 or 501. The CONNECT names the proxy itself, so no third party is contacted.
  const connectRequest = `CONNECT ${where} HTTP/1.1\r\nHost: ${where}\r\n\r\n`;
  // Once one protocol has answered, the other gets a short while more, not the whole
  // deadline: a port that speaks both (Clash's mixed port) answers both at once, and a
  // port that speaks one stays silent to the other until the deadline.
  const rest = new AbortController();
  const signal = options.signal === undefined ? rest.signal : AbortSignal.any([options.signal, rest.signal]);
  let grace: ReturnType<typeof setTimeout> | undefined;
  const answered = (reply: Buffer | null): Buffer | null => {
    if (reply !== null && grace === undefined) grace = setTimeout(() => rest.abort(), AFTER_ANSWER_MS);
    return reply;
  };
  const [socksReply, connectReply] = await Promise.all([
    firstReply(host, port, SOCKS5_GREETING, timeoutMs, signal).then(answered),
    firstReply(host, port, connectRequest, timeoutMs, signal).then(answered),
  ]);
  clearTimeout(grace);
  const socks5 =
    socksReply?.[0] === 0x05 && (socksReply[1] === 0x00 || socksReply[1] === 0x02)
      ? { needsAuth: socksReply[1] === 0x02 }
      : null;
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(connectReply?.toString('latin1') ?? '')?.[1];
  const httpConnect = status !== undefined && PROXY_STATUSES.has(status) ? { needsAuth: status === '407' } : null;
  return { socks5, httpConnect };
}

/** How long the second protocol may still answer after the first did. */
const AFTER_ANSWER_MS = 300;

/** Answers to CONNECT that only a proxy gives: tunnel open, auth wanted, forbidden, upstream failed. */
const PROXY_STATUSES = new Set(['200', '403', '407', '502', '503', '504']);

/** The first bytes the port answers to `payload`, or null when it is closed, silent or the probe was cancelled. */
function firstReply(
  host: string,
  port: number,
  payload: Uint8Array | string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Buffer | null> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) return resolve(null);
    const socket: Socket = connect({ host, port });
    const done = (reply: Buffer | null): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      socket.destroy();
      resolve(reply);
    };
    const cancel = (): void => done(null);
    signal?.addEventListener('abort', cancel, { once: true });
    const timer = setTimeout(() => done(null), timeoutMs);
    socket.once('connect', () => socket.write(payload));
    socket.once('data', (data: Buffer) => done(data));
    socket.once('error', () => done(null));
    socket.once('end', () => done(null));
  });
}
