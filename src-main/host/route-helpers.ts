import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { probeProxyPort } from '../engine/index.ts';
import type { ActionHandlers } from '../shared/ipc/contract.ts';
import { fail, ok } from '../shared/ipc/result.ts';
import type { LocalAddress } from '../shared/ipc/routes.ts';

/** How long a pasted address may take to answer: a proxy on the other side of the world answers in well under this. */
const PROBE_TIMEOUT_MS = 3000;

export type RouteHelperHandlers = Pick<ActionHandlers, 'probeProxyAddress' | 'listLocalAddresses'>;

export interface RouteHelperDependencies {
  /** Whether the user accepted the risk notice: probing is traffic the network can see. */
  consented: () => Promise<boolean>;
  /** This computer's interfaces (os.networkInterfaces by default). */
  interfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
}

/**
 * What the Routes screen asks while a route is being entered: which protocols answer
 * at a pasted `host:port`, so the user picks one instead of typing a scheme, and the
 * computer's addresses, so a VPN is chosen from a list instead of typing `bind:`.
 */
export function createRouteHelperHandlers(dependencies: RouteHelperDependencies): RouteHelperHandlers {
  const interfaces = dependencies.interfaces ?? networkInterfaces;
  return {
    async probeProxyAddress({ host, port }) {
      if (!(await dependencies.consented())) return fail('consent-required');
      const answer = await probeProxyPort(host, port, { timeoutMs: PROBE_TIMEOUT_MS });
      return ok(answer);
    },
    listLocalAddresses: () => Promise.resolve(ok(localAddresses(interfaces()))),
  };
}

/** Every address of every interface but loopback, IPv4 first, in the system's order otherwise. */
export function localAddresses(found: NodeJS.Dict<NetworkInterfaceInfo[]>): LocalAddress[] {
  const addresses = Object.entries(found).flatMap(([interfaceName, infos]) =>
    (infos ?? [])
      .filter((info) => !info.internal)
      .map((info): LocalAddress => ({ interfaceName, address: info.address, family: info.family })),
  );
  return [...addresses.filter((a) => a.family === 'IPv4'), ...addresses.filter((a) => a.family === 'IPv6')];
}
