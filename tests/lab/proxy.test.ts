import { lookup } from 'node:dns/promises';
import type { Socket } from 'node:net';
import { describe, expect, test } from 'vitest';
import type { Dialer } from '../../src-main/engine/paths/dialer.ts';
import { proxyDialer, type ProxyEndpoint } from '../../src-main/engine/paths/proxy.ts';
import { probeHttp } from '../../src-main/engine/probes/http.ts';
import type { ProbeContext } from '../../src-main/engine/probes/probe-context.ts';
import { probeTcp } from '../../src-main/engine/probes/tcp.ts';
import { probeTls } from '../../src-main/engine/probes/tls.ts';
import type { ProxyProtocol } from '../../src-main/shared/path.ts';
import { debianProxiesStoppedAfterEach, describeWithDaemon, type ProxyCredentials } from './servers/debian-proxies.ts';
import { httpsConnectProxy } from './servers/bad-proxies.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { closedPort } from './servers/tcp-servers.ts';

/**
 * The proxy dialers against Debian's real proxies: every probe gets through each
 * protocol, and the failures real proxies report land in the right class.
 */

const listen = listenClosingAfterEach();
const proxies = debianProxiesStoppedAfterEach();

/** Where a proxy on this machine connects for `localhost`: the lab server listens there. */
const { address: LOCALHOST } = await lookup('localhost');
const CREDENTIALS: ProxyCredentials = { username: 'detour', password: 'lab-secret' };

function context(dialer: Dialer, timeoutMs = 5000): ProbeContext {
  return { dialer, signal: new AbortController().signal, timeoutMs };
}

interface Tunnel {
  localPort: number | undefined;
  remotePort: number | undefined;
}

/** A proxy dialer that records both ends of each tunnel it opens. */
function recordingDialer(endpoint: ProxyEndpoint): { dialer: Dialer; tunnels: Tunnel[] } {
  const dialer = proxyDialer('lab-proxy', endpoint);
  const tunnels: Tunnel[] = [];
  const dialTcp: Dialer['dialTcp'] = async (request) => {
    const socket = await dialer.dialTcp(request);
    tunnels.push({ localPort: socket.localPort, remotePort: socket.remotePort });
    return socket;
  };
  return { dialer: { ...dialer, dialTcp }, tunnels };
}

/** The lab HTTPS server, and the source ports of the connections it accepted. */
async function labTarget(host: string): Promise<{ port: number; peerPorts: (number | undefined)[] }> {
  const server = httpsServer();
  const peerPorts: (number | undefined)[] = [];
  server.on('connection', (socket: Socket) => peerPorts.push(socket.remotePort));
  const { port } = await listen(server, host);
  return { port, peerPorts };
}

interface Route {
  protocol: ProxyProtocol;
  /** Starts the proxy, on 127.0.0.1. */
  start(): Promise<{ port: number }>;
  credentials?: ProxyCredentials;
  /** How the route names the proxy; 127.0.0.1 by default. */
  proxyHost?: string;
}

/**
 * TCP, TLS and HTTP probes through one route to the lab server. The server must have
 * been reached from the proxy: each tunnel ends at the proxy's port, and no connection
 * the server accepted comes from the port of one of our tunnels.
 */
async function expectProbesGetThrough(route: Route): Promise<void> {
  const proxy = await route.start();
  const { dialer, tunnels } = recordingDialer({
    protocol: route.protocol,
    host: route.proxyHost ?? '127.0.0.1',
    port: proxy.port,
    ...route.credentials,
  });
  // The engine hands addresses to routes that do not resolve names, and names to those that do.
  const address = dialer.resolvesNames === true ? 'localhost' : '127.0.0.1';
  const { port, peerPorts } = await labTarget(dialer.resolvesNames === true ? LOCALHOST : '127.0.0.1');

  const tcp = await probeTcp({ address, port }, context(dialer));
  expect(tcp.failure).toBeUndefined();
  const tls = await probeTls({ address, port, sni: 'localhost' }, context(dialer));
  expect(tls.failure).toBeUndefined();
  expect(tls).toMatchObject({ trusted: true, nameMatches: true, alpn: 'http/1.1' });
  const http = await probeHttp({ url: `https://localhost:${port}/ok`, address: '127.0.0.1' }, context(dialer));
  expect(http.failure).toBeUndefined();
  expect(http).toMatchObject({
    status: 200,
    headers: { 'x-seen-host': `localhost:${port}`, 'x-seen-sni': 'localhost' },
  });

  expect(tunnels).toHaveLength(3);
  expect(peerPorts).toHaveLength(3);
  for (const tunnel of tunnels) {
    expect(tunnel.remotePort).toBe(proxy.port);
    expect(peerPorts).not.toContain(tunnel.localPort);
  }
}

/** The failure class of a TCP probe to `port` through the route. */
async function tcpFailureThrough(endpoint: ProxyEndpoint, port: number): Promise<string | undefined> {
  const dialer = proxyDialer('lab-proxy', endpoint);
  const address = dialer.resolvesNames === true ? 'localhost' : '127.0.0.1';
  const result = await probeTcp({ address, port }, context(dialer));
  return result.failure?.class;
}

