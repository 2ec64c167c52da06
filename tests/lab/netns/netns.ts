import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { executable } from '../servers/debian-proxies.ts';
import { LINKS, SERVICES } from './inventory.ts';
import type { HostCommand } from './lab-processes.ts';
import type { LabNode } from './lab-types.ts';
import { worldAddresses } from './world-addresses.ts';

/**
 * The lab's network namespaces: their names, the three-node topology, and their
 * removal, also of labs whose process died without cleaning up.
 *
 *   client ── dc<id> ═ drc<id> ── router ── drw<id> ═ dw<id> ── world (services on lo)
 */

/** Every lab namespace starts with this; nothing else may. */
export const NAMESPACE_PREFIX = 'dtr-';
/** Where `ip netns exec` finds the files it bind-mounts over /etc inside a namespace. */
const NETNS_ETC = '/etc/netns';

const NODE_LETTER: Readonly<Record<LabNode, string>> = { client: 'c', router: 'r', world: 'w' };

/** The `ip` command: an absolute path, since /sbin may be missing from PATH. */
export const IP = executable('ip') ?? 'ip';

/**
 * A new run's id: its process id in base 36, so that a lab left behind can be told
 * from a live one, then 4 random hex digits. At most 9 characters (pids stay under
 * 2^22), so the longest interface name, drc<id>, fits Linux's 15.
 */
export function newLabId(): string {
  return `${process.pid.toString(36)}${randomBytes(2).toString('hex')}`;
}

/** The lab id in a namespace's name, or undefined for a namespace that is no lab's. */
export function labIdOf(namespace: string): string | undefined {
  return /^dtr-([0-9a-z]{5,})-[a-z]$/.exec(namespace)?.[1];
}

/** The process that created the lab (see newLabId). */
export function creatorPid(id: string): number {
  return Number.parseInt(id.slice(0, -4), 36);
}

export function namespaceNames(id: string): Readonly<Record<LabNode, string>> {
  const name = (node: LabNode): string => `${NAMESPACE_PREFIX}${id}-${NODE_LETTER[node]}`;
  return { client: name('client'), router: name('router'), world: name('world') };
}

/**
 * Creates the namespaces, their links, addresses and routes. The veth ends are
 * created directly inside their namespaces, so no interface ever appears on the host.
 * The router forwards without NAT: the world sees the client's own address.
 */
export async function createTopology(
  id: string,
  namespaces: Readonly<Record<LabNode, string>>,
  run: HostCommand,
): Promise<void> {
  const { client, router, world } = namespaces;
  // One after the other: the first `ip netns add` on a machine sets up /run/netns.
  for (const namespace of [client, router, world]) await run(IP, ['netns', 'add', namespace]);
  await writeEtcFiles(namespaces);
  const link = { client: `dc${id}`, routerClient: `drc${id}`, routerWorld: `drw${id}`, world: `dw${id}` };
  const veth = (end: string, namespace: string, peer: string, peerNamespace: string): Promise<string> =>
    run(IP, ['link', 'add', end, 'netns', namespace, 'type', 'veth', 'peer', peer, 'netns', peerNamespace]);
  await veth(link.client, client, link.routerClient, router);
  await veth(link.routerWorld, router, link.world, world);
  const configure = (namespace: string, commands: string[]): Promise<string> =>
    run(IP, ['-n', namespace, '-batch', '-'], commands.join('\n'));
  await Promise.all([
    configure(client, [
      ...up('lo'),
      ...up(link.client, `${LINKS.client}/24`),
      `route add default via ${LINKS.routerClientSide}`,
    ]),
    configure(router, [
      ...up('lo'),
      ...up(link.routerClient, `${LINKS.routerClientSide}/24`),
      ...up(link.routerWorld, `${LINKS.routerWorldSide}/24`),
      `route add ${LINKS.worldPublicNet} via ${LINKS.worldLink}`,
    ]),
    // On lo, the addresses need no extra kernel module and are answered from whichever link a packet comes in.
    configure(world, [
      ...up('lo'),
      ...worldAddresses().map((address) => `address add ${address}/32 dev lo`),
      ...up(link.world, `${LINKS.worldLink}/24`),
      `route add default via ${LINKS.routerWorldSide}`,
    ]),
    // Written to /proc from inside the router: procps (sysctl) is not in a minimal Debian.
    run(IP, ['netns', 'exec', router, 'sh', '-c', 'echo 1 > /proc/sys/net/ipv4/ip_forward']),
  ]);
}

