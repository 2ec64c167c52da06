import { execFile } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';

/**
 * Finding Tor on this machine: a `tor` the user names (a program, or a Tor Browser
 * folder), a system `tor` on PATH, or the one inside a Tor Browser installation, in
 * the folders where people unpack or install it. Tor Browser keeps `tor` and its
 * pluggable transport (`lyrebird`, formerly `obfs4proxy`) in Browser/TorBrowser/Tor/
 * on Linux and Windows, and in Contents/MacOS/Tor/ on macOS.
 */

export interface TorInstall {
  tor: string;
  /** lyrebird or obfs4proxy, for obfs4 bridges; absent when none was found. */
  transportPlugin?: string;
  source: 'path' | 'tor-browser' | 'setting';
  /** Tor Browser's tor on Linux loads its own libraries from its folder (as start-tor-browser sets it). */
  libraryPath?: string;
}

export interface FindTorOptions {
  /** `--tor` or the app's setting: a tor program, or a Tor Browser folder. */
  setting?: string;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  home?: string;
  /** Whether a file exists and may be run; a test hands in its own world. */
  isProgram?: (path: string) => boolean;
  /** The entries of a folder, [] when there is none. */
  list?: (folder: string) => string[];
}

const TRANSPORT_NAMES = ['lyrebird', 'obfs4proxy'];

/** Where tor and its transports sit inside a Tor Browser folder, per platform. */
function layouts(platform: NodeJS.Platform): { torFolder: string; tor: string[] }[] {
  if (platform === 'darwin') return [{ torFolder: join('Contents', 'MacOS', 'Tor'), tor: ['tor', 'tor.real'] }];
  const torFolder = join('Browser', 'TorBrowser', 'Tor');
  return [
    { torFolder, tor: [platform === 'win32' ? 'tor.exe' : 'tor'] },
    // A folder that is already Browser/ (some people point at it).
    { torFolder: join('TorBrowser', 'Tor'), tor: [platform === 'win32' ? 'tor.exe' : 'tor'] },
  ];
}

/** The folders Tor Browser is usually in: the installer's defaults, and where people unpack it. */
export function torBrowserFolders(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home: string,
  list: (folder: string) => string[],
): string[] {
  const matching = (folder: string, prefix: string): string[] =>
    list(folder)
      .filter((name) => name.toLowerCase().startsWith(prefix))
      .map((name) => join(folder, name));
  if (platform === 'darwin') {
    return ['/Applications', join(home, 'Applications')].flatMap((folder) => matching(folder, 'tor browser'));
  }
  if (platform === 'win32') {
    const roots = [
      join(home, 'Desktop'),
      join(home, 'OneDrive', 'Desktop'),
      join(home, 'Downloads'),
      env['ProgramFiles'],
      env['ProgramFiles(x86)'],
      env['LOCALAPPDATA'],
    ].filter((folder): folder is string => folder !== undefined);
    return roots.flatMap((folder) => matching(folder, 'tor browser'));
  }
  const launcher = join(home, '.local', 'share', 'torbrowser', 'tbb');
  const flatpak = join(home, '.var', 'app', 'org.torproject.torbrowser-launcher', 'data', 'torbrowser', 'tbb');
  return [
    ...[home, join(home, 'Desktop'), join(home, 'Downloads'), '/opt'].flatMap((folder) =>
      matching(folder, 'tor-browser'),
    ),
    // torbrowser-launcher keeps one per architecture: tbb/x86_64/tor-browser.
    ...[launcher, flatpak].flatMap((folder) =>
      list(folder).flatMap((arch) => matching(join(folder, arch), 'tor-browser')),
    ),
  ];
}

/** The tor and transport inside one Tor Browser folder, if it holds them. */
function inTorBrowser(
  folder: string,
  platform: NodeJS.Platform,
  isProgram: (path: string) => boolean,
): { tor: string; plugin?: string } | null {
  for (const layout of layouts(platform)) {
    const torFolder = join(folder, layout.torFolder);
    const tor = layout.tor.map((name) => join(torFolder, name)).find(isProgram);
    if (tor === undefined) continue;
    const plugin = programIn(join(torFolder, 'PluggableTransports'), TRANSPORT_NAMES, platform, isProgram);
    return plugin === undefined ? { tor } : { tor, plugin };
  }
  return null;
}

