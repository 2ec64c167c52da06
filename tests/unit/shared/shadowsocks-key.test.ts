import { expect, test } from 'vitest';
import { parsePath } from '../../../src-main/shared/path-parse.ts';
import {
  dynamicKeyTag,
  dynamicKeyUrl,
  parseKeyConfig,
  parseShadowsocksUri,
} from '../../../src-main/shared/shadowsocks-key.ts';

const b64 = (text: string): string => Buffer.from(text).toString('base64url');

test('a SIP002 key with base64url user info, its port and its name', () => {
  const parsed = parseShadowsocksUri(
    `ss://${b64('chacha20-ietf-poly1305:s3cret:with:colons')}@198.51.100.7:8388/#My%20Office`,
  );
  expect(parsed).toEqual({
    ok: true,
    key: {
      method: 'chacha20-ietf-poly1305',
      password: 's3cret:with:colons',
      host: '198.51.100.7',
      port: 8388,
      prefix: new Uint8Array(),
      tag: 'My Office',
    },
  });
});

test('padded base64 and percent-encoded user info are both taken, as SIP002 allows', () => {
  const padded = Buffer.from('aes-128-gcm:pw').toString('base64');
  expect(parseShadowsocksUri(`ss://${padded}@[2001:db8::1]:443`)).toMatchObject({
    ok: true,
    key: { method: 'aes-128-gcm', password: 'pw', host: '2001:db8::1', port: 443 },
  });
  expect(parseShadowsocksUri('ss://aes-256-gcm:p%40ss@example.org:8000')).toMatchObject({
    ok: true,
    key: { method: 'aes-256-gcm', password: 'p@ss', host: 'example.org' },
  });
});

test("Outline's prefix: each decoded character one byte, as in its TLS-record example", () => {
  const parsed = parseShadowsocksUri(
    `ss://${b64('aes-128-gcm:x')}@h.example:1/?outline=1&prefix=%16%03%01%00%C2%A8%01%01`,
  );
  expect(parsed.ok && [...parsed.key.prefix]).toEqual([0x16, 0x03, 0x01, 0x00, 0xa8, 0x01, 0x01]);
  // A character past U+00FF is no byte; a prefix longer than the salt cannot be sent.
  expect(parseShadowsocksUri(`ss://${b64('aes-128-gcm:x')}@h.example:1/?prefix=%E2%82%AC`)).toEqual({
    ok: false,
    code: 'bad-key-prefix',
  });
  expect(parseShadowsocksUri(`ss://${b64('aes-128-gcm:x')}@h.example:1/?prefix=${'A'.repeat(17)}`)).toEqual({
    ok: false,
    code: 'bad-key-prefix',
  });
});

test.each([
  [`ss://${b64('aes-128-gcm:x')}@h.example:1/?plugin=obfs-local%3Bobfs%3Dhttp`, 'key-plugin'],
  [`ss://${b64('rc4-md5:x')}@h.example:1`, 'unsupported-cipher'],
  [`ss://${b64('aes-128-gcm:x')}@h.example`, 'missing-port'],
  [`ss://${b64('aes-128-gcm:x')}@h.example:70000`, 'bad-port'],
  [`ss://${b64('aes-128-gcm:x')}@bad_host!:1`, 'bad-host'],
  ['ss://not base64@h.example:1', 'bad-key'],
  [`ss://${b64('no-colon')}@h.example:1`, 'bad-key'],
  // The legacy form (everything in base64) is not SIP002.
  [`ss://${b64('aes-128-gcm:x@h.example:1')}`, 'bad-key'],
])('%s is refused: %s', (text, code) => {
  expect(parseShadowsocksUri(text)).toEqual({ ok: false, code });
});

test('a dynamic key is fetched from https at the same host and path; its tag names it', () => {
  expect(dynamicKeyUrl('ssconf://keys.example:8443/access/abc?x=1#Team')?.href).toBe(
    'https://keys.example:8443/access/abc?x=1',
  );
  expect(dynamicKeyTag('ssconf://keys.example/abc#My%20Team')).toBe('My Team');
  expect(dynamicKeyUrl('ssconf://user:pw@keys.example/abc')).toBeNull();
  expect(dynamicKeyUrl('https://keys.example/abc')).toBeNull();
});

test("what a dynamic key's address serves: Outline's JSON, its prefix in JSON escapes, or a ss:// line", () => {
  const json = JSON.stringify({
    server: 'ss.example',
    server_port: 443,
    password: 'pw',
    method: 'chacha20-ietf-poly1305',
    prefix: '\u0016\u0003\u0001\u0000\u00a8\u0001\u0001',
  });
  const parsed = parseKeyConfig(json);
  expect(parsed).toMatchObject({ ok: true, key: { host: 'ss.example', port: 443, password: 'pw' } });
  expect(parsed.ok && [...parsed.key.prefix]).toEqual([0x16, 0x03, 0x01, 0x00, 0xa8, 0x01, 0x01]);
  expect(parseKeyConfig(` ss://${b64('aes-256-gcm:pw')}@1.2.3.4:9\n`)).toMatchObject({ ok: true });
  expect(parseKeyConfig('{"server": "x.example"}')).toEqual({ ok: false, code: 'bad-key' });
  expect(parseKeyConfig('<html>')).toEqual({ ok: false, code: 'bad-key' });
});

test('as a route, the key is the secret and the spec names only where it leads', () => {
  const text = `ss://${b64('aes-256-gcm:top-secret')}@203.0.113.9:8388#Office`;
  const parsed = parsePath('office', text);
  expect(parsed).toEqual({
    ok: true,
    spec: { name: 'office', kind: 'shadowsocks', host: '203.0.113.9', port: 8388, dynamic: false },
    secretKey: text,
  });
  expect(JSON.stringify(parsed.ok && parsed.spec)).not.toContain('top-secret');
  expect(parsePath('team', 'ssconf://keys.example/access/abc')).toMatchObject({
    ok: true,
    spec: { kind: 'shadowsocks', host: 'keys.example', port: 443, dynamic: true },
  });
  expect(parsePath('team', 'ssconf://')).toEqual({ ok: false, code: 'bad-key' });
});
