import type { Server, Socket } from 'node:net';
import { expect, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import { proxyDialer, type ProxyEndpoint } from '../../src-main/engine/paths/proxy.ts';
import { probeTcp } from '../../src-main/engine/probes/tcp.ts';
import type { ProbeResult } from '../../src-main/shared/observation.ts';
import { PROXY_PROTOCOLS, type ProxyProtocol } from '../../src-main/shared/path.ts';
import {
  httpProxyAnswering,
  httpsConnectProxy,
  socks4Replying,
  socks5ClosingMidHandshake,
  socks5RefusingEveryMethod,
  socks5RejectingPassword,
  socks5Replying,
} from './servers/bad-proxies.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { acceptAndHang, closedPort, closeOnFirstData, replyOnFirstData } from './servers/tcp-servers.ts';

/**
 * The proxy dialers against proxies that misbehave on cue (in-process), and an HTTPS
 * CONNECT proxy: each failure lands in its class, nothing is left open, and no
 * credential ever shows in a failure.
 */

const listen = listenClosingAfterEach();

const USERNAME = 'detour';
const PASSWORD = 'Distinctive-Pa55word-7f3a';

interface Through {
  protocol: ProxyProtocol;
  credentials?: boolean;
  timeoutMs?: number;
  signal?: AbortSignal;
}

function endpoint(port: number, { protocol, credentials = false }: Through): ProxyEndpoint {
  return { protocol, host: '127.0.0.1', port, ...(credentials ? { username: USERNAME, password: PASSWORD } : {}) };
}

/** A TCP probe to 127.0.0.1:443 through the proxy `server` (started here). */
async function tcpThrough(server: Server, through: Through): Promise<ProbeResult<'tcp'>> {
  const { port } = await listen(server);
  return probeTcpThrough(port, through);
}

function probeTcpThrough(proxyPort: number, through: Through): Promise<ProbeResult<'tcp'>> {
  const dialer = proxyDialer('lab-proxy', endpoint(proxyPort, through));
  const signal = through.signal ?? new AbortController().signal;
  return probeTcp({ address: '127.0.0.1', port: 443 }, { dialer, signal, timeoutMs: through.timeoutMs ?? 3000 });
}

/** Resolves with the first bytes the client sends to `server`. */
function firstBytes(server: Server): Promise<Buffer> {
  return new Promise((resolve) => server.once('connection', (socket: Socket) => socket.once('data', resolve)));
}

/** Everything the client sends while it dials `host` through `server`, a proxy granting the tunnel. */
async function sentWhileDialing(server: Server, proxy: Omit<ProxyEndpoint, 'host' | 'port'>, host: string) {
  const chunks: Buffer[] = [];
  server.once('connection', (socket: Socket) => socket.on('data', (chunk: Buffer) => chunks.push(chunk)));
  const { port } = await listen(server);
  const dialer = proxyDialer('lab-proxy', { ...proxy, host: '127.0.0.1', port });
  (await dialer.dialTcp({ host, port: 443, signal: new AbortController().signal })).destroy();
  return Buffer.concat(chunks);
}

/** Reads from a tunnel until `expected` bytes have arrived. */
async function readTunnel(socket: Socket, expected: number): Promise<string> {
  let text = '';
  for await (const chunk of socket) {
    text += String(chunk);
    if (text.length >= expected) break;
  }
  return text;
}

test.each(PROXY_PROTOCOLS)('%s: a proxy port where nothing listens is proxy-unreachable', async (protocol) => {
  const result = await probeTcpThrough(await closedPort(), { protocol });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'proxy-unreachable' });
  // The route's failure explains itself, naming the proxy but no credential.
  expect(result.failure?.detail).toMatch(
    new RegExp(`^cannot reach the ${protocol} proxy at 127\\.0\\.0\\.1:\\d+ \\(ECONNREFUSED\\)$`),
  );
});

