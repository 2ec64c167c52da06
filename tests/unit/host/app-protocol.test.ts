import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { APP_ENTRY_URL, appRequestToFilePath } from '../../../src-main/host/app-protocol.ts';
import { PRODUCTION_CSP } from '../../../src-main/host/csp.ts';
import { respondFromRenderer } from '../../../src-main/host/renderer-response.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const ROOT = '/opt/detour/renderer';

test.each([
  [APP_ENTRY_URL, `${ROOT}/index.html`],
  ['app://detour/', `${ROOT}/index.html`],
  ['app://detour', `${ROOT}/index.html`],
  ['app://detour/assets/index-a1b2.js', `${ROOT}/assets/index-a1b2.js`],
  ['app://detour/assets/', `${ROOT}/assets/index.html`],
  ['app://detour/index.html?lang=ru#results', `${ROOT}/index.html`],
  ['app://detour/assets/n%C3%BCm%20x.svg', `${ROOT}/assets/nüm x.svg`],
  // The URL parser resolves dot segments, encoded or not, before the mapping sees them.
  ['app://detour/../../etc/passwd', `${ROOT}/etc/passwd`],
  ['app://detour/assets/%2e%2e/%2E%2E/index.html', `${ROOT}/index.html`],
])('%s maps to %s', (url, file) => {
  expect(appRequestToFilePath(url, ROOT)).toBe(file);
});

test.each([
  ['an encoded slash that would climb', 'app://detour/..%2f..%2fetc%2fpasswd'],
  ['an encoded backslash', 'app://detour/..%5c..%5cwindows%5cwin.ini'],
  ['an absolute path after the host', 'app://detour//etc/passwd'],
  ['an encoded absolute path', 'app://detour/%2fetc%2fpasswd'],
  ['a drive letter', 'app://detour/C:/Windows/win.ini'],
  ['a NUL byte', 'app://detour/index.html%00.png'],
  ['malformed percent-encoding', 'app://detour/%E0%A4%A'],
  ['another host', 'app://evil/index.html'],
  ['no host', 'app:///etc/passwd'],
  ['user info', 'app://x@detour/index.html'],
  ['a port', 'app://detour:8080/index.html'],
  ['another scheme', 'file:///etc/passwd'],
  ['not a URL', '/etc/passwd'],
])('%s is refused', (_, url) => {
  expect(appRequestToFilePath(url, ROOT)).toBeNull();
});

test('a double-encoded dot segment is never decoded twice', () => {
  // %252e decodes once to the literal name "%2e%2e", a harmless file name.
  expect(appRequestToFilePath('app://detour/%252e%252e', ROOT)).toBe(`${ROOT}/%2e%2e`);
});

const dir = tempDirPerTest('renderer');

function renderer(): string {
  const root = join(dir(), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Detour</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir(), 'secret.txt'), 'outside');
  return root;
}

test('a file of the renderer is served with the production headers', async () => {
  const response = await respondFromRenderer(new Request(APP_ENTRY_URL), renderer());
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await response.text()).toBe('<!doctype html><title>Detour</title>');
});

test('missing files, folders, escapes and other methods get no content', async () => {
  const root = renderer();
  symlinkSync(join(dir(), 'secret.txt'), join(root, 'assets', 'link.txt'));
  const status = async (url: string, method = 'GET') =>
    (await respondFromRenderer(new Request(url, { method }), root)).status;
  expect(await status('app://detour/missing.js')).toBe(404);
  expect(await status('app://detour/assets')).toBe(404);
  expect(await status('app://detour/..%2fsecret.txt')).toBe(404);
  expect(await status('app://detour/assets/link.txt')).toBe(404);
  expect(await status('app://detour/assets/app.js', 'POST')).toBe(405);
  expect(await status('app://detour/assets/app.js')).toBe(200);
});
