import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { electronViteEnv, executableInDist, locateElectron } from '../../../scripts/electron-binary.ts';
import { installerReason, missingElectronMessage } from '../../../scripts/ensure-electron.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('electron-binary');

test('ELECTRON_EXEC_PATH wins, then ELECTRON_OVERRIDE_DIST_PATH, then the download in the electron package', () => {
  const env = { ELECTRON_EXEC_PATH: '/opt/e/electron', ELECTRON_OVERRIDE_DIST_PATH: '/opt/other' };
  expect(locateElectron(env, dir(), 'linux')).toEqual({ executable: '/opt/e/electron', source: 'ELECTRON_EXEC_PATH' });
  expect(locateElectron({ ELECTRON_OVERRIDE_DIST_PATH: '/opt/other' }, dir(), 'darwin')).toEqual({
    executable: '/opt/other/Electron.app/Contents/MacOS/Electron',
    source: 'ELECTRON_OVERRIDE_DIST_PATH',
  });
  expect(locateElectron({ ELECTRON_EXEC_PATH: '' }, dir(), 'win32')).toEqual({
    executable: join(dir(), 'dist', 'electron.exe'),
    source: 'download',
  });
});

test('after a download, the executable is the one Electron’s installer wrote into path.txt', () => {
  mkdirSync(join(dir(), 'dist'));
  writeFileSync(join(dir(), 'path.txt'), 'electron');
  expect(locateElectron({}, dir(), 'linux').executable).toBe(join(dir(), 'dist/electron'));
});

test('electron-vite is handed the override folder’s binary, and a user’s ELECTRON_EXEC_PATH is left alone', () => {
  const overridden: NodeJS.ProcessEnv = { ELECTRON_OVERRIDE_DIST_PATH: 'electron-45' };
  electronViteEnv(overridden, 'linux');
  expect(overridden['ELECTRON_EXEC_PATH']).toBe(resolve('electron-45', executableInDist('linux')));

  const named: NodeJS.ProcessEnv = { ELECTRON_OVERRIDE_DIST_PATH: '/a', ELECTRON_EXEC_PATH: '/b/electron' };
  electronViteEnv(named, 'linux');
  expect(named['ELECTRON_EXEC_PATH']).toBe('/b/electron');

  const neither: NodeJS.ProcessEnv = {};
  electronViteEnv(neither, 'linux');
  expect(neither).toEqual({}); // electron-vite reads node_modules/electron/path.txt itself
});

test('the installer’s failure is reduced to its first line, without terminal controls', () => {
  expect(installerReason('\nTypeError: fetch failed\n    at node:internal/deps/undici:1:1\n')).toBe(
    'TypeError: fetch failed',
  );
  expect(installerReason('\u001b[31mHTTPError: 404\u001b[0m')).toBe('[31mHTTPError: 404[0m');
  expect(installerReason('  \n')).toBeNull();
});

test('the message names web mode and both variables, whatever went wrong', () => {
  for (const message of [
    missingElectronMessage({ executable: '/x/dist/electron', source: 'download' }, 'TypeError: fetch failed'),
    missingElectronMessage({ executable: '/opt/electron', source: 'ELECTRON_EXEC_PATH' }, null),
  ]) {
    expect(message).toMatch(/^detour: cannot start the desktop app: /);
    expect(message).toContain('npm run web');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('ELECTRON_EXEC_PATH');
  }
});
