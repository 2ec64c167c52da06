import type { TFunction } from 'i18next';
import type { NetworkState } from '../../shared/verdict.ts';

/** The name the engine gives the user's own connection, in every plan. */
export const DIRECT_ROUTE_NAME = 'direct';

/** A route's name as shown: the direct route is "your connection" in the reader's language. */
export function routeLabel(t: TFunction, name: string): string {
  return name === DIRECT_ROUTE_NAME ? t('ui.route.direct') : name;
}

/** Route names as one list, each as shown. */
export function routeList(t: TFunction, names: readonly string[]): string {
  return names.map((name) => routeLabel(t, name)).join(', ');
}

/** Whether the network reached the outside at all, in the reader's language. */
export function networkLabel(t: TFunction, state: NetworkState): string {
  return t(`network.state.${state}`);
}

/** Addresses as every view writes them (shared, so the plain-data modules there write them the same way). */
export { hostPort } from '../../shared/host-port.ts';
