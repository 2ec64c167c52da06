import { describe, expect, test } from 'vitest';
import { describePath } from '../../../src-main/shared/path.ts';
import { parsePathArgument, routeNameOf, type PathErrorCode } from '../../../src-main/shared/path-parse.ts';

describe('proxy URLs', () => {
  test.each([
    ['socks4://10.0.0.5:1080', 'socks4', '10.0.0.5', 1080],
    ['socks4a://proxy.example:1080', 'socks4a', 'proxy.example', 1080],
    ['SOCKS5://[2001:db8::1]:1080/', 'socks5', '2001:db8::1', 1080],
    ['socks5h://127.0.0.1:9050', 'socks5h', '127.0.0.1', 9050],
    ['http://proxy.example:3128', 'http', 'proxy.example', 3128],
    ['https://proxy.example:443', 'https', 'proxy.example', 443],
  ] as const)('%s', (url, protocol, host, port) => {
    expect(parsePathArgument(`office=${url}`)).toEqual({
      ok: true,
      spec: { name: 'office', kind: 'proxy', protocol, host, port, auth: false },
    });
  });

  test('credentials are percent-decoded and kept beside the spec, which only says auth', () => {
    const parsed = parsePathArgument('office=socks5h://al%40ice:p%3Ass%20w@127.0.0.1:1080');
    expect(parsed).toEqual({
      ok: true,
      spec: { name: 'office', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: 1080, auth: true },
      credentials: { username: 'al@ice', password: 'p:ss w' },
    });
    if (parsed.ok) {
      expect(JSON.stringify(parsed.spec)).not.toContain('ss w');
      expect(describePath(parsed.spec)).toBe('socks5h://•••@127.0.0.1:1080');
    }
  });
});

describe('secrets beside the spec', () => {
  test('a DoH URL with a user, password or query key is masked in the spec, the full URL kept beside it', () => {
    const parsed = parsePathArgument('dns=doh:https://me:S3cret@dns.example/dns-query?key=K3y');
    expect(parsed).toEqual({
      ok: true,
      spec: { name: 'dns', kind: 'doh', url: 'https://me:•••@dns.example/dns-query?key=•••' },
      secretUrl: 'https://me:S3cret@dns.example/dns-query?key=K3y',
    });
    expect(describePath(parsed.ok ? parsed.spec : { name: 'x', kind: 'direct' })).not.toMatch(/S3cret|K3y/);
  });

  test('a user without a password takes it from passwordFor (the CLI: DETOUR_PASSWORD_<NAME>)', () => {
    const passwordFor = (route: string) => (route === 'office' ? 'from-env' : undefined);
    expect(parsePathArgument('office=socks5h://me@127.0.0.1:1080', { passwordFor })).toMatchObject({
      ok: true,
      spec: { auth: true },
      credentials: { username: 'me', password: 'from-env' },
    });
    expect(parsePathArgument('other=socks5h://me@127.0.0.1:1080', { passwordFor })).toEqual({
      ok: false,
      code: 'missing-password',
    });
    // A password written in the URL wins; a URL without a user takes none.
    expect(parsePathArgument('office=socks5h://me:typed@127.0.0.1:1080', { passwordFor })).toMatchObject({
      credentials: { password: 'typed' },
    });
    expect(parsePathArgument('office=socks5h://127.0.0.1:1080', { passwordFor })).toMatchObject({
      spec: { auth: false },
    });
  });

  test('the name of a NAME=URL argument is given only when it is one, never a piece of a URL', () => {
    expect(routeNameOf('office=direct')).toBe('office');
    expect(routeNameOf('socks5h://user:S3cret=Pass@127.0.0.1:1080')).toBeUndefined();
    expect(routeNameOf('no equals sign')).toBeUndefined();
  });
});

describe('other routes', () => {
  test('direct, DoH, bind and strategies', () => {
    expect(parsePathArgument('plain=direct')).toEqual({ ok: true, spec: { name: 'plain', kind: 'direct' } });
    expect(parsePathArgument('dns=doh:https://dns.example/dns-query')).toEqual({
      ok: true,
      spec: { name: 'dns', kind: 'doh', url: 'https://dns.example/dns-query' },
    });
    expect(parsePathArgument('vpn=bind:10.8.0.2')).toEqual({
      ok: true,
      spec: { name: 'vpn', kind: 'bind', localAddress: '10.8.0.2' },
    });
    expect(parsePathArgument('trick=strategy:tls-split,tcp-split=40,sni-decoy=cdn.example.org,http-hostcase')).toEqual({
      ok: true,
      spec: {
        name: 'trick',
        kind: 'strategy',
        strategies: [
          { kind: 'tls-split', at: 'sni' },
          { kind: 'tcp-split', at: 40 },
          { kind: 'sni-decoy', decoy: 'cdn.example.org' },
          { kind: 'http-hostcase' },
        ],
      },
    });
  });
});

test.each<[string, PathErrorCode]>([
  ['socks5h://127.0.0.1:1080', 'no-name'],
  ['=socks5h://127.0.0.1:1080', 'no-name'],
  ['a|b=direct', 'bad-name'],
  ['x=ftp://127.0.0.1:21', 'unknown-scheme'],
  ['x=127.0.0.1:1080', 'unknown-scheme'],
  ['x=socks5://127.0.0.1', 'missing-port'],
  ['x=http://proxy.example:', 'missing-port'],
  ['x=socks5://127.0.0.1:0', 'bad-port'],
  ['x=socks5://127.0.0.1:70000', 'bad-port'],
  ['x=socks5://bad_host!:1080', 'bad-host'],
  ['x=socks5://user:%E0%A4%A@127.0.0.1:1080', 'bad-credentials'],
  ['x=socks5://:pass@127.0.0.1:1080', 'bad-credentials'],
  ['x=socks5://user@127.0.0.1:1080', 'missing-password'],
  ['x=http://proxy.example:3128/path', 'unexpected-path'],
  ['x=doh:http://dns.example/dns-query', 'bad-doh-url'],
  ['x=bind:eth0', 'bad-local-address'],
  ['x=strategy:tls-shuffle', 'unknown-strategy'],
  ['x=strategy:tls-split=0', 'bad-strategy-parameter'],
  ['x=strategy:sni-decoy=not a name', 'bad-strategy-parameter'],
  ['x=strategy:http-hostcase=1', 'bad-strategy-parameter'],
])('%s is refused as %s', (text, code) => {
  expect(parsePathArgument(text)).toEqual({ ok: false, code });
});
