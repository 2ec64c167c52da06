import type { ToolTcpCheck } from '../../shared/tools.ts';
import type { Route } from '../paths/route.ts';
import { probeTcp } from '../probes/tcp.ts';

/** What every tool check of a run shares. */
export interface ToolCheckContext {
  /** The direct route: this network as it is. */
  direct: Route;
  /**
   * The user's other routes that passed their check (or had none), in the plan's order:
   * the controls. Datagrams go through a route's `openUdp`, connections through its
   * `dialTcp`, so any kind of route takes part as it can.
   */
  routes: readonly Route[];
  signal: AbortSignal;
  /** Each probe's deadline. */
  timeoutMs: number;
}

/**
 * A TCP connection to a tool's server over one route, as the TCP probe makes it: the
 * control beside a handshake, since any answer (a refusal too) shows the address is
 * reachable, and a blackhole never answers.
 */
export async function tcpCheck(
  route: Route,
  endpoint: { address: string; port: number },
  options: { signal: AbortSignal; timeoutMs: number },
): Promise<ToolTcpCheck> {
  const result = await probeTcp(endpoint, { dialer: route.dialer, ...options });
  return {
    route: route.spec.name,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    address: result.address,
    port: result.port,
    ...(result.connectMs === undefined ? {} : { connectMs: result.connectMs }),
    ...(result.failure === undefined ? {} : { failure: result.failure }),
  };
}
