/**
 * `prestart` and `predev`: makes sure the Electron binary is there before electron-vite
 * looks for it. Electron 45's package downloads its binary only when first required,
 * which electron-vite never does, so without this `npm start` ends in "Electron
 * uninstall". The download goes through Electron's own installer (install.js:
 * @electron/get, its cache and checksums, its mirror settings); `npm ci` stays offline.
 *
 * Where the binary cannot be had, one message says what to do instead (web mode, or
 * the variables naming an Electron already on this computer) and the script exits 1,
 * without the installer's stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronPackageDir, locateElectron, type ElectronLocation } from './electron-binary.ts';

const WHAT_INSTEAD = [
  '  Without it, web mode shows the same screens in a browser: npm run web',
  '  Or use an Electron 45 you already have: set ELECTRON_OVERRIDE_DIST_PATH to its folder,',
  '  or ELECTRON_EXEC_PATH to the executable itself.',
].join('\n');

/** The one message when the binary is not there and could not be fetched. */
export function missingElectronMessage(location: ElectronLocation, reason: string | null): string {
  const what =
    location.source === 'download'
      ? `the Electron binary could not be downloaded${reason === null ? '' : ` (Electron’s installer said: ${reason})`}`
      : `${location.source} names ${location.executable}, which does not exist`;
  return `detour: cannot start the desktop app: ${what}.\n${WHAT_INSTEAD}\n`;
}

/** The first line the installer printed (its error), without terminal controls and short. */
export function installerReason(stderr: string): string | null {
  const line = stderr
    .split('\n')
    .map((each) => each.replace(/\p{Cc}/gu, '').trim())
    .find((each) => each !== '');
  return line === undefined ? null : line.slice(0, 200);
}

/** Runs Electron's installer; resolves with what it printed on stderr when it failed, or null. */
function runInstaller(packageDir: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    // stderr kept: a failure's stack trace is replaced by one line of it.
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0 ? null : stderr));
  });
}

async function main(): Promise<number> {
  const packageDir = electronPackageDir();
  const location = locateElectron(process.env, packageDir);
  if (existsSync(location.executable)) return 0;
  // A binary the user named is not downloaded over: they meant that one.
  if (location.source !== 'download') {
    process.stderr.write(missingElectronMessage(location, null));
    return 1;
  }
  process.stdout.write('detour: downloading Electron once (it is kept in Electron’s cache)…\n');
  const failure = await runInstaller(packageDir);
  const installed = locateElectron(process.env, packageDir);
  if (failure === null && existsSync(installed.executable)) return 0;
  process.stderr.write(missingElectronMessage(installed, failure === null ? null : installerReason(failure)));
  return 1;
}

if (import.meta.main) process.exitCode = await main();
