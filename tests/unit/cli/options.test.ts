import { describe, expect, test } from 'vitest';
import { controlsFrom, parseResolver, planOptionsFrom, UsageError } from '../../../src-main/cli/options.ts';
import { DEFAULT_CONTROLS } from '../../../src-main/shared/controls.ts';

test.each([
  ['9.9.9.9', { host: '9.9.9.9', port: 53 }],
  ['127.0.0.1:5353', { host: '127.0.0.1', port: 5353 }],
  ['[::1]:53', { host: '::1', port: 53 }],
  ['2001:db8::53', { host: '2001:db8::53', port: 53 }],
])('--resolver %s', (text, expected) => {
  expect(parseResolver(text)).toEqual(expected);
});

test.each(['dns.example', '1.2.3.4:0', '1.2.3.4:70000', '1.2.3:53', ''])('--resolver %j is a usage error', (text) => {
  expect(() => parseResolver(text)).toThrow(UsageError);
});

test.each([
  [{ timeout: '0' }, /--timeout must be a whole number from 100/],
  [{ timeout: '5s' }, /--timeout/],
  [{ concurrency: '0' }, /--concurrency/],
  [{ doh: 'http://dns.example/dns-query' }, /--doh must be an https/],
  [{ doh: 'not a url' }, /--doh must be a URL/],
])('%j is refused with a clear message', (flags, message) => {
  expect(() => planOptionsFrom(flags)).toThrow(message);
});

test('defaults, and the flags that change them', () => {
  expect(planOptionsFrom({})).toMatchObject({ timeoutMs: 8000, concurrency: 64, perHostConcurrency: 4 });
  expect(planOptionsFrom({ timeout: '1500', throughput: true, doh: 'http://127.0.0.1:8053/dns-query' })).toMatchObject({
    timeoutMs: 1500,
    throughput: { maxMs: 4000 },
    dohUrl: 'http://127.0.0.1:8053/dns-query',
  });
});

test('a scheduled run measures download speed unless --no-throughput says not to', () => {
  expect(planOptionsFrom({})).not.toHaveProperty('throughput');
  expect(planOptionsFrom({}, true)).toMatchObject({ throughput: { maxMs: 4000, maxBytes: 8 * 1024 * 1024 } });
  expect(planOptionsFrom({ throughput: false }, true)).not.toHaveProperty('throughput');
});

describe('the neutral controls', () => {
  test('without --control or $DETOUR_CONTROLS, Detour’s own set, each check with its known answer', () => {
    expect(controlsFrom({}, {})).toEqual(DEFAULT_CONTROLS);
  });

  test('--control replaces the set, repeatable; a known check keeps its expected answer', () => {
    expect(
      controlsFrom({ control: ['control.example', 'http://connectivitycheck.gstatic.com/generate_204'] }, {}),
    ).toEqual([
      { url: 'https://control.example/' },
      { url: 'http://connectivitycheck.gstatic.com/generate_204', expect: { status: 204 } },
    ]);
  });

  test('$DETOUR_CONTROLS gives them too, separated by commas or spaces; --control wins', () => {
    const environment = { DETOUR_CONTROLS: 'https://a.example/, https://b.example/' };
    expect(controlsFrom({}, environment).map((c) => c.url)).toEqual(['https://a.example/', 'https://b.example/']);
    expect(controlsFrom({ control: ['https://c.example/'] }, environment).map((c) => c.url)).toEqual([
      'https://c.example/',
    ]);
  });

  test('"none" measures no controls at all', () => {
    expect(controlsFrom({ control: ['none'] }, {})).toEqual([]);
    expect(controlsFrom({}, { DETOUR_CONTROLS: 'none' })).toEqual([]);
  });

  test.each([
    [{ control: ['stun:stun.example'] }, {}, /--control must be web addresses .* not "stun:stun.example"/],
    [{}, { DETOUR_CONTROLS: 'ftp://x.example/' }, /DETOUR_CONTROLS must be web addresses/],
    [{ control: Array.from({ length: 9 }, (_, i) => `https://c${i}.example/`) }, {}, /at most 8 controls, not 9/],
  ])('%j %j is one clear usage line', (flags, environment, message) => {
    expect(() => controlsFrom(flags, environment)).toThrow(message);
  });
});
