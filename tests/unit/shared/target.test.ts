import { describe, expect, test } from 'vitest';
import { parseTarget } from '../../../src-main/shared/target.ts';

describe('parseTarget accepts', () => {
  test.each([
    [
      'https://example.org/',
      { kind: 'url', url: 'https://example.org/', scheme: 'https', host: 'example.org', port: 443 },
    ],
    [
      'http://example.org:8080/a?b=c#frag',
      { kind: 'url', url: 'http://example.org:8080/a?b=c', scheme: 'http', port: 8080 },
    ],
    ['example.org', { kind: 'url', url: 'https://example.org/', host: 'example.org', port: 443 }],
    ['example.org/news', { kind: 'url', url: 'https://example.org/news' }],
    ['example.org:8443/x', { kind: 'url', url: 'https://example.org:8443/x', port: 8443 }],
    ['HTTPS://Example.ORG', { kind: 'url', url: 'https://example.org/', host: 'example.org' }],
    ['https://[::1]:8443/', { kind: 'url', host: '::1', port: 8443 }],
    // IPv6 literals without a port: the colons in the brackets are not one.
    ['https://[::1]/', { kind: 'url', url: 'https://[::1]/', host: '::1', port: 443 }],
    ['http://[2001:db8::1]', { kind: 'url', url: 'http://[2001:db8::1]/', host: '2001:db8::1', port: 80 }],
    ['https://user:pw@[2001:db8::1]/x', { kind: 'url', host: '2001:db8::1', port: 443 }],
    ['stun:[2001:db8::1]', { kind: 'stun', host: '2001:db8::1', port: 3478 }],
    ['bütün.az', { kind: 'url', host: 'xn--btn-hoab.az' }],
    ['web.whatsapp.com:443', { kind: 'tcp', host: 'web.whatsapp.com', port: 443 }],
    ['127.0.0.1:5222', { kind: 'tcp', host: '127.0.0.1', port: 5222 }],
    ['[2001:db8::1]:443', { kind: 'tcp', host: '2001:db8::1', port: 443 }],
    ['stun:stun.example.org:19302', { kind: 'stun', host: 'stun.example.org', port: 19302 }],
    ['stun:stun.example.org', { kind: 'stun', host: 'stun.example.org', port: 3478 }],
    ['  https://example.org/  ', { kind: 'url', input: 'https://example.org/' }],
  ])('%s', (input, expected) => {
    const parsed = parseTarget(input);
    expect(parsed).toMatchObject({ ok: true, target: expected });
  });
});

describe('parseTarget rejects with a precise code', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://exa mple.org/', 'malformed'],
    ['ftp://example.org/', 'unknown-scheme'],
    ['javascript:alert(1)', 'unknown-scheme'],
    ['example.org:0', 'bad-port'],
    ['example.org:70000', 'bad-port'],
    ['https://example.org:0/', 'bad-port'],
    ['https://example.org:70000/', 'bad-port'],
    ['stun:example.org:99999', 'bad-port'],
    ['stun:example.org:', 'bad-port'],
    ['https://exa_mple..org/', 'bad-host'],
    [`https://${'a'.repeat(64)}.org/`, 'bad-host'],
    ['https://', 'malformed'],
    ['\u0000\u0001garbage', 'malformed'],
  ])('%j → %s', (input, code) => {
    expect(parseTarget(input)).toEqual({ ok: false, code });
  });
});
