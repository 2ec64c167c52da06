import type { PathSecrets, PathSpec } from '../../shared/path.ts';
import type { Dialer } from './dialer.ts';
import { directDialer } from './direct.ts';
import { proxyDialer } from './proxy.ts';
import { strategyDialer } from './strategies/index.ts';

/** How a route finds a target's addresses. */
export type NameResolution =
  /** getaddrinfo on this machine, as a browser would. */
  | { via: 'system' }
  /** DNS-over-HTTPS to the route's resolver: repairs DNS tampering. */
  | { via: 'doh'; url: string }
  /** The route resolves names itself (socks4a, socks5h, HTTP CONNECT): local DNS is bypassed. */
  | { via: 'route' };

/** A path made ready to measure over: its spec, its dialer and its way of resolving names. */
export interface Route {
  spec: PathSpec;
  dialer: Dialer;
  resolution: NameResolution;
}

/** Builds the route for a path spec; a proxy's credentials come from `secrets`, never from the spec. */
export function routeFor(spec: PathSpec, secrets: PathSecrets = {}): Route {
  switch (spec.kind) {
    case 'direct':
      return { spec, dialer: directDialer(spec.name), resolution: { via: 'system' } };
    case 'doh':
      return { spec, dialer: directDialer(spec.name), resolution: { via: 'doh', url: spec.url } };
    case 'bind':
      return { spec, dialer: directDialer(spec.name, spec.localAddress), resolution: { via: 'system' } };
    case 'proxy': {
      const { protocol, host, port } = spec;
      const dialer = proxyDialer(spec.name, { protocol, host, port, ...secrets[spec.name] });
      return { spec, dialer, resolution: dialer.resolvesNames === true ? { via: 'route' } : { via: 'system' } };
    }
    case 'strategy':
      return {
        spec,
        dialer: strategyDialer(spec.name, directDialer(spec.name), spec.strategies),
        resolution: { via: 'system' },
      };
  }
}
