import type { TFunction } from 'i18next';
import { DIRECT_ROUTE_NAME, hostPort } from '../../../src-main/core/view/labels.ts';
import { defaultStrategyPaths } from '../../../src-main/shared/path-parse.ts';
import type { PathSpec, Strategy } from '../../../src-main/shared/path.ts';
import { redactUrl, SECRET_MARK } from '../../../src-main/shared/url-secrets.ts';
import type { SavedLists } from '../../lib/saved-lists.ts';

/** The user's own connection, always measured first: the one every other route is compared with. */
export const DIRECT_ROUTE: PathSpec = { name: DIRECT_ROUTE_NAME, kind: 'direct' };

/** Names the app gives routes itself; a route of the user's may not take them. */
export const RESERVED_ROUTE_NAMES: readonly string[] = [
  DIRECT_ROUTE.name,
  ...defaultStrategyPaths().map((path) => path.name),
];

/** The routes of a run: direct, the user's, then the local tricks when they are on. */
export function runRoutes(lists: SavedLists): PathSpec[] {
  return [DIRECT_ROUTE, ...lists.routes, ...(lists.strategies ? defaultStrategyPaths() : [])];
}

/** What a route is, in plain words, without any credential. */
export function describeRoute(t: TFunction, route: PathSpec): string {
  switch (route.kind) {
    case 'direct':
      return t('ui.route.kind.direct');
    case 'proxy':
      return t('ui.route.kind.proxy', { address: `${route.protocol}://${hostPort(route.host, route.port)}` });
    case 'doh':
      return t('ui.route.kind.doh', { address: redactUrl(route.url) });
    case 'shadowsocks':
      return t('ui.route.kind.shadowsocks', { address: hostPort(route.host, route.port) });
    case 'bind':
      return t('ui.route.kind.bind', { address: route.localAddress });
    case 'strategy':
      return t('ui.route.kind.strategy', { list: route.strategies.map((strategy) => strategy.kind).join(', ') });
  }
}

function strategyText(strategy: Strategy): string {
  switch (strategy.kind) {
    case 'tls-split':
    case 'tcp-split':
      return strategy.at === 'sni' ? strategy.kind : `${strategy.kind}=${strategy.at}`;
    case 'sni-decoy':
      return `${strategy.kind}=${strategy.decoy}`;
    case 'http-hostcase':
      return strategy.kind;
  }
}

/** The address as the user writes it (path-parse reads it back), never with a password. */
export function routeAddress(route: PathSpec): string {
  switch (route.kind) {
    case 'direct':
      return 'direct';
    case 'proxy':
      return `${route.protocol}://${hostPort(route.host, route.port)}`;
    case 'doh':
      return `doh:${route.url}`;
    case 'shadowsocks':
      // The key itself is a secret kept by the main process; the form shows it masked.
      return `${route.dynamic ? 'ssconf' : 'ss'}://${SECRET_MARK}@${hostPort(route.host, route.port)}`;
    case 'bind':
      return `bind:${route.localAddress}`;
    case 'strategy':
      return `strategy:${route.strategies.map(strategyText).join(',')}`;
  }
}
