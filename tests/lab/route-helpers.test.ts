import type { NetworkInterfaceInfo } from 'node:os';
import { expect, test } from 'vitest';
import { createRouteHelperHandlers, localAddresses } from '../../src-main/host/route-helpers.ts';
import { debianProxiesStoppedAfterEach, describeWithDaemon } from './servers/debian-proxies.ts';
import { httpServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { closedPort } from './servers/tcp-servers.ts';

/**
 * The host actions behind "paste anything" on the Routes screen, against Debian's real
 * proxies on loopback: a pasted `host:port` is asked which protocols answer there.
 */

const proxies = debianProxiesStoppedAfterEach();
const listen = listenClosingAfterEach();
const handlers = createRouteHelperHandlers({ consented: () => Promise.resolve(true) });

describeWithDaemon('microsocks')('a pasted host:port that is a SOCKS5 proxy', () => {
  test('answers SOCKS5, with or without a password to ask for, and not HTTP CONNECT', async () => {
    const open = await proxies.microsocks();
    const guarded = await proxies.microsocks({ username: 'u', password: 'p' });
    expect(await handlers.probeProxyAddress({ host: '127.0.0.1', port: open.port })).toEqual({
      ok: true,
      value: { socks5: { needsAuth: false }, httpConnect: null },
    });
    expect(await handlers.probeProxyAddress({ host: 'localhost', port: guarded.port })).toEqual({
      ok: true,
      value: { socks5: { needsAuth: true }, httpConnect: null },
    });
  });
});

describeWithDaemon('tinyproxy')('a pasted host:port that is an HTTP proxy', () => {
  test('answers HTTP CONNECT, and asks for a password where the proxy does', async () => {
    const open = await proxies.tinyproxy();
    const guarded = await proxies.tinyproxy({ username: 'u', password: 'p' });
    expect(await handlers.probeProxyAddress({ host: '127.0.0.1', port: open.port })).toEqual({
      ok: true,
      value: { socks5: null, httpConnect: { needsAuth: false } },
    });
    expect(await handlers.probeProxyAddress({ host: '127.0.0.1', port: guarded.port })).toEqual({
      ok: true,
      value: { socks5: null, httpConnect: { needsAuth: true } },
    });
  });
});

test('a closed port, a web server and an unknown name answer nothing, without an error', async () => {
  const web = await listen(httpServer());
  const nothing = { ok: true, value: { socks5: null, httpConnect: null } };
  expect(await handlers.probeProxyAddress({ host: '127.0.0.1', port: await closedPort() })).toEqual(nothing);
  expect(await handlers.probeProxyAddress({ host: '127.0.0.1', port: web.port })).toEqual(nothing);
  expect(await handlers.probeProxyAddress({ host: 'no-such-name.invalid', port: 1080 })).toEqual(nothing);
});

test('before the risk notice is accepted, nothing is probed', async () => {
  const refusing = createRouteHelperHandlers({ consented: () => Promise.resolve(false) });
  expect(await refusing.probeProxyAddress({ host: '127.0.0.1', port: 1080 })).toMatchObject({
    ok: false,
    error: { code: 'consent-required' },
  });
});

test('local addresses: every interface but loopback, IPv4 first', () => {
  const common = { netmask: '', mac: '00:00:00:00:00:00', cidr: null, internal: false };
  const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
    ...common,
    address,
    family: 'IPv4',
    internal,
  });
  const v6 = (address: string, internal = false): NetworkInterfaceInfo => ({
    ...common,
    address,
    family: 'IPv6',
    internal,
    scopeid: 0,
  });
  expect(
    localAddresses({
      lo: [v4('127.0.0.1', true), v6('::1', true)],
      eth0: [v6('fe80::1'), v4('192.168.1.20')],
      wg0: [v4('10.8.0.2')],
    }),
  ).toEqual([
    { interfaceName: 'eth0', address: '192.168.1.20', family: 'IPv4' },
    { interfaceName: 'wg0', address: '10.8.0.2', family: 'IPv4' },
    { interfaceName: 'eth0', address: 'fe80::1', family: 'IPv6' },
  ]);
});
