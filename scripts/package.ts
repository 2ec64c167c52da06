/**
 * `npm run package` (after `electron-vite build`): the desktop app as one folder for
 * a Linux machine, with Electron's fuses set (fuses.ts):
 *
 *   dist/detour-linux-<arch>/detour                  Electron's binary, renamed, its fuses flipped
 *   dist/detour-linux-<arch>/resources/app.asar      out/, package.json and the modules it needs at run time
 *
 *   node scripts/package.ts [--out DIR]
 *
 * Electron comes from ELECTRON_OVERRIDE_DIST_PATH, or node_modules/electron/dist where
 * `npm start` downloaded it; without either it says so and exits 2. Only Linux: a
 * macOS or Windows package also needs signing and the ASAR's hash in its Info.plist
 * or resources, without which the integrity fuse would stop the app at start.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPackage } from '@electron/asar';
import { applyDetourFuses } from './fuses.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The Electron folder to package from, or why there is none. */
export function electronDist(env: NodeJS.ProcessEnv = process.env): { dir: string } | { missing: string } {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const dir = override !== undefined && override !== '' ? override : join(ROOT, 'node_modules/electron/dist');
  return existsSync(join(dir, 'electron'))
    ? { dir }
    : {
        missing: `no Electron binary in ${dir}: set ELECTRON_OVERRIDE_DIST_PATH to a folder holding Electron 45 (or run npm start once, which downloads it)`,
      };
}

/**
 * Makes the package in `target` (replaced if it exists): Electron's folder copied,
 * its default app removed, `app` (a folder with package.json and what it loads)
 * packed as resources/app.asar, the binary renamed `detour` and its fuses flipped.
 * Returns the binary's path.
 */
export async function packageApp(options: { app: string; electron: string; target: string }): Promise<string> {
  const { app, electron, target } = options;
  await rm(target, { recursive: true, force: true });
  await cp(electron, target, { recursive: true, verbatimSymlinks: true });
  // Electron's own demo app would start in place of a missing app.asar: it has no place here.
  await rm(join(target, 'resources/default_app.asar'), { force: true });
  await createPackage(app, join(target, 'resources/app.asar'));
  const binary = join(target, 'detour');
  await rename(join(target, 'electron'), binary);
  await applyDetourFuses(binary);
  return binary;
}

/** The app as it is packed: the build (out/), package.json, and the production modules of the lock file. */
async function stageApp(): Promise<string> {
  const stage = await mkdtemp(join(tmpdir(), 'detour-package-'));
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const { name, version, description, license, type, main, dependencies } = manifest;
  await writeFile(
    join(stage, 'package.json'),
    `${JSON.stringify({ name, version, description, license, type, main, dependencies }, null, 2)}\n`,
  );
  await cp(join(ROOT, 'out'), join(stage, 'out'), { recursive: true });
  const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  // What runs in the app: every package the lock file does not mark as for development.
  const runtime = Object.entries(lock.packages).filter(
    ([path, entry]) => path.startsWith('node_modules/') && entry.dev !== true && entry.devOptional !== true,
  );
  for (const [path] of runtime) await cp(join(ROOT, path), join(stage, path), { recursive: true });
  return stage;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  if (process.platform !== 'linux') {
    process.stderr.write('package: packages for Linux only (macOS and Windows also need signing); nothing done\n');
    return 2;
  }
  const electron = electronDist();
  if ('missing' in electron) {
    process.stderr.write(`package: ${electron.missing}\n`);
    return 2;
  }
  if (!existsSync(join(ROOT, 'out/main/index.js'))) {
    process.stderr.write(
      'package: no build in out/: run npm run package (it builds first) or npx electron-vite build\n',
    );
    return 2;
  }
  const target = resolve(values.out ?? join(ROOT, 'dist', `detour-linux-${process.arch}`));
  const stage = await stageApp();
  try {
    const binary = await packageApp({ app: stage, electron: electron.dir, target });
    process.stdout.write(`Packaged ${binary} (fuses set: see scripts/fuses.ts)\n`);
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
  return 0;
}

if (import.meta.main) process.exitCode = await main();
