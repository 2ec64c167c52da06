import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executable } from '../servers/debian-proxies.ts';
import { isExitingOnSignal, tearDownOnExit } from './lab-exit.ts';
import { caFileIn, createLabPki } from './lab-pki.ts';
import { labProcesses } from './lab-processes.ts';
import type { Lab } from './lab-types.ts';
import {
  createTopology,
  creatorPid,
  IP,
  labIdOf,
  listLabNamespaces,
  NAMESPACE_PREFIX,
  namespaceNames,
  newLabId,
  removeNamespace,
  removeNamespaceNow,
} from './netns.ts';
import { startWorld } from './world.ts';

/**
 * The censorship lab: a client, a router and a world in three network namespaces,
 * the world's sites and services running (see inventory.ts, lab-types.ts). The
 * router forwards everything: censoring is for censor.ts to add.
 */

/** Programs the lab runs, and the Debian package of each. */
const REQUIRED_PROGRAMS: Readonly<Record<string, string>> = {
  ip: 'iproute2',
  openssl: 'openssl',
  nginx: 'nginx-light',
  dnsmasq: 'dnsmasq-base',
  microsocks: 'microsocks',
  danted: 'dante-server',
  tinyproxy: 'tinyproxy',
  // "Your tools": a WireGuard server and a Tor bridge relay in the world, tor as the client.
  'wireguard-go': 'wireguard-go',
  wg: 'wireguard-tools',
  tor: 'tor',
  obfs4proxy: 'obfs4proxy',
};

/** The lab's temporary folder: named by its id, so that removeStaleLabs finds it. */
const FOLDER_PREFIX = 'detour-lab-';

/** Whether this machine can run the lab, and if not, why: the reason to print when skipping. */
export function labSupport(): { ok: true } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'the censorship lab needs Linux network namespaces' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'the censorship lab must run as root (namespaces, veths)' };
  const missing = Object.keys(REQUIRED_PROGRAMS).filter((name) => executable(name) === undefined);
  if (missing.length > 0) {
    const packages = missing.map((name) => REQUIRED_PROGRAMS[name]).join(' ');
    return { ok: false, reason: `the censorship lab needs ${missing.join(', ')}: apt-get install ${packages}` };
  }
  // Root in a container may still lack the right to create one; only trying tells.
  const probe = `${NAMESPACE_PREFIX}${newLabId()}-s`;
  try {
    execFileSync(IP, ['netns', 'add', probe], { stdio: 'pipe' });
    execFileSync(IP, ['netns', 'delete', probe], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { ok: false, reason: `cannot create a network namespace: ${stderr ?? String(error)}` };
  }
  return { ok: true };
}

/**
 * Builds and starts a lab. Whatever ends the process, the lab is torn down (see
 * lab-exit.ts); if the start fails, it is torn down before the error is thrown.
 */
export async function startLab(): Promise<Lab> {
  await removeStaleLabs();
  const id = newLabId();
  const namespaces = namespaceNames(id);
  const folder = join(tmpdir(), `${FOLDER_PREFIX}${id}`);
  const pkiFolder = join(folder, 'pki');
  const processes = labProcesses(IP);
  let stopping: Promise<void> | undefined;
  const lab: Lab = {
    id,
    namespaces,
    folder,
    caFile: caFileIn(pkiFolder),
    spawnIn: (node, command, args, options) => processes.spawnIn(namespaces[node], command, args, options),
    execIn: (node, command, args, options) => processes.execIn(namespaces[node], command, args, options),
    stop: () => (stopping ??= tearDown()),
  };
  const forget = tearDownOnExit({
    stop: () => lab.stop(),
    stopNow: () => {
      for (const namespace of Object.values(namespaces)) removeNamespaceNow(namespace);
      rmSync(folder, { recursive: true, force: true });
    },
  });
  const setUp = async (): Promise<void> => {
    // One step after the other: a step failing must not leave another still writing files.
    await mkdir(folder, { mode: 0o700 });
    await createTopology(id, namespaces, processes.host);
    await startWorld(lab, await createLabPki(pkiFolder, processes.host));
  };
  const settingUp = setUp();

  async function tearDown(): Promise<void> {
    // First nothing new may start and what runs is killed, then what exists is deleted.
    await processes.close();
    // A setup cut short fails at its next command; until then it may still write files
    // (here and in /etc/netns), which must not come back after their removal.
    await settingUp.catch(() => undefined);
    await Promise.all(Object.values(namespaces).map(removeNamespace));
    await rm(folder, { recursive: true, force: true });
    forget();
  }

  try {
    await settingUp;
  } catch (error) {
    await lab.stop();
    // The process exits once every lab is down: an error now would only race that exit.
    if (isExitingOnSignal()) await new Promise<never>(() => undefined);
    throw error;
  }
  return lab;
}

/**
 * Deletes what labs left behind when their process died without tearing them down
 * (SIGKILL, a crash): namespaces, /etc/netns folders and temporary folders whose
 * creating process is gone. Returns the namespaces removed.
 */
export async function removeStaleLabs(): Promise<string[]> {
  const isStale = (id: string | undefined): boolean => id !== undefined && !isAlive(creatorPid(id));
  const namespaces = (await listLabNamespaces()).filter((namespace) => isStale(labIdOf(namespace)));
  await Promise.all(namespaces.map(removeNamespace));
  const folders = (await readdir(tmpdir())).filter(
    (name) => name.startsWith(FOLDER_PREFIX) && isStale(name.slice(FOLDER_PREFIX.length)),
  );
  await Promise.all(folders.map((name) => rm(join(tmpdir(), name), { recursive: true, force: true })));
  return namespaces;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
