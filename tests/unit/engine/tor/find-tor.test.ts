import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findTor } from '../../../../src-main/engine/tor/find-tor.ts';

/** A machine as a set of runnable files, so every platform's folders can be tried anywhere. */
function machine(files: string[]) {
  const programs = new Set(files);
  return {
    isProgram: (path: string) => programs.has(path),
    list: (folder: string) => [
      ...new Set(
        files
          .filter((file) => file.startsWith(`${folder}/`) || file.startsWith(`${folder}\\`))
          .map((file) => file.slice(folder.length + 1).split(/[/\\]/)[0] ?? ''),
      ),
    ],
  };
}

test('a system tor on PATH (or in /usr/sbin), with obfs4proxy', () => {
  const world = machine(['/usr/sbin/tor', '/usr/bin/obfs4proxy']);
  expect(findTor({ platform: 'linux', env: { PATH: '/usr/bin:/bin' }, home: '/home/ana', ...world })).toEqual({
    tor: '/usr/sbin/tor',
    transportPlugin: '/usr/bin/obfs4proxy',
    source: 'path',
  });
});

test("Tor Browser unpacked in the home folder on Linux: its tor, its lyrebird, and its libraries' folder", () => {
  const root = '/home/ana/tor-browser_en-US/Browser/TorBrowser/Tor';
  const world = machine([`${root}/tor`, `${root}/PluggableTransports/lyrebird`]);
  expect(findTor({ platform: 'linux', env: { PATH: '/usr/bin' }, home: '/home/ana', ...world })).toEqual({
    tor: `${root}/tor`,
    transportPlugin: `${root}/PluggableTransports/lyrebird`,
    source: 'tor-browser',
    libraryPath: root,
  });
});

test('torbrowser-launcher keeps it under ~/.local/share/torbrowser/tbb/<arch>/', () => {
  const root = '/home/ana/.local/share/torbrowser/tbb/x86_64/tor-browser/Browser/TorBrowser/Tor';
  const found = findTor({ platform: 'linux', env: {}, home: '/home/ana', ...machine([`${root}/tor`]) });
  expect(found).toMatchObject({ tor: `${root}/tor`, source: 'tor-browser' });
  expect(found?.transportPlugin).toBeUndefined();
});

test('macOS: the app in /Applications', () => {
  const root = '/Applications/Tor Browser.app/Contents/MacOS/Tor';
  const world = machine([`${root}/tor`, `${root}/PluggableTransports/lyrebird`]);
  expect(findTor({ platform: 'darwin', env: { PATH: '' }, home: '/Users/ana', ...world })).toEqual({
    tor: `${root}/tor`,
    transportPlugin: `${root}/PluggableTransports/lyrebird`,
    source: 'tor-browser',
  });
});

test('Windows: on the Desktop, tor.exe and lyrebird.exe', () => {
  const home = 'C:\\Users\\Ana';
  const root = join(home, 'Desktop', 'Tor Browser', 'Browser', 'TorBrowser', 'Tor');
  const world = machine([join(root, 'tor.exe'), join(root, 'PluggableTransports', 'lyrebird.exe')]);
  expect(findTor({ platform: 'win32', env: { Path: '' }, home, ...world })).toMatchObject({
    tor: join(root, 'tor.exe'),
    transportPlugin: join(root, 'PluggableTransports', 'lyrebird.exe'),
  });
});

test('the setting wins: a tor program, or a Tor Browser folder', () => {
  const browser = '/media/usb/tor-browser';
  const root = `${browser}/Browser/TorBrowser/Tor`;
  const world = machine([
    '/usr/sbin/tor',
    '/usr/bin/obfs4proxy',
    `${root}/tor`,
    `${root}/PluggableTransports/lyrebird`,
    '/opt/tor/tor',
  ]);
  const options = { platform: 'linux' as const, env: { PATH: '/usr/sbin' }, home: '/home/ana', ...world };
  expect(findTor({ ...options, setting: browser })).toMatchObject({ tor: `${root}/tor`, source: 'setting' });
  expect(findTor({ ...options, setting: '/opt/tor/tor' })).toMatchObject({
    tor: '/opt/tor/tor',
    source: 'setting',
    transportPlugin: '/usr/bin/obfs4proxy',
  });
  expect(findTor({ ...options, setting: '/nowhere' })).toBeNull();
});

test('no tor anywhere: null, for the result to say so', () => {
  expect(
    findTor({ platform: 'linux', env: { PATH: '/usr/bin' }, home: '/home/ana', ...machine(['/usr/bin/obfs4proxy']) }),
  ).toBeNull();
});
