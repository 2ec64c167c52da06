import { expect, test } from 'vitest';
import { readTorLogLine } from '../../../../src-main/engine/tor/tor-log.ts';
import { torrcText } from '../../../../src-main/engine/tor/tor-run.ts';

/** Lines as tor 0.4.9 printed them in the lab (`Log notice stdout`). */
test.each([
  [
    'Dec 02 07:00:11.000 [notice] Bootstrapped 5% (conn): Connecting to a relay',
    { kind: 'phase', phase: { percent: 5, tag: 'conn' } },
  ],
  [
    'Dec 02 07:00:11.000 [notice] Bootstrapped 15% (handshake_done): Handshake with a relay done',
    { kind: 'phase', phase: { percent: 15, tag: 'handshake_done' } },
  ],
  [
    'Dec 02 07:00:12.000 [notice] Bootstrapped 100% (done): Done',
    { kind: 'phase', phase: { percent: 100, tag: 'done' } },
  ],
  [
    'Dec 02 07:00:13.000 [warn] Received http status code 404 ("Not found") from server 11.1.0.90:9001 while fetching consensus directory.',
    { kind: 'no-consensus' },
  ],
  [
    'Dec 02 07:00:48.000 [warn] Proxy Client: unable to connect OR connection (handshaking (proxy)) with 11.1.0.91:9443 ID=<none> RSA_ID=0CAFD6109968784D8C39C6FC5B232A2567580DDD ("general SOCKS server failure")',
    { kind: 'transport-failed', why: 'general SOCKS server failure' },
  ],
  [
    'Dec 02 07:01:00.000 [warn] Problem bootstrapping. Stuck at 5% (conn): Connecting to a relay. (Connection refused; CONNECTREFUSED; count 10; recommendation warn; host 0CAF at 11.1.0.92:9001)',
    { kind: 'problem', reason: 'CONNECTREFUSED' },
  ],
  ['Dec 02 07:00:46.000 [err] Reading config failed--see warnings above.', { kind: 'error' }],
  ['Dec 02 07:00:46.000 [notice] Starting with guard context "bridges"', null],
])('%s', (line, expected) => {
  expect(readTorLogLine(line)).toEqual(expected);
});

test('the torrc: only this bridge, no SOCKS port, the transport by its name from its own folder, paths quoted', () => {
  const text = torrcText(
    {
      install: {
        tor: '/opt/Tor Browser/tor',
        transportPlugin: '/opt/Tor Browser/PluggableTransports/lyrebird',
        source: 'setting',
      },
      line: 'obfs4 192.0.2.1:443 0CAFD6109968784D8C39C6FC5B232A2567580DDD cert=abc iat-mode=0',
      transport: 'obfs4',
    },
    'C:\\Temp\\detour "x"',
  );
  const lines = text.split('\n');
  expect(lines).toContain('SocksPort 0');
  expect(lines).toContain('UseBridges 1');
  expect(lines).toContain('Bridge obfs4 192.0.2.1:443 0CAFD6109968784D8C39C6FC5B232A2567580DDD cert=abc iat-mode=0');
  expect(lines).toContain('ClientTransportPlugin obfs4 exec ./lyrebird');
  expect(lines).toContain(`__OwningControllerProcess ${process.pid}`);
  expect(lines.find((line) => line.startsWith('DataDirectory'))).toMatch(
    /^DataDirectory "C:\\\\Temp\\\\detour \\"x\\".+data"$/,
  );
  expect(lines.filter((line) => line.startsWith('Bridge '))).toHaveLength(1);
  const vanilla = torrcText(
    { install: { tor: '/usr/sbin/tor', source: 'path' }, line: '192.0.2.1:9001', transport: 'vanilla' },
    '/tmp/x',
  );
  expect(vanilla).not.toContain('ClientTransportPlugin');
});
