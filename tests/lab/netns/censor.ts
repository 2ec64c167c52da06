import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterceptionCertificate } from './censor-ca.ts';
import { censorCommands, ROUTER_SERVICES, type RouterInterfaces } from './censor-commands.ts';
import { lieTable, serializeLies } from './dns-lies.ts';
import { LINKS, SERVICES } from './inventory.ts';
import type { Lab, LabNode } from './lab-types.ts';
import { untilListening } from './router-ready.ts';
import type { CensorRule } from './scenario.ts';
import { clientCommands, worldCommands } from './world-commands.ts';

/**
 * Makes the lab the place a scenario describes, once its world is ready. Mostly the
 * router becomes a censor: its resolver (always, since it is the client's resolver),
 * the block page, portal and interception servers when a rule needs them, then the
 * iptables and tc commands of censor-commands.ts. Then what is not censorship: sites
 * down in the world, a proxy's way out cut there, and last the client taken offline
 * (world-commands.ts). Once per lab: the lab's stop() undoes it all.
 */
export async function applyCensor(lab: Lab, rules: readonly CensorRule[]): Promise<void> {
  const links = await routerInterfaces(lab);
  // The services first, so that no connection is ever diverted to a port not yet listening.
  await Promise.all([
    startRouterDns(lab, rules),
    startBlockPage(lab, rules),
    startPortal(lab, rules),
    startInterception(lab, rules),
  ]);
  const { iptables, tc } = censorCommands(rules, links, new Date());
  // One at a time, in order: rules are matched in the order they were appended.
  for (const args of iptables) await run(lab, 'router', 'iptables', ['-w', ...args]);
  for (const args of tc) await run(lab, 'router', 'tc', args);
  for (const args of worldCommands(rules)) await run(lab, 'world', 'iptables', ['-w', ...args]);
  const clientLink = await interfaceWith(lab, 'client', LINKS.client);
  for (const args of clientCommands(rules, clientLink)) await run(lab, 'client', 'ip', args);
}

async function run(lab: Lab, node: LabNode, command: string, args: readonly string[]): Promise<void> {
  const result = await lab.execIn(node, command, args);
  if (result.code !== 0) throw new Error(`${node}: ${command} ${args.join(' ')} failed: ${result.stderr.trim()}`);
}

/**
 * The router's links, by their addresses (inventory.ts): the names are the lab's to
 * choose.
 */
async function routerInterfaces(lab: Lab): Promise<RouterInterfaces> {
  const [clientSide, worldSide] = await Promise.all([
    interfaceWith(lab, 'router', LINKS.routerClientSide),
    interfaceWith(lab, 'router', LINKS.routerWorldSide),
  ]);
  return { clientSide, worldSide };
}

/** The name of the interface that has `address` in a namespace, from `ip -j` inside it. */
async function interfaceWith(lab: Lab, node: LabNode, address: string): Promise<string> {
  const result = await lab.execIn(node, 'ip', ['-j', '-4', 'address', 'show']);
  const links = JSON.parse(result.stdout) as { ifname: string; addr_info: { local: string }[] }[];
  const link = links.find((candidate) => candidate.addr_info.some((info) => info.local === address));
  if (link === undefined) throw new Error(`the ${node} has no interface with ${address}: ${result.stdout}`);
  return link.ifname;
}

const SCRIPTS = fileURLToPath(new URL('./', import.meta.url));
/** Only PATH: no NODE_OPTIONS or proxy variables of the test process leak into the router. */
const CLEAN_ENV = { PATH: process.env['PATH'] ?? '/usr/sbin:/usr/bin:/sbin:/bin' };

/** Starts one of the router's Node scripts on its port of the router's client-side address. */
async function startRouterScript(lab: Lab, script: string, port: number, args: readonly string[]): Promise<void> {
  const listen = `${ROUTER_SERVICES.address}:${port}`;
  const child = lab.spawnIn('router', process.execPath, [join(SCRIPTS, script), '--listen', listen, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: CLEAN_ENV,
  });
  await untilListening(child, `the router's ${script}`);
}

function startRouterDns(lab: Lab, rules: readonly CensorRule[]): Promise<void> {
  const upstream = `${SERVICES.resolver}:53`;
  const lies = serializeLies(lieTable(rules));
  return startRouterScript(lab, 'router-dns.ts', ROUTER_SERVICES.dnsPort, ['--upstream', upstream, '--lies', lies]);
}

async function startBlockPage(lab: Lab, rules: readonly CensorRule[]): Promise<void> {
  if (!rules.some((rule) => rule.kind === 'http-blockpage')) return;
  await startRouterScript(lab, 'router-blockpage.ts', ROUTER_SERVICES.blockPagePort, []);
}

async function startPortal(lab: Lab, rules: readonly CensorRule[]): Promise<void> {
  if (!rules.some((rule) => rule.kind === 'captive-portal')) return;
  await startRouterScript(lab, 'router-portal.ts', ROUTER_SERVICES.portalPort, []);
}

/** One interception server with one certificate for the names and addresses of every `tls-intercept` rule. */
async function startInterception(lab: Lab, rules: readonly CensorRule[]): Promise<void> {
  const intercepted = rules.flatMap((rule) => (rule.kind === 'tls-intercept' ? [rule] : []));
  if (intercepted.length === 0) return;
  const certificate = await createInterceptionCertificate(
    join(lab.folder, 'censor-ca'),
    [...new Set(intercepted.flatMap((rule) => rule.names))],
    [...new Set(intercepted.flatMap((rule) => rule.addresses))],
  );
  await startRouterScript(lab, 'router-intercept.ts', ROUTER_SERVICES.interceptPort, [
    '--cert',
    certificate.chainFile,
    '--key',
    certificate.keyFile,
  ]);
}
