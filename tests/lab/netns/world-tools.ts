import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { sip002Key, ssServerConfig } from '../servers/shadowsocks-daemons.ts';
import { startWireguardGo, wgKeyPair, wgPresharedKey, type ProcessRunner } from '../servers/wireguard-server.ts';
import { SERVICES } from './inventory.ts';
import type { Lab } from './lab-types.ts';
import type { Scenario } from './scenario.ts';
import type { ReadinessCheck } from './world-ready.ts';

/**
 * The servers behind "Your tools", started in the world only for a scenario that checks
 * tools: wireguard-go (two devices, on SERVICES.wireguard's two ports), a Tor bridge
 * relay (plain Tor and obfs4) and Shadowsocks servers for Outline keys. Returns the `detour diagnose` arguments that hand the
 * scenario's configurations and bridge lines to the client: the configuration files it
 * writes, and bridge lines completed with the relay's fingerprint and obfs4 cert.
 * The lab's stop() ends them with everything else in the world.
 */
export async function startWorldTools(lab: Lab, scenario: Scenario): Promise<string[]> {
  const wireguard = scenario.wireguard.length === 0 ? [] : await startWireguard(lab, scenario);
  const bridges = scenario.bridges.length === 0 ? [] : await startBridgeRelay(lab, scenario);
  const keys = scenario.keys.length === 0 ? [] : await startShadowsocks(lab, scenario);
  return [...wireguard, ...bridges, ...keys];
}

/** Only PATH: nothing of the test process's environment leaks into the world. */
const CLEAN_ENV = { PATH: process.env['PATH'] ?? '/usr/sbin:/usr/bin:/sbin:/bin' };

function worldRunner(lab: Lab): ProcessRunner {
  return {
    spawn: (command, args, options) => lab.spawnIn('world', command, args, options),
    exec: (command, args) => lab.execIn('world', command, args, { env: CLEAN_ENV }),
  };
}

async function startWireguard(lab: Lab, scenario: Scenario): Promise<string[]> {
  const folder = join(lab.folder, 'wireguard');
  await mkdir(folder, { mode: 0o700 });
  const [server, client, stranger] = await Promise.all([wgKeyPair(), wgKeyPair(), wgKeyPair()]);
  const presharedKey = await wgPresharedKey();
  const { port, secondPort } = SERVICES.wireguard;
  // Interface names are machine-wide (wireguard-go's control socket), hence the lab's id in them.
  for (const [letter, listenPort] of [
    ['a', port],
    ['b', secondPort],
  ] as const) {
    await startWireguardGo(
      worldRunner(lab),
      {
        interfaceName: `dwg${lab.id}${letter}`,
        privateKey: server.privateKey,
        listenPort,
        peers: [{ publicKey: client.publicKey, presharedKey, allowedIp: '10.9.0.2/32' }],
      },
      folder,
    );
  }
  const files = await Promise.all(
    scenario.wireguard.map(async (config) => {
      const file = join(folder, `${config.name}.conf`);
      const serverKey = config.serverKey === 'right' ? server.publicKey : stranger.publicKey;
      const text = [
        '# A client configuration as a VPN provider hands it out (wg-quick(8)).',
        '[Interface]',
        `PrivateKey = ${client.privateKey}`,
        'Address = 10.9.0.2/32',
        'DNS = 10.9.0.1',
        '',
        '[Peer]',
        `PublicKey = ${serverKey}`,
        `PresharedKey = ${presharedKey}`,
        `Endpoint = ${config.endpoint}`,
        'AllowedIPs = 0.0.0.0/0, ::/0',
        '',
      ].join('\n');
      await writeFile(file, text, { mode: 0o600 });
      return file;
    }),
  );
  return files.flatMap((file) => ['--wireguard', file]);
}

const SCRIPTS = fileURLToPath(new URL('./', import.meta.url));
/** ss-server answers in milliseconds. */
const SHADOWSOCKS_READY_WITHIN_MS = 10_000;

/**
 * Two ss-server processes (shadowsocks-libev, relaying UDP with -u) on every world
 * address, one per port, with one random password; each scenario key becomes a
 * `--path NAME=ss://…` route, with that password or (`wrong`) another.
 */
