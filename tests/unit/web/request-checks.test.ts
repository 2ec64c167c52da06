import { expect, test } from 'vitest';
import { isAllowedHost, isAllowedOrigin } from '../../../src-main/web/request-checks.ts';

const PORT = 43123;

test.each([`127.0.0.1:${PORT}`, `localhost:${PORT}`])('Host %s is this server', (host) => {
  expect(isAllowedHost(host, PORT)).toBe(true);
});

test.each([
  ['a rebound name', `evil.example:${PORT}`],
  ['another port', `127.0.0.1:${PORT + 1}`],
  ['no port', '127.0.0.1'],
  ['no port, by name', 'localhost'],
  ['IPv6 loopback (not where the server listens)', `[::1]:${PORT}`],
  ['a name ending like ours', `evil.localhost:${PORT}`],
  ['an address of this network', `192.168.1.10:${PORT}`],
  ['user info', `x@127.0.0.1:${PORT}`],
  ['empty', ''],
  ['absent', undefined],
])('Host with %s is refused', (_, host) => {
  expect(isAllowedHost(host, PORT)).toBe(false);
});

test('no Origin (a same-origin GET, a client that is not a browser) passes', () => {
  expect(isAllowedOrigin(undefined, `127.0.0.1:${PORT}`, PORT)).toBe(true);
});

test('the same origin as the Host passes', () => {
  expect(isAllowedOrigin(`http://127.0.0.1:${PORT}`, `127.0.0.1:${PORT}`, PORT)).toBe(true);
  expect(isAllowedOrigin(`http://localhost:${PORT}`, `localhost:${PORT}`, PORT)).toBe(true);
});

test.each([
  ['a web site', 'https://evil.example'],
  ['a sandboxed frame or a file: page', 'null'],
  ['https on our port', `https://127.0.0.1:${PORT}`],
  ['another local port', `http://127.0.0.1:${PORT + 1}`],
  ['our other name', `http://localhost:${PORT}`],
  ['a trailing slash', `http://127.0.0.1:${PORT}/`],
])('an Origin of %s is refused', (_, origin) => {
  expect(isAllowedOrigin(origin, `127.0.0.1:${PORT}`, PORT)).toBe(false);
});

test('an Origin that matches a wrong Host does not pass', () => {
  expect(isAllowedOrigin(`http://evil.example:${PORT}`, `evil.example:${PORT}`, PORT)).toBe(false);
});
