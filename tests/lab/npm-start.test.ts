import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { executableInDist } from '../../scripts/electron-binary.ts';
import { tempDirPerTest } from '../support/temp-dir.ts';
import { listenClosingAfterEach } from './servers/listen.ts';

/**
 * `npm start` and `npm run dev` end to end, as a user runs them, in a copy of the
 * project: the real npm, the pre-script, electron-vite's build and its launch. Only
 * the Electron binary is a stand-in (none can be downloaded here): a small script
 * that records how it was started, found through the variables a user would set.
 */

const ROOT = join(import.meta.dirname, '../..');
const PROJECT_FILES = [
  'package.json',
  'electron.vite.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
  'scripts',
  'src-main',
  'src-renderer',
];
/** The electron package as npm ci leaves it: no binary, no path.txt (its package.json "files"). */
const ELECTRON_PACKAGE_FILES = ['package.json', 'index.js', 'install.js', 'cli.js', 'checksums.json', 'electron.d.ts'];

const folder = tempDirPerTest('npm-start');
const listen = listenClosingAfterEach();

/**
 * The project in a fresh folder: its sources, and node_modules whose packages are the
 * installed ones (linked) except electron, copied as npm ci leaves it, so a binary
 * downloaded on this machine is not found and nothing lands in the real node_modules.
 */
function scratchProject(): string {
  const project = join(folder(), 'project');
  for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(project, file), { recursive: true });
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, 'electron'), { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== 'electron') symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  for (const file of ELECTRON_PACKAGE_FILES) {
    cpSync(join(ROOT, 'node_modules/electron', file), join(modules, 'electron', file));
  }
  // The user's own npm settings (an electron_mirror in ~/.npmrc) stay out of the test.
  writeFileSync(join(folder(), 'npmrc'), '');
  return project;
}

interface Launch {
  argv: string[];
  cwd: string;
  rendererUrl: string | null;
}

/** An Electron folder whose binary is a script writing how it was started to `record`. */
function stubElectron(record: string): string {
  const dist = join(folder(), 'electron-dist');
  const binary = join(dist, executableInDist(process.platform));
  mkdirSync(join(binary, '..'), { recursive: true });
  writeFileSync(
    binary,
    [
      `#!${process.execPath}`,
      `const launch = { argv: process.argv.slice(2), cwd: process.cwd(), rendererUrl: process.env.ELECTRON_RENDERER_URL ?? null };`,
      `require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(launch));`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return dist;
}

interface NpmRun {
  code: number | null;
  output: string;
}

/** `npm <args>` in `cwd` with the variables a user might have set for Electron removed, then `env`. */
function npm(args: string[], cwd: string, env: Record<string, string>): Promise<NpmRun> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !/^(ELECTRON_|electron_config_|npm_)/i.test(entry[0]),
    ),
  );
  const child = spawn('npm', args, {
    cwd,
    env: { ...base, npm_config_userconfig: join(folder(), 'npmrc'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

function launchOf(record: string): Launch {
  return JSON.parse(readFileSync(record, 'utf8')) as Launch;
}

/** A line of a JavaScript stack trace: "    at fn (file:line:column)". */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

test.skipIf(process.platform === 'win32')(
  'npm start builds the app and starts the Electron named by ELECTRON_OVERRIDE_DIST_PATH on it',
  { timeout: 120_000 },
  async () => {
    const project = scratchProject();
    const record = join(folder(), 'launch.json');
    const dist = stubElectron(record);

    const run = await npm(['start'], project, { ELECTRON_OVERRIDE_DIST_PATH: dist });

    expect(run.code, run.output).toBe(0);
    // electron-vite starts Electron on the project folder, whose package.json names the built main.
    expect(launchOf(record)).toEqual({ argv: ['.'], cwd: project, rendererUrl: null });
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { main: string };
    for (const built of [manifest.main, 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(existsSync(join(project, built)), built).toBe(true);
    }
  },
);

test.skipIf(process.platform === 'win32')(
  'npm start and npm run dev start the executable named by ELECTRON_EXEC_PATH; dev hands it the dev server',
  { timeout: 120_000 },
  async () => {
    const project = scratchProject();
    const record = join(folder(), 'launch.json');
    const executable = join(stubElectron(record), executableInDist(process.platform));

    const start = await npm(['start'], project, { ELECTRON_EXEC_PATH: executable });
    expect(start.code, start.output).toBe(0);
    expect(launchOf(record)).toEqual({ argv: ['.'], cwd: project, rendererUrl: null });

    const dev = await npm(['run', 'dev'], project, { ELECTRON_EXEC_PATH: executable });
    expect(dev.code, dev.output).toBe(0);
    const launch = launchOf(record);
    expect(launch.argv).toEqual(['.']);
    expect(launch.rendererUrl).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/);
  },
);

test(
  'without a binary and offline, npm start says what to do in one message and no stack trace',
  { timeout: 60_000 },
  async () => {
    const project = scratchProject();
    // The network as seen offline: Electron's download mirror drops every connection.
    let attempts = 0;
    const mirror = await listen(
      createServer((socket) => {
        attempts += 1;
        socket.destroy();
      }),
    );
    const cache = join(folder(), 'electron-cache');

    const run = await npm(['start'], project, {
      ELECTRON_MIRROR: `http://127.0.0.1:${mirror.port}/`,
      electron_config_cache: cache,
    });

    expect(run.code).not.toBe(0);
    expect(attempts).toBeGreaterThan(0); // Electron's own downloader tried, through its mirror setting
    expect(run.output).toContain('detour: cannot start the desktop app: the Electron binary could not be downloaded');
    expect(run.output).toContain('npm run web');
    expect(run.output).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(run.output).toContain('ELECTRON_EXEC_PATH');
    expect(run.output).not.toMatch(STACK_FRAME);
    expect(run.output).not.toContain('Electron uninstall');
    // It stopped before building: nothing for a binary that is not there.
    expect(existsSync(join(project, 'out'))).toBe(false);
  },
);

test(
  'a variable naming a binary that is not there is said so, and nothing is downloaded instead',
  { timeout: 60_000 },
  async () => {
    const project = scratchProject();
    const missing = join(folder(), 'no-electron-here');

    const run = await npm(['start'], project, { ELECTRON_OVERRIDE_DIST_PATH: missing });

    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      `ELECTRON_OVERRIDE_DIST_PATH names ${join(missing, executableInDist(process.platform))}, which does not exist`,
    );
    expect(run.output).toContain('npm run web');
    expect(run.output).not.toMatch(STACK_FRAME);
    expect(run.output).not.toContain('downloading');
  },
);