test.each(PROXY_PROTOCOLS)('%s: a proxy that accepts and never answers times out at the deadline', async (protocol) => {
  const result = await tcpThrough(acceptAndHang(), { protocol, timeoutMs: 300 });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'timeout' });
  expect(result.failure?.afterMs).toBeGreaterThanOrEqual(290);
  expect(result.failure?.afterMs).toBeLessThan(300 + 150);
});

test.each(PROXY_PROTOCOLS)('%s: a proxy that closes mid-handshake is proxy-protocol', async (protocol) => {
  const result = await tcpThrough(closeOnFirstData(), { protocol });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'proxy-protocol' });
});

test.each(PROXY_PROTOCOLS)('%s: another protocol on the proxy port is proxy-protocol', async (protocol) => {
  const result = await tcpThrough(replyOnFirstData('SSH-2.0-OpenSSH_9.2p1 Debian\r\n'), { protocol });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'proxy-protocol' });
});

test.each(PROXY_PROTOCOLS)(
  '%s: cancelling the run mid-handshake ends the probe at once, closing the connection',
  async (protocol) => {
    const server = acceptAndHang();
    const greeted = firstBytes(server);
    const closed = new Promise((resolve) =>
      server.once('connection', (socket: Socket) => socket.once('close', resolve)),
    );
    const run = new AbortController();
    const probing = tcpThrough(server, { protocol, signal: run.signal, timeoutMs: 5000 });
    await greeted;
    run.abort();
    const result = await probing;
    expect(result.failure).toMatchObject({ stage: 'tcp', class: 'cancelled' });
    expect(result.durationMs).toBeLessThan(1000);
    await closed;
  },
);

test.each([
  ['without credentials', false],
  ['with credentials', true],
])('SOCKS5: a proxy accepting none of our methods, %s, is proxy-auth', async (_, credentials) => {
  const result = await tcpThrough(socks5RefusingEveryMethod(), { protocol: 'socks5', credentials });
  expect(result.failure).toMatchObject({ class: 'proxy-auth' });
});

test('SOCKS5: rejected credentials (RFC 1929) are proxy-auth', async () => {
  const result = await tcpThrough(socks5RejectingPassword(), { protocol: 'socks5', credentials: true });
  expect(result.failure).toMatchObject({ class: 'proxy-auth' });
});

test('SOCKS5: a close after the method negotiation is proxy-protocol', async () => {
  const result = await tcpThrough(socks5ClosingMidHandshake(), { protocol: 'socks5h' });
  expect(result.failure).toMatchObject({ class: 'proxy-protocol' });
});

test.each([
  [0x01, 'proxy-upstream', 'general SOCKS server failure (SOCKS5 reply 1)'],
  [0x02, 'proxy-refused', 'connection not allowed by ruleset (SOCKS5 reply 2)'],
  [0x03, 'network-unreachable', 'ENETUNREACH'],
  [0x04, 'host-unreachable', 'EHOSTUNREACH'],
  [0x05, 'refused', 'ECONNREFUSED'],
  [0x06, 'timeout', 'ETIMEDOUT'],
  [0x07, 'proxy-protocol', 'command not supported (SOCKS5 reply 7)'],
  [0x08, 'proxy-protocol', 'address type not supported (SOCKS5 reply 8)'],
  [0x09, 'proxy-protocol', 'unassigned SOCKS5 reply (9)'],
])('SOCKS5 reply %i is %s (%s)', async (reply, failureClass, detail) => {
  const result = await tcpThrough(socks5Replying(reply), { protocol: 'socks5' });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: failureClass });
  expect(result.failure?.detail).toContain(detail);
});

test.each([
  [91, 'proxy-upstream'],
  [92, 'proxy-auth'],
  [93, 'proxy-auth'],
  [94, 'proxy-protocol'],
])('SOCKS4 reply %i is %s', async (reply, failureClass) => {
  const result = await tcpThrough(socks4Replying(reply), { protocol: 'socks4' });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: failureClass });
});

