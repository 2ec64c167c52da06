import { expect, test } from 'vitest';
import {
  allowedExternalLink,
  decideNavigation,
  decideWindowOpen,
  EXTERNAL_LINK_HOSTS,
} from '../../../src-main/app/navigation.ts';

const DEV_SERVER = 'http://localhost:5173';
const mainFrame = (url: string): { url: string; isMainFrame: boolean } => ({ url, isMainFrame: true });

test('in the built app, in-app navigation is denied and opens nothing', () => {
  expect(decideNavigation(mainFrame('app://detour/index.html'), null)).toEqual({
    action: 'deny',
    openExternally: null,
  });
  expect(decideNavigation(mainFrame('app://detour/other.html'), null)).toEqual({
    action: 'deny',
    openExternally: null,
  });
});

test('in development, the dev server may reload the app’s page: its own origin, in the main frame', () => {
  expect(decideNavigation(mainFrame(`${DEV_SERVER}/`), DEV_SERVER)).toEqual({ action: 'allow' });
  expect(decideNavigation(mainFrame(`${DEV_SERVER}/index.html?t=1`), DEV_SERVER)).toEqual({ action: 'allow' });
});

test.each([
  ['another port', 'http://localhost:5174/'],
  ['another loopback name', 'http://127.0.0.1:5173/'],
  ['https on the same host and port', 'https://localhost:5173/'],
  ['credentials before the dev server', 'http://user@localhost:5173/'],
  ['an outside site', 'https://example.org/'],
  ['the built app', 'app://detour/index.html'],
])('in development, %s is denied', (_, url) => {
  expect(decideNavigation(mainFrame(url), DEV_SERVER)).toEqual({ action: 'deny', openExternally: null });
});

test('in development, a frame other than the main one may not navigate even to the dev server', () => {
  expect(decideNavigation({ url: `${DEV_SERVER}/`, isMainFrame: false }, DEV_SERVER)).toEqual({
    action: 'deny',
    openExternally: null,
  });
});

test('in the built app, the dev server’s address is denied like any other', () => {
  expect(decideNavigation(mainFrame(`${DEV_SERVER}/`), null)).toEqual({ action: 'deny', openExternally: null });
});

test('an allowed link navigated to is denied in the app and opened in the system browser', () => {
  const url = 'https://ooni.org/install/';
  expect(decideNavigation(mainFrame(url), null)).toEqual({ action: 'deny', openExternally: url });
  expect(decideNavigation(mainFrame(url), DEV_SERVER)).toEqual({ action: 'deny', openExternally: url });
});

test.each([
  'https://www.torproject.org/download/',
  'https://ooni.org/install/',
  'https://explorer.ooni.org/chart/mat?probe_cc=AZ',
  'https://psiphon.ca/en/download.html',
])('an https link to an allowed host (%s) opens in the system browser, never in a window of the app', (url) => {
  expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: url });
});

test.each([
  ['plain http', 'http://www.torproject.org/'],
  ['another host', 'https://example.org/'],
  ['a look-alike suffix', 'https://ooni.org.evil.example/'],
  ['a subdomain not listed', 'https://evil.ooni.org/'],
  ['credentials before the host', 'https://ooni.org@evil.example/'],
  ['user info on an allowed host', 'https://user:pw@ooni.org/'],
  ['an explicit port', 'https://ooni.org:8443/'],
  ['file:', 'file:///etc/passwd'],
  ['javascript:', 'javascript:alert(1)'],
  ['smb:', 'smb://ooni.org/share'],
  ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
  ['not a URL', 'ooni.org'],
])('%s is denied and opens nothing', (_, url) => {
  expect(allowedExternalLink(url)).toBeNull();
  expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
});

test('hosts are compared after URL normalisation: case folds; a trailing dot or a homoglyph is another host', () => {
  expect(allowedExternalLink('HTTPS://OONI.ORG/')).toBe('https://ooni.org/');
  expect(allowedExternalLink('https://ooni.org./')).toBeNull();
  expect(allowedExternalLink('https://оoni.org/')).toBeNull(); // Cyrillic "о"
});

test('the allow-list is small and exact', () => {
  expect(EXTERNAL_LINK_HOSTS.size).toBeLessThanOrEqual(12);
  for (const host of EXTERNAL_LINK_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+$/);
});
