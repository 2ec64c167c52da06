import { execFile, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A userspace WireGuard server (Debian's wireguard-go, configured with wg from
 * wireguard-tools), the real implementation our handshake must interoperate with. It
 * needs a TUN device, so it runs inside a network namespace (the censorship lab's
 * world, or a namespace of its own); its control socket lives in /var/run/wireguard,
 * shared by every namespace, so each server's interface name must be unique.
 */

export interface WireguardKeyPair {
  /** Base64, as `wg genkey` prints it. */
  privateKey: string;
  publicKey: string;
}

export interface WireguardPeer {
  publicKey: string;
  presharedKey?: string;
  /** `ip:port` the device sends to: only for a device that initiates. */
  endpoint?: string;
  persistentKeepalive?: number;
  allowedIp: string;
}

export interface WireguardDevice {
  /** At most 15 characters, unique on the machine (see above). */
  interfaceName: string;
  privateKey: string;
  /** 0: any free port. */
  listenPort: number;
  peers: readonly WireguardPeer[];
}

/** Where a namespace's processes are started: the lab's world, or this process itself. */
export interface ProcessRunner {
  spawn(command: string, args: readonly string[], options: SpawnOptions): ChildProcess;
  exec(command: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export interface RunningWireguard {
  /** Stops wireguard-go and waits for it to exit (the interface goes with it). */
  stop(): Promise<void>;
}

const run = promisify(execFile);

/** A key pair made by wireguard-tools itself: `wg genkey`, then `wg pubkey`. */
export async function wgKeyPair(): Promise<WireguardKeyPair> {
  const privateKey = (await run('wg', ['genkey'])).stdout.trim();
  return { privateKey, publicKey: await wgPublicKey(privateKey) };
}

export async function wgPublicKey(privateKey: string): Promise<string> {
  const child = execFile('wg', ['pubkey']);
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stdin?.end(`${privateKey}\n`);
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`wg pubkey failed with ${String(code)}`);
  return out.trim();
}

export async function wgPresharedKey(): Promise<string> {
  return (await run('wg', ['genpsk'])).stdout.trim();
}

/** The device in wg(8)'s `setconf` format. */
export function wgConfig(device: WireguardDevice): string {
  const peers = device.peers.flatMap((peer) => [
    '',
    '[Peer]',
    `PublicKey = ${peer.publicKey}`,
    ...(peer.presharedKey === undefined ? [] : [`PresharedKey = ${peer.presharedKey}`]),
    ...(peer.endpoint === undefined ? [] : [`Endpoint = ${peer.endpoint}`]),
    ...(peer.persistentKeepalive === undefined ? [] : [`PersistentKeepalive = ${peer.persistentKeepalive}`]),
    `AllowedIPs = ${peer.allowedIp}`,
  ]);
  const listen = device.listenPort === 0 ? [] : [`ListenPort = ${device.listenPort}`];
  return [`[Interface]`, `PrivateKey = ${device.privateKey}`, ...listen, ...peers, ''].join('\n');
}

/** wireguard-go prints this (at LOG_LEVEL=verbose) once wg can configure it. */
const READY_LINE = 'UAPI listener started';
const READY_WITHIN_MS = 10_000;

/**
 * Starts wireguard-go in the foreground, waits until it takes configuration, applies
 * `device` (its configuration file written to `folder`, readable by root alone) and
 * brings the interface up.
 */
export async function startWireguardGo(
  runner: ProcessRunner,
  device: WireguardDevice,
  folder: string,
): Promise<RunningWireguard> {
  const child = runner.spawn('wireguard-go', [device.interfaceName], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '/usr/sbin:/usr/bin:/sbin:/bin',
      LOG_LEVEL: 'verbose',
      WG_PROCESS_FOREGROUND: '1',
    },
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await untilReady(child);
    const file = join(folder, `${device.interfaceName}.conf`);
    await writeFile(file, wgConfig(device), { mode: 0o600 });
    await mustSucceed(runner, 'wg', ['setconf', device.interfaceName, file]);
    await mustSucceed(runner, 'ip', ['link', 'set', device.interfaceName, 'up']);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

async function mustSucceed(runner: ProcessRunner, command: string, args: readonly string[]): Promise<void> {
  const result = await runner.exec(command, args);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.trim()}`);
}

function untilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => fail(`not ready within ${READY_WITHIN_MS} ms`), READY_WITHIN_MS);
    const onData = (chunk: Buffer): void => {
      log = (log + chunk.toString()).slice(-4000);
      if (!log.includes(READY_LINE)) return;
      cleanup();
      resolve();
    };
    const onExit = (): void => fail('exited before it was ready');
    const fail = (why: string): void => {
      cleanup();
      reject(new Error(`wireguard-go ${why}:\n${log}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Drained from now on, so a chatty wireguard-go never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}
