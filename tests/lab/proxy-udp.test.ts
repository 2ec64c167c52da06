import { afterEach, expect, test } from 'vitest';
import { proxyDialer } from '../../src-main/engine/paths/proxy.ts';
import type { Dialer } from '../../src-main/engine/paths/dialer.ts';
import { probeStun } from '../../src-main/engine/probes/stun.ts';
import type { ProxyProtocol } from '../../src-main/shared/path.ts';
import { debianProxiesStoppedAfterEach, describeWithDaemon } from './servers/debian-proxies.ts';
import { startStunServer, type UdpServer } from './servers/stun-server.ts';

/**
 * STUN through proxies: SOCKS5 carries UDP with UDP ASSOCIATE (RFC 1928 §7), so calls
 * can be tested through it; a proxy that carries TCP only makes the probe "not
 * measurable on this route", which is not a failure of the target.
 */

const proxies = debianProxiesStoppedAfterEach();
const stunServers: UdpServer[] = [];
afterEach(async () => {
  await Promise.all(stunServers.splice(0).map((server) => server.close()));
});

async function stunThrough(dialer: Dialer, timeoutMs = 3000) {
  const server = await startStunServer();
  stunServers.push(server);
  const result = await probeStun(
    { server: `lab:${server.port}`, address: server.address, port: server.port },
    { dialer, signal: new AbortController().signal, timeoutMs },
  );
  return { result, server };
}

describeWithDaemon('danted')('through dante', () => {
  test.each(['socks5', 'socks5h'] as const)(
    '%s: a Binding Request reaches the STUN server via UDP ASSOCIATE',
    async (protocol) => {
      const proxy = await proxies.danted();
      const { result, server } = await stunThrough(
        proxyDialer('dante', { protocol, host: '127.0.0.1', port: proxy.port }),
      );
      expect(result.failure).toBeUndefined();
      expect(server.received()).toBe(1);
      // The server sees the relay's address: the proxy's side of the association.
      expect(result.mappedAddress?.address).toBe('127.0.0.1');
    },
  );
});

describeWithDaemon('microsocks')('through microsocks', () => {
  test('a SOCKS5 proxy that relays no UDP makes STUN not measurable, not failed', async () => {
    const proxy = await proxies.microsocks();
    const { result, server } = await stunThrough(
      proxyDialer('micro', { protocol: 'socks5', host: '127.0.0.1', port: proxy.port }),
    );
    expect(result.failure).toMatchObject({ stage: 'udp', class: 'udp-unsupported' });
    expect(server.received()).toBe(0);
  });
});

test.each<ProxyProtocol>(['socks4', 'socks4a', 'http', 'https'])('%s carries no UDP at all', async (protocol) => {
  // Nothing listens there: a UDP-less route must not even try to reach its proxy.
  const { result } = await stunThrough(proxyDialer('tcp-only', { protocol, host: '127.0.0.1', port: 9 }));
  expect(result.failure).toMatchObject({ stage: 'udp', class: 'udp-unsupported', afterMs: 0 });
});
