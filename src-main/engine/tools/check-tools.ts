import type { ToolResult, ToolSecrets, ToolsPlan } from '../../shared/tools.ts';
import { runScheduled } from '../scheduler.ts';
import { findTor, torVersion } from '../tor/find-tor.ts';
import { removeStaleTorFolders } from '../tor/tor-folders.ts';
import { HandshakeClock } from '../wireguard/noise.ts';
import { checkBridge, type TorSetup } from './bridge-check.ts';
import type { ToolCheckContext } from './tcp-check.ts';
import { checkWireguard } from './wireguard-check.ts';

export interface ToolsInput {
  plan: ToolsPlan;
  secrets: ToolSecrets;
  /** A tor program or Tor Browser folder the user named; absent: looked for (find-tor.ts). */
  torPath?: string;
}

/** Tor processes at once: each is a few tens of megabytes and a burst of start-up work. */
const BRIDGES_AT_ONCE = 4;
const CONFIGS_AT_ONCE = 8;

/**
 * Checks every tool of the plan and hands each result over as it is ready. WireGuard
 * configurations with the same keys take turns, whatever address they name (a server
 * takes one key's handshakes in timestamp order, 20 ms apart at most); bridges run a
 * few at a time.
 */
export async function checkTools(
  input: ToolsInput,
  context: ToolCheckContext,
  done: (result: ToolResult) => void,
): Promise<void> {
  const clock = new HandshakeClock();
  const keysOf = (name: string): ToolSecrets['wireguard'][string] | undefined =>
    Object.hasOwn(input.secrets.wireguard, name) ? input.secrets.wireguard[name] : undefined;
  const configs = runScheduled(
    input.plan.wireguard,
    // One client key's handshakes with one server, wherever its address: one at a time.
    (spec) => `${keysOf(spec.name)?.privateKey ?? ''} ${keysOf(spec.name)?.peerPublicKey ?? spec.name}`,
    { concurrency: CONFIGS_AT_ONCE, perKey: 1 },
    context.signal,
    async (spec) => {
      const keys = keysOf(spec.name);
      if (keys === undefined) throw new Error(`no keys for the WireGuard configuration "${spec.name}"`);
      done(await checkWireguard(spec, keys, clock, context));
    },
  );
  const bridges = input.plan.bridges.length === 0 ? Promise.resolve() : checkBridges(input, context, done);
  await Promise.all([configs, bridges]);
}

async function checkBridges(
  input: ToolsInput,
  context: ToolCheckContext,
  done: (result: ToolResult) => void,
): Promise<void> {
  await removeStaleTorFolders();
  const install = findTor(input.torPath === undefined ? {} : { setting: input.torPath });
  const tor: TorSetup = { install, version: install === null ? null : await torVersion(install, context.signal) };
  await runScheduled(
    input.plan.bridges,
    (spec) => spec.name,
    { concurrency: BRIDGES_AT_ONCE, perKey: 1 },
    context.signal,
    async (spec) => {
      const line = Object.hasOwn(input.secrets.bridges, spec.name) ? input.secrets.bridges[spec.name] : undefined;
      if (line === undefined) throw new Error(`no line for the bridge "${spec.name}"`);
      done(await checkBridge(spec, line, tor, input.plan.bridgeTimeoutMs, context));
    },
  );
}
