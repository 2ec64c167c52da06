import { endings } from './censor-commands.ts';
import type { CensorRule } from './scenario.ts';

/**
 * What the rules that act outside the router run, computed here without running
 * anything, as censor-commands.ts does for the router: iptables in the world, where
 * a site goes down for everyone or one proxy loses its way to some sites, and ip in
 * the client, which goes offline. None of it is censorship: these are the conditions
 * a diagnosis must not take for it.
 */

/** `iptables` argument lists for the world's namespace, to run in order. */
export function worldCommands(rules: readonly CensorRule[]): string[][] {
  return rules.flatMap((rule) => {
    switch (rule.kind) {
      case 'site-down':
        // INPUT sees every packet for a site: the client's, forwarded by the router,
        // and the proxies', which cross the world's lo.
        return blocked(rule.addresses, rule.mode, (address) => ['INPUT', '-d', address]);
      case 'upstream-block':
        // OUTPUT sees what the world's own processes send; each proxy connects out from
        // its own address (world.ts), so the source singles it out.
        return blocked(rule.addresses, rule.mode, (address) => ['OUTPUT', '-s', rule.from, '-d', address]);
      default:
        return [];
    }
  });
}

function blocked(addresses: readonly string[], mode: 'drop' | 'reject', chainAndMatch: (address: string) => string[]) {
  return addresses.flatMap((address) =>
    endings(mode).map(({ match, target }) => [
      '-t',
      'filter',
      '-A',
      ...chainAndMatch(address),
      ...match,
      '-j',
      ...target,
    ]),
  );
}

/**
 * `ip` argument lists for the client's namespace. Offline: its only link down, which
 * takes its routes with it, so that every DNS query, connection and
 * datagram fails at once with ENETUNREACH, as on a laptop whose Wi-Fi is off.
 */
export function clientCommands(rules: readonly CensorRule[], clientLink: string): string[][] {
  return rules.some((rule) => rule.kind === 'offline') ? [['link', 'set', 'dev', clientLink, 'down']] : [];
}
