import { expect, test } from 'vitest';
import { PRODUCTION_CSP } from '../../../src-main/host/csp.ts';
import { isPage, webPathToFile } from '../../../src-main/web/static-files.ts';
import { WEB_CSP } from '../../../src-main/web/web-csp.ts';

const ROOT = '/opt/detour/renderer';

test.each([
  ['/', `${ROOT}/index.html`],
  ['/?token=abc', `${ROOT}/index.html`],
  ['/index.html?token=abc#x', `${ROOT}/index.html`],
  ['/assets/index-a1b2.js', `${ROOT}/assets/index-a1b2.js`],
  ['/assets/n%C3%BCm%20x.svg', `${ROOT}/assets/nüm x.svg`],
  // Dot segments are resolved by the URL parser, within the folder.
  ['/../../etc/passwd', `${ROOT}/etc/passwd`],
  ['/assets/%2e%2e/index.html', `${ROOT}/index.html`],
])('%s maps to %s', (path, file) => {
  expect(webPathToFile(path, ROOT)).toBe(file);
});

test.each([
  ['an encoded slash that would climb', '/..%2f..%2fetc%2fpasswd'],
  ['an encoded backslash', '/..%5c..%5cwindows%5cwin.ini'],
  ['a second slash (another host to a URL parser)', '//etc/passwd'],
  ['a drive letter', '/C:/Windows/win.ini'],
  ['a NUL byte', '/index.html%00.png'],
  ['malformed percent-encoding', '/%E0%A4%A'],
  ['an absolute-form target', 'http://evil.example/index.html'],
  ['an asterisk-form target', '*'],
  ['an empty target', ''],
])('%s is refused', (_, path) => {
  expect(webPathToFile(path, ROOT)).toBeNull();
});

test('pages are the HTML files', () => {
  expect(isPage(`${ROOT}/index.html`)).toBe(true);
  expect(isPage(`${ROOT}/assets/app.js`)).toBe(false);
  expect(isPage(`${ROOT}/assets/app.css`)).toBe(false);
});

test("the web CSP is the production one with connect-src 'self' and nothing else changed", () => {
  expect(WEB_CSP).toContain("connect-src 'self'");
  expect(WEB_CSP).not.toContain("connect-src 'none'");
  expect(WEB_CSP.replace("connect-src 'self'", "connect-src 'none'")).toBe(PRODUCTION_CSP);
  expect(WEB_CSP).toContain("script-src 'self'");
  expect(WEB_CSP).toContain("frame-ancestors 'none'");
});
