import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, describe } from 'vitest';
import { closedPort } from './tcp-servers.ts';

/**
 * Debian's real proxy daemons, each started on a free loopback port as a child of the
 * test process: microsocks (SOCKS5), danted from dante-server (SOCKS4 and SOCKS5) and
 * tinyproxy (HTTP CONNECT). Testing against them checks our dialers against proxies
 * people actually run, not only against our reading of the RFCs. The censorship lab
 * runs the same daemons in its world with the configuration builders below.
 */

export type Daemon = 'microsocks' | 'danted' | 'tinyproxy' | 'ss-server' | 'ss-local';

const DEBIAN_PACKAGE: Readonly<Record<Daemon, string>> = {
  microsocks: 'microsocks',
  danted: 'dante-server',
  tinyproxy: 'tinyproxy',
  'ss-server': 'shadowsocks-libev',
  'ss-local': 'shadowsocks-libev',
};

export interface ProxyCredentials {
  username: string;
  password: string;
}

export interface RunningProxy {
  port: number;
  /** Stops the daemon, waits for it to exit and removes its temporary files. */
  stop(): Promise<void>;
}

const READY_WITHIN_MS = 5000;
const READY_POLL_MS = 20;

/**
 * The daemons started and not stopped yet, from the moment they are spawned: stopped
 * after each test even when it failed or timed out while one was starting, and killed
 * if the test process exits before that.
 */
const running = new Map<ChildProcess, () => Promise<void>>();
process.once('exit', () => {
  for (const child of running.keys()) child.kill();
});

