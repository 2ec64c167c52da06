import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { dantedConfig, executable, microsocksArgs, tinyproxyConfig } from '../servers/debian-proxies.ts';
import { LINKS, NOWHERE, SERVICES, SITES } from './inventory.ts';
import type { LabPki } from './lab-pki.ts';
import type { Lab } from './lab-types.ts';
import { writeNginxFiles } from './nginx-config.ts';
import { worldHostRecords } from './world-addresses.ts';
import type { ReadinessCheck } from './world-ready.ts';

/**
 * The lab world's daemons: nginx (sites and sinkhole), dnsmasq (the honest resolver),
 * DoH, STUN, and the three Debian proxies. All are started at once, then the world is
 * ready when the client reaches every one of them through the router; a daemon that
 * exits first fails the start with its log.
 */

interface WorldDaemon {
  name: string;
  command: string;
  args: string[];
  /** What answers once it serves. */
  ready: ReadinessCheck[];
}

type StartedDaemon = WorldDaemon & { child: ChildProcess; log: string };

const SCRIPTS = import.meta.dirname;
/** Every daemon answers within this once started; they take tens of milliseconds. */
const READY_WITHIN_MS = 10_000;

/** The world's daemons get only PATH: no NODE_OPTIONS or http_proxy of the test process leaks into them. */
const CLEAN_ENV = { PATH: process.env['PATH'] ?? '/usr/sbin:/usr/bin:/sbin:/bin' };

function program(name: string): string {
  const path = executable(name);
  if (path === undefined) throw new Error(`${name} is not installed`);
  return path;
}

async function worldDaemons(folder: string, pki: LabPki): Promise<WorldDaemon[]> {
  const tcp = (address: string, port: number): ReadinessCheck => ({ kind: 'tcp', address, port });
  const { resolver, doh, stun, microsocks, dante, tinyproxy, sinkhole, sinkholeHttpOnly } = SERVICES;
  // The home network, and the world itself: a proxy chained behind another, and for
  // dante the sources of the UDP replies it relays.
  const proxyClients = [LINKS.clientNet, LINKS.worldPublicNet];
  const config = async (name: string, lines: string[]): Promise<string> => {
    const file = join(folder, `${name}.conf`);
    await writeFile(file, `${lines.join('\n')}\n`);
    return file;
  };
  return [
    {
      name: 'nginx',
      command: program('nginx'),
      args: await writeNginxFiles(join(folder, 'nginx'), pki),
      ready: [
        ...[...SITES.map((site) => site.address), sinkhole].flatMap((address) => [tcp(address, 80), tcp(address, 443)]),
        tcp(sinkholeHttpOnly, 80),
      ],
    },
    {
      name: 'dnsmasq',
      command: program('dnsmasq'),
      args: [
        '--keep-in-foreground',
        '--log-facility=-',
        `--pid-file=${join(folder, 'dnsmasq.pid')}`,
        '--no-resolv',
        '--no-hosts',
        '--bind-interfaces',
        `--listen-address=${resolver}`,
        // host-record names are exact (no subdomains) and answer AAAA with NOERROR and no data;
        // --local=/#/ answers every other name NXDOMAIN from here, forwarding nothing.
        ...worldHostRecords().map(({ name, address }) => `--host-record=${name},${address}`),
        // dnsmasq answers a --cname itself, without following it; the target exists with
        // a TXT record only, so that it too is NOERROR without an address, not NXDOMAIN.
        `--cname=${NOWHERE.cname},${NOWHERE.cnameTarget}`,
        `--txt-record=${NOWHERE.cnameTarget},no address here`,
        '--local=/#/',
      ],
      ready: [{ kind: 'dns', address: resolver, name: 'control.lab' }, tcp(resolver, 53)],
    },
    {
      name: 'doh',
      command: process.execPath,
      args: [join(SCRIPTS, 'world-doh.ts'), doh.address, resolver, pki.lab.certFile, pki.lab.keyFile],
      ready: [tcp(doh.address, 443)],
    },
    {
      name: 'stun',
      command: process.execPath,
      args: [join(SCRIPTS, 'world-stun.ts'), stun.address, String(stun.port)],
      ready: [{ kind: 'stun', ...stun }],
    },
    {
      name: 'microsocks',
      command: program('microsocks'),
      // Out from its own address, as dante and tinyproxy (Bind) do: a connection to a site
      // on the world's lo would otherwise come from the site's own address, and no rule
      // could single out one proxy (upstream-block).
      args: [...microsocksArgs(microsocks), '-b', microsocks.address],
      ready: [tcp(microsocks.address, microsocks.port)],
    },
    {
      name: 'danted',
      command: program('danted'),
      args: [
        '-f',
        await config('danted', dantedConfig(dante, { external: dante.address, clients: proxyClients })),
        '-p',
        join(folder, 'danted.pid'),
      ],
      ready: [tcp(dante.address, dante.port)],
    },
    {
      name: 'tinyproxy',
      command: program('tinyproxy'),
      args: [
        '-d',
        '-c',
        await config('tinyproxy', [
          ...tinyproxyConfig(tinyproxy, { allow: proxyClients, pidFile: join(folder, 'tinyproxy.pid') }),
          `Bind ${tinyproxy.address}`,
        ]),
      ],
      ready: [tcp(tinyproxy.address, tinyproxy.port)],
    },
  ];
}

