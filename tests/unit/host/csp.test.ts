import { expect, test } from 'vitest';
import { appResponseHeaders, PRODUCTION_CSP } from '../../../src-main/host/csp.ts';

test('the production CSP is pinned: the renderer loads only its own files and connects nowhere', () => {
  expect(PRODUCTION_CSP).toBe(
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
      "font-src 'self'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; " +
      "form-action 'none'; frame-ancestors 'none'",
  );
});

test('every served file carries the CSP, nosniff and its content type', () => {
  expect(appResponseHeaders('/r/index.html')).toEqual({
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PRODUCTION_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  });
  expect(appResponseHeaders('/r/assets/index-a1b2.JS')['content-type']).toBe('text/javascript; charset=utf-8');
  expect(appResponseHeaders('/r/assets/style.css')['content-type']).toBe('text/css; charset=utf-8');
  expect(appResponseHeaders('/r/LICENSE')['content-type']).toBe('application/octet-stream');
});