/** A program's executable, searched in PATH and the sbin folders (danted lives in /usr/sbin). */
export function executable(program: string): string | undefined {
  const folders = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/sbin'];
  return folders
    .map((folder) => join(folder, program))
    .find((path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** `describe`, or `describe.skip` with the reason printed when the daemon is not installed. */
export function describeWithDaemon(daemon: Daemon): ReturnType<typeof describe.skipIf> {
  const missing = executable(daemon) === undefined;
  if (missing) {
    console.warn(`Skipping the ${daemon} tests: install it with apt-get install ${DEBIAN_PACKAGE[daemon]}`);
  }
  return describe.skipIf(missing);
}

/**
 * For a test file: starts daemons that are all stopped after each test, so no test
 * shares a proxy with another.
 */
export function debianProxiesStoppedAfterEach(): {
  microsocks(credentials?: ProxyCredentials): Promise<RunningProxy>;
  danted(): Promise<RunningProxy>;
  tinyproxy(credentials?: ProxyCredentials): Promise<RunningProxy>;
} {
  afterEach(async () => {
    await Promise.all([...running.values()].map((stop) => stop()));
  });
  return startDebianProxy;
}

/** Starts a daemon outside a test (the benches); the caller stops it. */
export const startDebianProxy = { microsocks: startMicrosocks, danted: startDanted, tinyproxy: startTinyproxy };

function startMicrosocks(credentials?: ProxyCredentials): Promise<RunningProxy> {
  return startDaemon('microsocks', (port) => ({ args: microsocksArgs({ address: '127.0.0.1', port }, credentials) }));
}

function startDanted(): Promise<RunningProxy> {
  return startDaemon('danted', (port, folder) => ({
    config: dantedConfig({ address: '127.0.0.1', port }, { external: 'lo', clients: ['127.0.0.0/8'] }),
    args: ['-f', join(folder, 'danted.conf'), '-p', join(folder, 'danted.pid')],
  }));
}

function startTinyproxy(credentials?: ProxyCredentials): Promise<RunningProxy> {
  return startDaemon('tinyproxy', (port, folder) => ({
    config: tinyproxyConfig({ address: '127.0.0.1', port }, { allow: ['127.0.0.1'], credentials }),
    args: ['-d', '-c', join(folder, 'tinyproxy.conf')],
  }));
}

/** Where a daemon listens. */
export interface ListenAddress {
  address: string;
  port: number;
}

export function microsocksArgs(listen: ListenAddress, credentials?: ProxyCredentials): string[] {
  const auth = credentials === undefined ? [] : ['-u', credentials.username, '-P', credentials.password];
  return ['-i', listen.address, '-p', String(listen.port), ...auth];
}

/**
 * danted's configuration: SOCKS4 and SOCKS5 without authentication for `clients`
 * (networks), to anywhere, connecting out from `external` (an interface or address).
 * The same networks are allowed as sources of UDP replies, which Dante matches with
 * the remote host as `from`.
 */
export function dantedConfig(
  listen: ListenAddress,
  options: { external: string; clients: readonly string[] },
): string[] {
  // Dante switches between these users for privileged operations; as another user it stays itself.
  const users = process.getuid?.() === 0 ? ['user.privileged: root', 'user.unprivileged: nobody'] : [];
  return [
    'logoutput: stderr',
    `internal: ${listen.address} port = ${listen.port}`,
    `external: ${options.external}`,
    'socksmethod: none',
    'clientmethod: none',
    ...users,
    ...options.clients.map((network) => `client pass { from: ${network} to: 0.0.0.0/0 }`),
    ...options.clients.map((network) => `socks pass { from: ${network} to: 0.0.0.0/0 }`),
  ];
}

/**
 * tinyproxy's configuration for clients from `allow`, with no ConnectPort line, which
 * lets CONNECT reach every port (tinyproxy.conf(5)).
 */
export function tinyproxyConfig(
  listen: ListenAddress,
  options: { allow: readonly string[]; credentials?: ProxyCredentials | undefined; pidFile?: string },
): string[] {
  const { credentials, pidFile } = options;
  return [
    `Port ${listen.port}`,
    `Listen ${listen.address}`,
    ...options.allow.map((network) => `Allow ${network}`),
    'LogLevel Error',
    ...(pidFile === undefined ? [] : [`PidFile "${pidFile}"`]),
    ...(credentials === undefined ? [] : [`BasicAuth ${credentials.username} ${credentials.password}`]),
  ];
}

/** A daemon's arguments, and the lines of its configuration file (`<daemon>.conf`) when it reads one. */
interface Invocation {
  args: string[];
  config?: string[];
}

/** Starts `daemon` on a free loopback port (its readiness: a TCP connection there); stopped after each test when started inside one. */
export async function startDaemon(
  daemon: Daemon,
  invocation: (port: number, folder: string) => Invocation,
): Promise<RunningProxy> {
  const path = executable(daemon);
  if (path === undefined) throw new Error(`${daemon} is not installed`);
  const folder = await mkdtemp(join(tmpdir(), `detour-${daemon}-`));
  const port = await closedPort();
  const { args, config } = invocation(port, folder);
  if (config !== undefined) await writeFile(join(folder, `${daemon}.conf`), `${config.join('\n')}\n`);
  const child = spawn(path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let gone = false;
  // 'error' without 'exit' when it could not be spawned at all.
  const exited = new Promise<void>((resolve) => {
    const onGone = (): void => {
      gone = true;
      resolve();
    };
    child.once('exit', onGone);
    child.once('error', onGone);
  });
  // Kept for the error message when the daemon does not come up; the pipes must be drained anyway.
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async (): Promise<void> => {
    running.delete(child);
    if (!gone) child.kill();
    await exited;
    await rm(folder, { recursive: true, force: true });
  };
  running.set(child, stop);
  try {
    await acceptingConnections(port, () => gone);
  } catch (error) {
    await stop();
    throw new Error(`${daemon} did not start: ${String(error)}\n${output}`);
  }
  return { port, stop };
}

/** Polls the port until the daemon accepts a connection, failing if it exits or takes too long. */
async function acceptingConnections(port: number, exited: () => boolean): Promise<void> {
  const deadline = performance.now() + READY_WITHIN_MS;
  for (;;) {
    if (exited()) throw new Error('it exited');
    if (await connects(port)) return;
    if (performance.now() > deadline) throw new Error(`nothing accepts on port ${port} after ${READY_WITHIN_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
