import { expect, test } from 'vitest';
import { createToken, tokenFromHeader, tokenFromQuery, tokenMatches } from '../../../src-main/web/token.ts';

test('a token is 256 random bits, base64url, and never the same twice', () => {
  const token = createToken();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  expect(createToken()).not.toBe(token);
});

test('only the exact token matches', () => {
  const token = createToken();
  expect(tokenMatches(token, token)).toBe(true);
  expect(tokenMatches(String(Buffer.from(token)), token)).toBe(true);
  for (const wrong of [token.slice(0, -1), `${token}x`, token.toUpperCase(), createToken(), ' ', '']) {
    expect(tokenMatches(wrong, token)).toBe(false);
  }
  expect(tokenMatches(null, token)).toBe(false);
  expect(tokenMatches(undefined, token)).toBe(false);
  // An empty expected token would let an empty given one in: never.
  expect(tokenMatches('', '')).toBe(false);
});

test('the token comes from one header or one query parameter, never from two', () => {
  expect(tokenFromHeader({ 'x-detour-token': 'abc' })).toBe('abc');
  expect(tokenFromHeader({})).toBeNull();
  expect(tokenFromQuery(new URLSearchParams('token=abc&lang=az'))).toBe('abc');
  expect(tokenFromQuery(new URLSearchParams('token=abc&token=def'))).toBeNull();
  expect(tokenFromQuery(new URLSearchParams(''))).toBeNull();
});