describeWithDaemon('microsocks')('microsocks (SOCKS5)', () => {
  test.each(['socks5', 'socks5h'] as const)('%s: every probe gets through', (protocol) =>
    expectProbesGetThrough({ protocol, start: () => proxies.microsocks() }),
  );

  test('with a user name and password (RFC 1929): every probe gets through', () =>
    expectProbesGetThrough({
      protocol: 'socks5',
      start: () => proxies.microsocks(CREDENTIALS),
      credentials: CREDENTIALS,
    }));

  test.each([
    ['::1', '::1'],
    // An IPv4-mapped address reaches the IPv4 server from the proxy's IPv6 socket.
    ['::ffff:127.0.0.1', '127.0.0.1'],
  ])('the IPv6 address %s gets through', async (address, serverAddress) => {
    const { port: proxyPort } = await proxies.microsocks();
    const { port, peerPorts } = await labTarget(serverAddress);
    const dialer = proxyDialer('lab-proxy', { protocol: 'socks5', host: '127.0.0.1', port: proxyPort });
    const result = await probeTls({ address, port, sni: 'localhost' }, context(dialer));
    expect(result.failure).toBeUndefined();
    expect(peerPorts).toHaveLength(1);
  });

  test('a closed target port behind it is refused: the target is blamed, not the route', async () => {
    const { port } = await proxies.microsocks();
    const endpoint = { protocol: 'socks5', host: '127.0.0.1', port } as const;
    expect(await tcpFailureThrough(endpoint, await closedPort())).toBe('refused');
  });

  test('a wrong password and a missing one are proxy-auth', async () => {
    const { port } = await proxies.microsocks(CREDENTIALS);
    const endpoint = { protocol: 'socks5', host: '127.0.0.1', port } as const;
    const { port: targetPort } = await labTarget('127.0.0.1');
    expect(await tcpFailureThrough({ ...endpoint, username: 'detour', password: 'wrong' }, targetPort)).toBe(
      'proxy-auth',
    );
    expect(await tcpFailureThrough(endpoint, targetPort)).toBe('proxy-auth');
  });
});

describeWithDaemon('danted')('danted (SOCKS4 and SOCKS5)', () => {
  // Not socks4a: Dante 1.4 does not speak SOCKS4A and would try to connect to 0.0.0.1,
  // which leaves the machine. proxy-failures.test.ts checks the SOCKS4A request instead.
  test.each(['socks4', 'socks5', 'socks5h'] as const)('%s: every probe gets through', (protocol) =>
    expectProbesGetThrough({ protocol, start: () => proxies.danted() }),
  );

  test.each([
    // RFC 1928 has a reply for a refused connection…
    ['socks5', 'refused'],
    // …SOCKS4 only "request rejected or failed" (91): the target failing through a
    // working proxy, which the route check tells from a broken route.
    ['socks4', 'proxy-upstream'],
  ] as const)('a closed target port behind it, over %s, is %s', async (protocol, expected) => {
    const { port } = await proxies.danted();
    expect(await tcpFailureThrough({ protocol, host: '127.0.0.1', port }, await closedPort())).toBe(expected);
  });
});

describeWithDaemon('tinyproxy')('tinyproxy (HTTP CONNECT)', () => {
  test('every probe gets through', () =>
    expectProbesGetThrough({ protocol: 'http', start: () => proxies.tinyproxy() }));

  test('with Basic authentication: every probe gets through', () =>
    expectProbesGetThrough({
      protocol: 'http',
      start: () => proxies.tinyproxy(CREDENTIALS),
      credentials: CREDENTIALS,
    }));

  test('an IPv6 target, in brackets, gets through', async () => {
    const { port: proxyPort } = await proxies.tinyproxy();
    const { port, peerPorts } = await labTarget('::1');
    const dialer = proxyDialer('lab-proxy', { protocol: 'http', host: '127.0.0.1', port: proxyPort });
    const result = await probeTls({ address: '::1', port, sni: 'localhost' }, context(dialer));
    expect(result.failure).toBeUndefined();
    expect(peerPorts).toHaveLength(1);
  });

  test('a closed target port behind it is an upstream failure: tinyproxy answers 500 "Unable to connect"', async () => {
    const { port } = await proxies.tinyproxy();
    expect(await tcpFailureThrough({ protocol: 'http', host: '127.0.0.1', port }, await closedPort())).toBe(
      'proxy-upstream',
    );
  });

  test('a wrong password (HTTP 401 from tinyproxy) and a missing one (407) are proxy-auth', async () => {
    const { port } = await proxies.tinyproxy(CREDENTIALS);
    const endpoint = { protocol: 'http', host: '127.0.0.1', port } as const;
    const { port: targetPort } = await labTarget('127.0.0.1');
    expect(await tcpFailureThrough({ ...endpoint, username: 'detour', password: 'wrong' }, targetPort)).toBe(
      'proxy-auth',
    );
    expect(await tcpFailureThrough(endpoint, targetPort)).toBe('proxy-auth');
  });
});

describe('an HTTPS CONNECT proxy (in-process: Debian has none that speaks TLS to its clients)', () => {
  test.each(['localhost', '127.0.0.1'])('named %s, its certificate verified: every probe gets through', (proxyHost) =>
    expectProbesGetThrough({ protocol: 'https', start: () => listen(httpsConnectProxy('valid')), proxyHost }),
  );
});
