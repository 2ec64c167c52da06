import type { PathSecrets, PathSpec } from '../../shared/path.ts';
import type { Dialer } from './dialer.ts';
import { directDialer } from './direct.ts';
import { proxyDialer } from './proxy.ts';
import { strategyDialer } from './strategies/index.ts';
import { keyDialer } from '../shadowsocks/dialer.ts';

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

/**
 * Builds the route for a path spec; a proxy's credentials and a DoH route's full URL
 * come from `secrets`, never from the spec (which shows the URL masked).
 */
export function routeFor(spec: PathSpec, secrets: PathSecrets = {}): Route {
  // Own properties only: a route named `__proto__` must not find Object.prototype.
  const secret = Object.hasOwn(secrets, spec.name) ? secrets[spec.name] : undefined;
  switch (spec.kind) {
    case 'direct':
      return { spec, dialer: directDialer(spec.name), resolution: { via: 'system' } };
    case 'doh': {
      const url = secret !== undefined && 'url' in secret ? secret.url : spec.url;
      return { spec, dialer: directDialer(spec.name), resolution: { via: 'doh', url } };
    }
    case 'bind':
      return { spec, dialer: directDialer(spec.name, spec.localAddress), resolution: { via: 'system' } };
    case 'proxy': {
      const { protocol, host, port } = spec;
      const credentials = secret !== undefined && 'username' in secret ? secret : {};
      const dialer = proxyDialer(spec.name, { protocol, host, port, ...credentials });
      return { spec, dialer, resolution: dialer.resolvesNames === true ? { via: 'route' } : { via: 'system' } };
    }
    case 'shadowsocks': {
      const key = secret !== undefined && 'key' in secret ? secret.key : undefined;
      return { spec, dialer: keyDialer(spec.name, key), resolution: { via: 'route' } };
    }
    case 'strategy':
      return {
        spec,
        dialer: strategyDialer(spec.name, directDialer(spec.name), spec.strategies),
        resolution: { via: 'system' },
      };
  }
}
