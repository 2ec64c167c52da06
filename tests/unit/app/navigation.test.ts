import { expect, test } from 'vitest';
import { allowedExternalLink, decideNavigation, EXTERNAL_LINK_HOSTS } from '../../../src-main/app/navigation.ts';

test('in-app navigation is denied and opens nothing', () => {
  expect(decideNavigation('app://detour/index.html')).toEqual({ action: 'deny', openExternally: null });
  expect(decideNavigation('app://detour/other.html')).toEqual({ action: 'deny', openExternally: null });
});

test.each([
  'https://www.torproject.org/download/',
  'https://ooni.org/install/',
  'https://explorer.ooni.org/chart/mat?probe_cc=AZ',
  'https://psiphon.ca/en/download.html',
])('an https link to an allowed host (%s) opens in the system browser, still denied in the app', (url) => {
  expect(decideNavigation(url)).toEqual({ action: 'deny', openExternally: url });
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
  expect(decideNavigation(url)).toEqual({ action: 'deny', openExternally: null });
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
