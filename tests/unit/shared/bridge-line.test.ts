import { expect, test } from 'vitest';
import { bridgeLinesOf, parseBridgeLine } from '../../../src-main/shared/bridge-line.ts';

const FINGERPRINT = '0CAFD6109968784D8C39C6FC5B232A2567580DDD';
const CERT = '6prJ4pxCJDfLim2zCkGtNGuvp5Xeucy5TvLlLWGsIKm70pQLLzdO6JUYXffdhevSQ4++DQ';

test('an obfs4 line from bridges.torproject.org, with or without "Bridge" in front', () => {
  const line = `obfs4 192.0.2.10:443 ${FINGERPRINT} cert=${CERT} iat-mode=0`;
  for (const given of [line, `Bridge ${line}`, `  bridge   ${line.replace(/ /g, '  ')}  `]) {
    expect(parseBridgeLine(given)).toEqual({
      ok: true,
      bridge: { transport: 'obfs4', address: { host: '192.0.2.10', port: 443 }, line },
    });
  }
});

test('a plain (vanilla) line, an IPv6 address, a lower-case fingerprint made upper case', () => {
  expect(parseBridgeLine(`[2001:db8::5]:9001 ${FINGERPRINT.toLowerCase()}`)).toEqual({
    ok: true,
    bridge: {
      transport: 'vanilla',
      address: { host: '2001:db8::5', port: 9001 },
      line: `[2001:db8::5]:9001 ${FINGERPRINT}`,
    },
  });
  expect(parseBridgeLine('192.0.2.10:9001')).toMatchObject({ ok: true, bridge: { line: '192.0.2.10:9001' } });
});

test('snowflake, meek and webtunnel lines are named, not held to a shape: they are never run', () => {
  const snowflake = `snowflake 192.0.2.3:80 ${FINGERPRINT} fingerprint=${FINGERPRINT} url=https://snowflake-broker.example/ ice=stun:stun.example:3478`;
  expect(parseBridgeLine(snowflake)).toMatchObject({
    ok: true,
    bridge: { transport: 'snowflake', address: { host: '192.0.2.3', port: 80 } },
  });
  expect(parseBridgeLine('webtunnel [2001:db8:abcd::1]:443 url=https://example.org/path ver=0.0.1')).toMatchObject({
    ok: true,
    bridge: { transport: 'webtunnel' },
  });
});

test.each([
  ['obfs4', 'no-address'],
  ['obfs4 bridge.example.org:443 cert=x iat-mode=0', 'bad-address'],
  ['192.0.2.1:70000', 'bad-address'],
  ['obfs4 192.0.2.1:443 ABCDEF cert=x iat-mode=0', 'bad-fingerprint'],
  [`obfs4 192.0.2.1:443 ${FINGERPRINT} iat-mode=0`, 'obfs4-arguments'],
  [`obfs4 192.0.2.1:443 ${FINGERPRINT} cert=${CERT}`, 'obfs4-arguments'],
  // A line Tor will run goes into a torrc: no quote, no option smuggled in.
  [`obfs4 192.0.2.1:443 ${FINGERPRINT} cert="x" iat-mode=0`, 'bad-argument'],
  [`192.0.2.1:443 ${FINGERPRINT} extra=1`, 'bad-argument'],
  [`obfs4 192.0.2.1:443 ${'x'.repeat(3000)}`, 'too-long'],
])('%s is refused: %s', (line, code) => {
  expect(parseBridgeLine(line)).toEqual({ ok: false, code });
});

test('pasted text: one line each, blank lines and comments skipped, line numbers kept', () => {
  expect(bridgeLinesOf('# my bridges\n\nobfs4 a\r\n  192.0.2.1:1  \n')).toEqual([
    { text: 'obfs4 a', line: 3 },
    { text: '192.0.2.1:1', line: 4 },
  ]);
});
