import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import {
  DEFAULT_RENDERER_ROOT,
  defaultDataDir,
  parseWebArguments,
  systemLanguages,
} from '../../../src-main/web/options.ts';

const HOME = '/home/ayla';

test('without options: a random port, the config folder, the built renderer', () => {
  expect(parseWebArguments([], { XDG_CONFIG_HOME: '/cfg' }, 'linux')).toEqual({
    port: 0,
    dataDir: '/cfg/detour-web',
    rendererRoot: DEFAULT_RENDERER_ROOT,
  });
  expect(DEFAULT_RENDERER_ROOT).toBe(resolve(import.meta.dirname, '../../../out/renderer'));
});

test('--port, --data-dir and --renderer are taken as given', () => {
  expect(parseWebArguments(['--port', '8123', '--data-dir', '/tmp/d', '--renderer=/tmp/r'], {}, 'linux')).toEqual({
    port: 8123,
    dataDir: '/tmp/d',
    rendererRoot: '/tmp/r',
  });
});

test.each([
  ['--port', 'http'],
  ['--port', '-1'],
  ['--port', '70000'],
  ['--port', '1.5'],
  ['--host', '0.0.0.0'],
  ['extra'],
])('%s %s is refused', (...argv) => {
  expect(() => parseWebArguments(argv, {}, 'linux')).toThrow();
});

test("the data folder is a detour-web folder in the OS's folder for settings", () => {
  expect(defaultDataDir({}, 'linux', HOME)).toBe(join(HOME, '.config', 'detour-web'));
  expect(defaultDataDir({ XDG_CONFIG_HOME: '' }, 'linux', HOME)).toBe(join(HOME, '.config', 'detour-web'));
  expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', HOME)).toBe('/x/detour-web');
  expect(defaultDataDir({}, 'darwin', HOME)).toBe(join(HOME, 'Library', 'Application Support', 'detour-web'));
  expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', HOME)).toBe(
    join('C:\\Users\\a\\AppData\\Roaming', 'detour-web'),
  );
});

test("the user's languages come from the environment, in gettext's order, then the runtime's", () => {
  const languages = systemLanguages({ LANGUAGE: 'az:ru', LANG: 'ru_RU.UTF-8', LC_ALL: 'C' });
  expect(languages.slice(0, 3)).toEqual(['az', 'ru', 'ru-RU']);
  expect(languages).toHaveLength(4);
});
