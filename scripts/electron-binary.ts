/**
 * Where the Electron executable is, found the way Electron's own package and
 * electron-vite find it, so `npm start`, `npm run dev`, `npm run package` and the
 * Electron e2e test all start the one binary a user has:
 *
 * - `ELECTRON_EXEC_PATH`: the executable itself (electron-vite reads only this, or
 *   node_modules/electron/path.txt: its getElectronPath);
 * - `ELECTRON_OVERRIDE_DIST_PATH`: a folder holding Electron (Electron's index.js and
 *   install.js read only this);
 * - otherwise node_modules/electron/dist, where Electron's installer puts the binary
 *   it downloads (Electron ≥ 42 downloads lazily, not at `npm ci`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The electron package this project installed. */
export function electronPackageDir(root: string = ROOT): string {
  return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
}

/** The executable inside an Electron folder, as Electron's install.js names it per platform. */
export function executableInDist(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

export type ElectronSource = 'ELECTRON_EXEC_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH' | 'download';

export interface ElectronLocation {
  executable: string;
  /** Which of the three ways named it: a variable the user set, or Electron's own download. */
  source: ElectronSource;
}

function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Where the binary is or will be; whether it is there is the caller's question. */
export function locateElectron(
  env: NodeJS.ProcessEnv,
  packageDir: string,
  platform: NodeJS.Platform = process.platform,
): ElectronLocation {
  const execPath = setting(env, 'ELECTRON_EXEC_PATH');
  if (execPath !== undefined) return { executable: resolve(execPath), source: 'ELECTRON_EXEC_PATH' };
  const override = setting(env, 'ELECTRON_OVERRIDE_DIST_PATH');
  if (override !== undefined) {
    return { executable: resolve(override, executableInDist(platform)), source: 'ELECTRON_OVERRIDE_DIST_PATH' };
  }
  // path.txt is what Electron's installer wrote after a download; before one, the platform's name.
  const pathFile = join(packageDir, 'path.txt');
  const inDist = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : executableInDist(platform);
  return { executable: join(packageDir, 'dist', inDist), source: 'download' };
}

/**
 * The environment electron-vite needs to start the binary a user named. electron-vite
 * ignores ELECTRON_OVERRIDE_DIST_PATH (it throws "Electron uninstall" without path.txt,
 * or starts node_modules' binary with it), so the folder becomes ELECTRON_EXEC_PATH.
 */
export function electronViteEnv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): void {
  if (setting(env, 'ELECTRON_EXEC_PATH') !== undefined) return;
  const override = setting(env, 'ELECTRON_OVERRIDE_DIST_PATH');
  if (override !== undefined) env['ELECTRON_EXEC_PATH'] = resolve(override, executableInDist(platform));
}