/** Starts every daemon of the world in its namespace and waits until the client reaches them all. */
export async function startWorld(lab: Lab, pki: LabPki): Promise<void> {
  const folder = join(lab.folder, 'world');
  const logs = join(folder, 'logs');
  await mkdir(logs, { recursive: true });
  const daemons = await worldDaemons(folder, pki);
  const started = daemons.map((daemon) => {
    const log = join(logs, `${daemon.name}.log`);
    // Straight to a file: nothing to drain, and the log outlives a failed start for the error message.
    const fd = openSync(log, 'a');
    try {
      const child = lab.spawnIn('world', daemon.command, daemon.args, { stdio: ['ignore', fd, fd], env: CLEAN_ENV });
      return { ...daemon, child, log };
    } finally {
      closeSync(fd);
    }
  });
  const stopListening: (() => void)[] = [];
  const exitedEarly = new Promise<never>((_, reject) => {
    for (const daemon of started) {
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        void daemonError(daemon, `exited (${signal ?? `code ${String(code)}`}) before it was ready`).then(reject);
      };
      daemon.child.once('exit', onExit);
      stopListening.push(() => daemon.child.off('exit', onExit));
    }
  });
  try {
    await Promise.race([untilReachable(lab, started), exitedEarly]);
  } finally {
    for (const stop of stopListening) stop();
  }
}

async function untilReachable(lab: Lab, daemons: readonly StartedDaemon[]): Promise<void> {
  const checks = JSON.stringify(daemons.flatMap((daemon) => daemon.ready));
  const script = [join(SCRIPTS, 'world-ready.ts'), String(READY_WITHIN_MS), checks];
  // The script reports by itself at its deadline; killing it is for a script that hangs.
  const timeoutMs = READY_WITHIN_MS + 5000;
  const result = await lab.execIn('client', process.execPath, script, { env: CLEAN_ENV, timeoutMs });
  if (result.code === 0) return;
  const failing = result.stdout.trim();
  const unready = daemons.filter((daemon) => daemon.ready.some((check) => failing.includes(JSON.stringify(check))));
  const reasons = await Promise.all(unready.map((daemon) => daemonError(daemon, 'is not reachable from the client')));
  throw new Error(
    [`the lab's world is not ready: ${failing || result.stderr.trim()}`, ...reasons.map((e) => e.message)].join('\n'),
  );
}

/** An error naming the daemon, with the end of its log. */
async function daemonError(daemon: StartedDaemon, what: string): Promise<Error> {
  const log = await readFile(daemon.log, 'utf8').catch(() => '');
  return new Error(`${daemon.name} ${what}:\n${log.slice(-2000)}`);
}