test('SOCKS4: a reply whose VN is not 0 is proxy-protocol', async () => {
  const result = await tcpThrough(socks4Replying(90, 4), { protocol: 'socks4' });
  expect(result.failure).toMatchObject({ class: 'proxy-protocol' });
});

test('SOCKS4 sends the address and the user ID; SOCKS4A sends 0.0.0.1 and the name', async () => {
  const socks4 = await sentWhileDialing(socks4Replying(90), { protocol: 'socks4', username: USERNAME }, '127.0.0.1');
  expect(socks4).toEqual(Buffer.from([4, 1, 1, 187, 127, 0, 0, 1, ...Buffer.from('detour\0')]));
  const socks4a = await sentWhileDialing(socks4Replying(90), { protocol: 'socks4a' }, 'localhost');
  expect(socks4a).toEqual(Buffer.from([4, 1, 1, 187, 0, 0, 0, 1, 0, ...Buffer.from('localhost\0')]));
});

test.each([
  ['2001:db8::ff00:42:8329', [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0xff, 0x00, 0x00, 0x42, 0x83, 0x29]],
  ['::ffff:192.0.2.1', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1]],
  ['fe80::1%eth0', [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]],
])('SOCKS5 sends the IPv6 address %s as its 16 bytes (RFC 1928 §5)', async (address, bytes) => {
  const sent = await sentWhileDialing(socks5Replying(0x00), { protocol: 'socks5' }, address);
  const greeting = [0x05, 0x01, 0x00];
  expect(sent).toEqual(Buffer.from([...greeting, 0x05, 0x01, 0x00, 0x04, ...bytes, 0x01, 0xbb]));
});

test.each([
  ['socks4', '::1'],
  ['socks4a', '::1'],
  ['socks4', 'localhost'],
] as const)('%s cannot carry %s: proxy-refused, without connecting', async (protocol, host) => {
  const server = acceptAndHang();
  let connections = 0;
  server.on('connection', () => (connections += 1));
  const { port } = await listen(server);
  const dialer = proxyDialer('lab-proxy', { protocol, host: '127.0.0.1', port });
  const dialing = dialer.dialTcp({ host, port: 443, signal: new AbortController().signal });
  await expect(dialing).rejects.toMatchObject({ code: 'DETOUR_PROXY_REFUSED', message: /SOCKS4 carries only IPv4/ });
  expect(connections).toBe(0);
});

test.each([
  ['407', 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="lab"\r\n\r\n', 'proxy-auth'],
  ['403', 'HTTP/1.1 403 Forbidden\r\n\r\n', 'proxy-refused'],
  ['405', 'HTTP/1.1 405 Method Not Allowed\r\n\r\n', 'proxy-refused'],
  ['500', 'HTTP/1.1 500 Unable to connect\r\n\r\n', 'proxy-upstream'],
  ['502', 'HTTP/1.1 502 Bad Gateway\r\n\r\n', 'proxy-upstream'],
  ['503', 'HTTP/1.1 503 Service Unavailable\r\n\r\n', 'proxy-upstream'],
  ['504', 'HTTP/1.1 504 Gateway Timeout\r\n\r\n', 'timeout'],
  ['a status line that is not HTTP', 'ICY 200 OK\r\n\r\n', 'proxy-protocol'],
  ['headers past 16 KiB', `HTTP/1.1 200 OK\r\n${'X-Filler: 0123456789abcdef\r\n'.repeat(1000)}`, 'proxy-protocol'],
])('HTTP CONNECT answered %s is %s', async (_, answer, failureClass) => {
  const result = await tcpThrough(httpProxyAnswering(answer), { protocol: 'http' });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: failureClass });
});