/** `ip -batch` lines that bring an interface up, with an address. */
function up(device: string, address?: string): string[] {
  return [...(address === undefined ? [] : [`address add ${address} dev ${device}`]), `link set ${device} up`];
}

/**
 * The files `ip netns exec` mounts over /etc/resolv.conf and /etc/hosts: the client
 * asks the router (where the censor answers), the others the honest resolver (a proxy
 * resolves the names its clients give), and no host names leak in from the host.
 */
async function writeEtcFiles(namespaces: Readonly<Record<LabNode, string>>): Promise<void> {
  const hosts = '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n';
  const resolver: Record<LabNode, string> = {
    client: LINKS.routerClientSide,
    router: SERVICES.resolver,
    world: SERVICES.resolver,
  };
  for (const [node, namespace] of Object.entries(namespaces) as [LabNode, string][]) {
    const folder = join(NETNS_ETC, namespace);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'resolv.conf'), `nameserver ${resolver[node]}\n`);
    await writeFile(join(folder, 'hosts'), hosts);
  }
}

const execFileAsync = promisify(execFile);

async function runIp(args: readonly string[]): Promise<string> {
  return (await execFileAsync(IP, args, { encoding: 'utf8' })).stdout;
}

/** Lab namespaces, and /etc/netns folders of lab namespaces that may be gone already. */
export async function listLabNamespaces(): Promise<string[]> {
  const listed = (await runIp(['netns', 'list'])).split('\n').map((line) => line.split(' ')[0] ?? '');
  const etcFolders = await readdir(NETNS_ETC).catch(() => []);
  return [...new Set([...listed, ...etcFolders])].filter((name) => labIdOf(name) !== undefined);
}

async function pidsIn(namespace: string): Promise<number[]> {
  try {
    return (await runIp(['netns', 'pids', namespace])).split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // no such namespace
  }
}

const TERMINATE_WITHIN_MS = 2000;
const TERMINATE_POLL_MS = 20;

/**
 * Kills every process left in the namespace (SIGTERM, then SIGKILL after a grace
 * period: daemons fork, so not all of them are our children), deletes it, and with it
 * its veth ends, then its /etc/netns folder.
 */
export async function removeNamespace(namespace: string): Promise<void> {
  for (const pid of await pidsIn(namespace)) sendSignal(pid, 'SIGTERM');
  const deadline = performance.now() + TERMINATE_WITHIN_MS;
  for (let left = await pidsIn(namespace); left.length > 0; left = await pidsIn(namespace)) {
    if (performance.now() > deadline) for (const pid of left) sendSignal(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, TERMINATE_POLL_MS));
  }
  await runIp(['netns', 'delete', namespace]).catch(() => undefined);
  await rm(join(NETNS_ETC, namespace), { recursive: true, force: true });
}

/** removeNamespace for process exit, when nothing can be awaited: no grace period. */
export function removeNamespaceNow(namespace: string): void {
  const ip = (args: string[]): string => {
    try {
      return execFileSync(IP, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return '';
    }
  };
  for (const pid of ip(['netns', 'pids', namespace]).split('\n').filter(Boolean)) sendSignal(Number(pid), 'SIGKILL');
  ip(['netns', 'delete', namespace]);
  rmSync(join(NETNS_ETC, namespace), { recursive: true, force: true });
}

function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Exited in the meantime.
  }
}