async function startShadowsocks(lab: Lab, scenario: Scenario): Promise<string[]> {
  const folder = join(lab.folder, 'shadowsocks');
  await mkdir(folder, { mode: 0o700 });
  const { address, port, secondPort } = SERVICES.shadowsocks;
  const key = { method: 'chacha20-ietf-poly1305' as const, password: randomBytes(12).toString('base64url') };
  for (const listenPort of [port, secondPort]) {
    const config = join(folder, `ss-server-${listenPort}.json`);
    await writeFile(config, JSON.stringify(ssServerConfig({ address: '0.0.0.0', port: listenPort }, key)), {
      mode: 0o600,
    });
    const fd = openSync(join(folder, `ss-server-${listenPort}.log`), 'a');
    try {
      lab.spawnIn('world', 'ss-server', ['-c', config, '-u'], { stdio: ['ignore', fd, fd], env: CLEAN_ENV });
    } finally {
      closeSync(fd);
    }
  }
  const checks: ReadinessCheck[] = [port, secondPort].map((p) => ({ kind: 'tcp', address, port: p }));
  const ready = await lab.execIn(
    'client',
    process.execPath,
    [join(SCRIPTS, 'world-ready.ts'), String(SHADOWSOCKS_READY_WITHIN_MS), JSON.stringify(checks)],
    { env: CLEAN_ENV, timeoutMs: SHADOWSOCKS_READY_WITHIN_MS + 5000 },
  );
  if (ready.code !== 0) throw new Error(`the lab's ss-server is not reachable: ${ready.stdout.trim()}`);
  return scenario.keys.flatMap((entry) => {
    const [host = '', portText = ''] = entry.endpoint.split(':');
    const password = entry.password === 'right' ? key.password : `${key.password}-not`;
    return ['--path', `${entry.name}=${sip002Key(host, Number(portText), { ...key, password })}`];
  });
}
/** A bridge relay generates its keys and starts obfs4proxy in about a second. */
const RELAY_READY_WITHIN_MS = 20_000;

async function startBridgeRelay(lab: Lab, scenario: Scenario): Promise<string[]> {
  const folder = join(lab.folder, 'tor-relay');
  const data = join(folder, 'data');
  await mkdir(folder, { mode: 0o700 });
  const { address, orPort, obfs4Port } = SERVICES.torBridge;
  const torrc = join(folder, 'torrc');
  const defaults = join(folder, 'torrc-defaults');
  await writeFile(
    torrc,
    [
      `DataDirectory ${data}`,
      'SocksPort 0',
      // Every world address, so the aliases reach the same bridge.
      `ORPort ${orPort}`,
      `Address ${address}`,
      'BridgeRelay 1',
      'PublishServerDescriptor 0',
      'AssumeReachable 1',
      'ExtORPort auto',
      'ServerTransportPlugin obfs4 exec /usr/bin/obfs4proxy',
      `ServerTransportListenAddr obfs4 0.0.0.0:${obfs4Port}`,
      'Nickname detourlab',
      'Log notice stdout',
      '',
    ].join('\n'),
  );
  await writeFile(defaults, '');
  const log = join(folder, 'tor.log');
  const fd = openSync(log, 'a');
  try {
    lab.spawnIn('world', 'tor', ['-f', torrc, '--defaults-torrc', defaults], {
      stdio: ['ignore', fd, fd],
      env: CLEAN_ENV,
    });
  } finally {
    closeSync(fd);
  }
  const checks: ReadinessCheck[] = [orPort, obfs4Port].map((port) => ({ kind: 'tcp', address, port }));
  const ready = await lab.execIn(
    'client',
    process.execPath,
    [join(SCRIPTS, 'world-ready.ts'), String(RELAY_READY_WITHIN_MS), JSON.stringify(checks)],
    { env: CLEAN_ENV, timeoutMs: RELAY_READY_WITHIN_MS + 5000 },
  );
  if (ready.code !== 0) {
    const tail = (await readFile(log, 'utf8').catch(() => '')).slice(-2000);
    throw new Error(`the lab's Tor bridge relay is not reachable: ${ready.stdout.trim()}\n${tail}`);
  }
  const fingerprint = (await readFile(join(data, 'fingerprint'), 'utf8')).trim().split(/\s+/)[1] ?? '';
  const certLine = await readFile(join(data, 'pt_state', 'obfs4_bridgeline.txt'), 'utf8');
  const cert = /cert=(\S+)/.exec(certLine)?.[1] ?? '';
  const lines = scenario.bridges.map((bridge) => {
    switch (bridge.transport) {
      case 'vanilla':
        return `${bridge.address} ${fingerprint}`;
      case 'obfs4':
        return `obfs4 ${bridge.address} ${fingerprint} cert=${cert} iat-mode=0`;
      case 'snowflake':
        // Named only: Detour does not run snowflake yet, so nothing is contacted.
        return `snowflake ${bridge.address} ${fingerprint} url=https://snowflake.lab/ fronts=lab.example`;
    }
  });
  return [...lines.flatMap((line) => ['--bridge', line]), '--bridge-timeout', String(scenario.bridgeTimeoutMs)];
}
