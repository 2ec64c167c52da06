import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface WebModeArguments {
  port: number;
  dataDir: string;
  rendererRoot: string;
}

/** The built renderer beside this source tree: electron-vite writes it to out/renderer. */
export const DEFAULT_RENDERER_ROOT = resolve(import.meta.dirname, '../../out/renderer');

export const USAGE = 'usage: node src-main/web/main.ts [--port N] [--data-dir DIR] [--renderer DIR]';

/** `--port` (default 0: any free port), `--data-dir`, `--renderer`; throws with a message on anything else. */
export function parseWebArguments(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): WebModeArguments {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      renderer: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port must be 0–65535, not "${values.port}"`);
  return {
    port,
    dataDir: resolve(values['data-dir'] ?? defaultDataDir(env, platform)),
    rendererRoot: resolve(values.renderer ?? DEFAULT_RENDERER_ROOT),
  };
}

/**
 * A `detour-web` folder in the OS's folder for application settings: apart from the
 * desktop app's, so the two never write the same file at once.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home = homedir()): string {
  const configured = (name: string): string | undefined => {
    const value = env[name];
    return value !== undefined && value !== '' ? value : undefined;
  };
  if (platform === 'win32') return join(configured('APPDATA') ?? join(home, 'AppData', 'Roaming'), 'detour-web');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'detour-web');
  return join(configured('XDG_CONFIG_HOME') ?? join(home, '.config'), 'detour-web');
}

/** The user's languages as the environment names them (`az_AZ.UTF-8` → `az-AZ`), for pickLanguage. */
export function systemLanguages(env: NodeJS.ProcessEnv): string[] {
  // GNU gettext's order: LANGUAGE (a list) first, then LC_ALL, LC_MESSAGES, LANG.
  const fromEnv = [...(env['LANGUAGE'] ?? '').split(':'), env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]
    .filter((value): value is string => value !== undefined && value !== '' && value !== 'C' && value !== 'POSIX')
    .map((value) => value.split('.')[0]?.replace('_', '-') ?? '');
  return [...fromEnv, Intl.DateTimeFormat().resolvedOptions().locale];
}