function programIn(
  folder: string,
  names: readonly string[],
  platform: NodeJS.Platform,
  isProgram: (path: string) => boolean,
): string | undefined {
  const suffix = platform === 'win32' ? '.exe' : '';
  return names.map((name) => join(folder, `${name}${suffix}`)).find(isProgram);
}

/** PATH, and the folders where a system tor lives even when PATH leaves them out (Debian's /usr/sbin, Homebrew). */
function searchFolders(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const path = (env['PATH'] ?? env['Path'] ?? '').split(delimiter).filter(Boolean);
  const extra =
    platform === 'win32' ? [] : ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin', '/opt/homebrew/bin'];
  return [...new Set([...path, ...extra])];
}

/**
 * Finds tor and a transport plugin. The user's setting wins; then a system tor; then
 * Tor Browser's. A transport is taken from the same place as tor where there is one,
 * else from anywhere (any lyrebird works with any tor). Null: no tor anywhere.
 */
export function findTor(options: FindTorOptions = {}): TorInstall | null {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const home = options.home ?? homedir();
  const isProgram = options.isProgram ?? isExecutableFile;
  const list = options.list ?? listFolder;
  const onPath = (names: readonly string[]): string | undefined =>
    searchFolders(platform, env)
      .map((folder) => programIn(folder, names, platform, isProgram))
      .find((found) => found !== undefined);
  const browsers = torBrowserFolders(platform, env, home, list)
    .map((folder) => inTorBrowser(folder, platform, isProgram))
    .filter((found) => found !== null);
  const anyPlugin = (): string | undefined =>
    onPath(TRANSPORT_NAMES) ?? browsers.find((b) => b.plugin !== undefined)?.plugin;
  const install = (tor: string, plugin: string | undefined, source: TorInstall['source']): TorInstall => {
    const fromBrowser = source !== 'path' && platform === 'linux' && basename(dirname(tor)) === 'Tor';
    return {
      tor,
      source,
      ...(plugin === undefined ? {} : { transportPlugin: plugin }),
      ...(fromBrowser ? { libraryPath: dirname(tor) } : {}),
    };
  };

  if (options.setting !== undefined && options.setting !== '') {
    const setting = options.setting;
    if (isProgram(setting)) return install(setting, anyPlugin(), 'setting');
    const browser = inTorBrowser(setting, platform, isProgram);
    if (browser !== null) return install(browser.tor, browser.plugin ?? anyPlugin(), 'setting');
    const inFolder = programIn(setting, ['tor'], platform, isProgram);
    return inFolder === undefined
      ? null
      : install(inFolder, programIn(setting, TRANSPORT_NAMES, platform, isProgram) ?? anyPlugin(), 'setting');
  }
  const systemTor = onPath(['tor']);
  if (systemTor !== undefined) return install(systemTor, anyPlugin(), 'path');
  const browser = browsers[0];
  return browser === undefined ? null : install(browser.tor, browser.plugin ?? anyPlugin(), 'tor-browser');
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** `tor --version`'s version ("Tor version 0.4.9.11."), or null when tor does not answer in time. */
export function torVersion(install: TorInstall, signal: AbortSignal): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      install.tor,
      ['--version'],
      { env: torEnvironment(install), timeout: 10_000, signal, windowsHide: true },
      (error, stdout) => {
        if (error !== null) {
          resolve(null);
          return;
        }
        resolve(/Tor version ([0-9][0-9A-Za-z.-]*?)\.?(?:\s|$)/.exec(stdout)?.[1] ?? null);
      },
    );
  });
}

/** The environment tor runs in: this one, with Tor Browser's own libraries first where it needs them. */
export function torEnvironment(install: TorInstall): NodeJS.ProcessEnv {
  if (install.libraryPath === undefined) return process.env;
  const current = process.env['LD_LIBRARY_PATH'];
  return {
    ...process.env,
    LD_LIBRARY_PATH: current ? `${install.libraryPath}${delimiter}${current}` : install.libraryPath,
  };
}