test.each([
  ['an SSH banner', 'SSH-2.0-OpenSSH_9.6\r\n'],
  ['a TLS alert', '\x15\x03\x03\x00\x02\x02\x28'],
  ['a line of binary noise', '\x00\xff\x13garbage'],
])('HTTP CONNECT answered %s and then nothing is proxy-protocol at once, not a timeout', async (_, answer) => {
  // The deadline is far: only the first bytes can tell, and they must.
  const result = await tcpThrough(httpProxyAnswering(answer), { protocol: 'http', timeoutMs: 15_000 });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'proxy-protocol' });
});

test('HTTP CONNECT: the request names the target, an IPv6 literal in brackets, with Basic credentials', async () => {
  const server = httpProxyAnswering('HTTP/1.1 200 Connection established\r\n\r\n');
  const credentials = { username: USERNAME, password: PASSWORD };
  const sent = await sentWhileDialing(server, { protocol: 'http', ...credentials }, '::1');
  const token = Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64');
  expect(String(sent)).toBe(
    `CONNECT [::1]:443 HTTP/1.1\r\nHost: [::1]:443\r\nProxy-Authorization: Basic ${token}\r\n\r\n`,
  );
});

test.each([
  ['socks5', socks5Replying(0x00, 'HELLO')],
  ['http', httpProxyAnswering('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Connection established\r\n\r\nHELLO')],
] as const)(
  '%s: bytes after the answer stay in the tunnel, and no listener of ours is left',
  async (protocol, server) => {
    const { port } = await listen(server);
    const dialer = proxyDialer('lab-proxy', { protocol, host: '127.0.0.1', port });
    const tunnel = await dialer.dialTcp({ host: '127.0.0.1', port: 443, signal: new AbortController().signal });
    const direct = await directDialer().dialTcp({ host: '127.0.0.1', port, signal: new AbortController().signal });
    for (const event of ['readable', 'data', 'end', 'close', 'error', 'connect']) {
      expect(tunnel.listenerCount(event), event).toBe(direct.listenerCount(event));
    }
    direct.destroy();
    expect(await readTunnel(tunnel, 'HELLO'.length)).toBe('HELLO');
    tunnel.destroy();
  },
);

test.each(['self-signed', 'wrong-name'] as const)(
  'HTTPS CONNECT: a proxy with a %s certificate is proxy-protocol',
  async (certificate) => {
    const { port } = await listen(httpsConnectProxy(certificate));
    const result = await probeTcpThrough(port, { protocol: 'https' });
    expect(result.failure).toMatchObject({ stage: 'tcp', class: 'proxy-protocol' });
  },
);

/** A proxy's port: one of the misbehaving proxies, started here, or a port where nothing listens. */
async function proxyPort(server: Server | 'dead'): Promise<number> {
  return server === 'dead' ? closedPort() : (await listen(server)).port;
}

const CREDENTIAL_CASES: [ProxyProtocol, string, () => Server | 'dead'][] = [
  ['socks5', 'rejecting the password', socks5RejectingPassword],
  ['socks5', 'accepting no method', socks5RefusingEveryMethod],
  ['socks5', 'dead', () => 'dead'],
  ['http', 'answering 407', () => httpProxyAnswering('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n')],
  ['https', 'with a self-signed certificate', () => httpsConnectProxy('self-signed')],
];

test.each(CREDENTIAL_CASES)('%s, %s: no credential shows in the failure or the error', async (protocol, _, proxy) => {
  const port = await proxyPort(proxy());
  const result = await probeTcpThrough(port, { protocol, credentials: true });
  expect(result.failure).toBeDefined();
  const dialer = proxyDialer('lab-proxy', endpoint(port, { protocol, credentials: true }));
  const error: unknown = await dialer
    .dialTcp({ host: '127.0.0.1', port: 443, signal: new AbortController().signal })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(Error);
  const told = [JSON.stringify(result)];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    told.push(current.message, String(current.stack));
  }
  for (const secret of [PASSWORD, Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')]) {
    expect(told.join('\n')).not.toContain(secret);
  }
});
