import { describe, expect, test } from 'vitest';
import { parseEndpoint, parseWireguardConfig } from '../../../src-main/shared/wireguard-config.ts';

/** Keys as wg genkey writes them (32 bytes of base64); what they are does not matter to the parser. */
const PRIVATE = 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=';
const PUBLIC = 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=';
const PSK = 'FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=';

const config = (...lines: string[]): string => lines.join('\n');

describe('a wg-quick configuration', () => {
  test('gives each peer with an Endpoint, with its keys as written', () => {
    const text = config(
      '# exported by a VPN provider',
      '[Interface]',
      `PrivateKey = ${PRIVATE}`,
      'Address = 10.2.0.2/32',
      'DNS = 10.2.0.1',
      '',
      '[Peer]',
      `PublicKey = ${PUBLIC}`,
      `PresharedKey = ${PSK}`,
      'AllowedIPs = 0.0.0.0/0, ::/0',
      'Endpoint = vpn.example.org:51820 # the Amsterdam server',
    );
    expect(parseWireguardConfig(text)).toEqual({
      ok: true,
      peers: [
        {
          endpoint: { host: 'vpn.example.org', port: 51820 },
          privateKey: PRIVATE,
          peerPublicKey: PUBLIC,
          presharedKey: PSK,
        },
      ],
    });
  });

  test('reads keys in any letter case, CRLF line ends, a BOM and IPv6 endpoints', () => {
    const text = `\ufeff[interface]\r\nprivatekey=${PRIVATE}\r\n[PEER]\r\npublickey=${PUBLIC}\r\nendpoint=[2001:db8::1]:443\r\n`;
    const parsed = parseWireguardConfig(text);
    expect(parsed.ok && parsed.peers[0]?.endpoint).toEqual({ host: '2001:db8::1', port: 443 });
  });

  test('a peer without an Endpoint (another client on a server) is left out; none at all is an error', () => {
    const two = config(
      '[Interface]',
      `PrivateKey = ${PRIVATE}`,
      '[Peer]',
      `PublicKey = ${PUBLIC}`,
      '[Peer]',
      `PublicKey = ${PUBLIC}`,
      'Endpoint = 192.0.2.1:51820',
    );
    const parsed = parseWireguardConfig(two);
    expect(parsed.ok && parsed.peers.map((peer) => peer.endpoint.host)).toEqual(['192.0.2.1']);
    expect(
      parseWireguardConfig(config('[Interface]', `PrivateKey = ${PRIVATE}`, '[Peer]', `PublicKey = ${PUBLIC}`)),
    ).toEqual({
      ok: false,
      code: 'no-endpoint',
    });
  });

  test.each([
    ['', { ok: false, code: 'no-interface' }],
    [config('[Interface]', 'ListenPort = 51820'), { ok: false, code: 'no-private-key' }],
    [config('[Interface]', 'PrivateKey = not-a-key'), { ok: false, code: 'bad-key', line: 2 }],
    // 43 characters: one short of a key.
    [config('[Interface]', `PrivateKey = ${PRIVATE.slice(1)}`), { ok: false, code: 'bad-key', line: 2 }],
    [config('[Interface]', `PrivateKey = ${PRIVATE}`), { ok: false, code: 'no-peer' }],
    [
      config('[Interface]', `PrivateKey = ${PRIVATE}`, '[Peer]', 'Endpoint = 192.0.2.1:1'),
      { ok: false, code: 'no-public-key', line: 3 },
    ],
    [
      config('[Interface]', `PrivateKey = ${PRIVATE}`, '[Peer]', `PublicKey = ${PUBLIC}`, 'Endpoint = 192.0.2.1'),
      { ok: false, code: 'bad-endpoint', line: 5 },
    ],
    [config('[Interface]', `PrivateKey = ${PRIVATE}`, 'this is no line'), { ok: false, code: 'bad-line', line: 3 }],
    ['PrivateKey = x', { ok: false, code: 'bad-line', line: 1 }],
    ['\u0000\u0001binary', { ok: false, code: 'not-text' }],
  ])('a broken file says what and where: %#', (text, expected) => {
    expect(parseWireguardConfig(text)).toEqual(expected);
  });

  test('an error never holds the text of the line (it may hold a private key)', () => {
    const parsed = parseWireguardConfig(config('[Interface]', `PrivateKey = ${PRIVATE.slice(0, 40)}`));
    expect(JSON.stringify(parsed)).not.toContain(PRIVATE.slice(0, 40));
  });
});

test.each([
  ['vpn.example.org:51820', { host: 'vpn.example.org', port: 51820 }],
  ['[::1]:1', { host: '::1', port: 1 }],
  ['192.0.2.1:0', null],
  ['192.0.2.1:65536', null],
  ['host:port', null],
  ['a b:1', null],
])('an Endpoint %s', (text, expected) => {
  expect(parseEndpoint(text)).toEqual(expected);
});
