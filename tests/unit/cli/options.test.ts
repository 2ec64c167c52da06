import { expect, test } from 'vitest';
import { parseResolver, planOptionsFrom, UsageError } from '../../../src-main/cli/options.ts';

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
