import { expect, test } from 'vitest';
import { APP_ENTRY_URL } from '../../../src-main/host/app-protocol.ts';
import { devServerOrigin, isTrustedSender, rendererEntryUrl } from '../../../src-main/app/sender-guard.ts';

const DEV = 'http://localhost:5173';
const main = (url: string) => ({ url, isMainFrame: true });

test('the app page in its main frame is trusted; in development, the dev server too', () => {
  expect(isTrustedSender(main('app://detour/index.html'), null)).toBe(true);
  expect(isTrustedSender(main('app://detour/index.html#/results'), DEV)).toBe(true);
  expect(isTrustedSender(main('http://localhost:5173/'), DEV)).toBe(true);
});

test.each([
  ['a destroyed frame', null],
  ['an iframe, even of the app', { url: 'app://detour/index.html', isMainFrame: false }],
  ['another app host', main('app://evil/index.html')],
  ['the app host with user info', main('app://x@detour/index.html')],
  ['the app host with a port', main('app://detour:1/index.html')],
  ['a file: page', main('file:///opt/detour/renderer/index.html')],
  ['a web page', main('https://example.org/')],
  ['the dev server in production', main('http://localhost:5173/')],
  ['about:blank', main('about:blank')],
  ['an empty URL', main('')],
])('%s is not trusted', (_, frame) => {
  expect(isTrustedSender(frame, null)).toBe(false);
});

test('in development, only the exact dev server origin is added', () => {
  expect(isTrustedSender(main('http://localhost:5174/'), DEV)).toBe(false);
  expect(isTrustedSender(main('http://127.0.0.1:5173/'), DEV)).toBe(false);
  expect(isTrustedSender(main('https://localhost:5173/'), DEV)).toBe(false);
});

test('the dev server is trusted only unpackaged, over http, on this machine', () => {
  expect(devServerOrigin('http://localhost:5173/', false)).toBe(DEV);
  expect(devServerOrigin('http://127.0.0.1:5173/index.html', false)).toBe('http://127.0.0.1:5173');
  expect(devServerOrigin('http://[::1]:5173/', false)).toBe('http://[::1]:5173');
  expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
  expect(devServerOrigin(undefined, false)).toBeNull();
  expect(devServerOrigin('http://dev.example:5173/', false)).toBeNull();
  expect(devServerOrigin('file:///tmp/index.html', false)).toBeNull();
  expect(devServerOrigin('not a url', false)).toBeNull();
});

test('the window loads the dev server only when it is trusted, else the built app', () => {
  expect(rendererEntryUrl('http://localhost:5173/', false)).toBe('http://localhost:5173/');
  expect(rendererEntryUrl('http://localhost:5173/', true)).toBe(APP_ENTRY_URL);
  expect(rendererEntryUrl('https://evil.example/', false)).toBe(APP_ENTRY_URL);
  expect(rendererEntryUrl(undefined, false)).toBe(APP_ENTRY_URL);
});
