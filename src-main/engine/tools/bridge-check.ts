import type { BridgeResult, BridgeSpec, ToolTcpCheck } from '../../shared/tools.ts';
import type { TorInstall } from '../tor/find-tor.ts';
import { CONNECTED_PERCENT } from '../tor/tor-log.ts';
import { runTor } from '../tor/tor-run.ts';
import { judgeBridge } from './bridge-verdict.ts';
import { tcpCheck, type ToolCheckContext } from './tcp-check.ts';
import type { FailureClass } from '../../shared/failure.ts';

/** How the direct TCP check to a bridge can fail that leaves tor no way to it either. */
const FINAL_FAILURES: ReadonlySet<FailureClass> = new Set([
  'refused',
  'reset',
  'network-unreachable',
  'host-unreachable',
]);

/** The Tor found for a run, once for all its bridges. */
export interface TorSetup {
  install: TorInstall | null;
  /** `tor --version`'s, when it answered. */
  version: string | null;
}

/**
 * Checks one bridge: Tor through it (tor-run.ts), and beside it a TCP connection to
 * the bridge's address, which tells "no connection" from "a connection without a
 * handshake" whatever the transport hides; when that fails, the same connection
 * through each of the user's routes, which tells a bridge blocked here from one that
 * is down.
 */
export async function checkBridge(
  spec: BridgeSpec,
  line: string,
  tor: TorSetup,
  bridgeTimeoutMs: number,
  context: ToolCheckContext,
): Promise<BridgeResult> {
  const started = performance.now();
  const base = {
    kind: 'bridge',
    name: spec.name,
    transport: spec.transport,
    ...(spec.address === undefined ? {} : { address: spec.address }),
  } as const;
  const unchecked = (reason: BridgeResult['reason']): BridgeResult => ({
    ...base,
    status: 'cannot-check',
    confidence: 'low',
    reason,
    params: {},
    durationMs: 0,
    tcp: [],
    reachableThrough: [],
  });
  const transport = spec.transport;
  if (transport !== 'vanilla' && transport !== 'obfs4') return unchecked('transport-unsupported');
  if (spec.address === undefined) return unchecked('transport-unsupported');
  if (tor.install === null) return unchecked('no-tor');
  if (transport === 'obfs4' && tor.install.transportPlugin === undefined) return unchecked('no-transport-plugin');
  if (context.signal.aborted) return unchecked('not-checked');

  const endpoint = { address: spec.address.host, port: spec.address.port };
  // A refusal, a reset or no way there (no route, ICMP unreachable) of the TCP control is
  // final: tor, on the same network and routes, can get no further, and an offline user
  // would otherwise wait out the bootstrap deadline for every bridge.
  const refused = new AbortController();
  const [run, direct] = await Promise.all([
    runTor({
      install: tor.install,
      line,
      transport,
      signal: AbortSignal.any([context.signal, refused.signal]),
      timeoutMs: bridgeTimeoutMs,
    }),
    tcpCheck(context.direct, endpoint, context).then((check) => {
      if (check.failure !== undefined && FINAL_FAILURES.has(check.failure.class)) refused.abort();
      return check;
    }),
  ]);
  const connected = direct.failure === undefined || (run.furthest?.percent ?? 0) >= CONNECTED_PERCENT;
  const viaRoutes: ToolTcpCheck[] =
    connected || context.signal.aborted
      ? []
      : await Promise.all(context.routes.map((route) => tcpCheck(route, endpoint, context)));
  return {
    ...base,
    ...judgeBridge(run, direct, viaRoutes),
    ...(run.furthest === undefined ? {} : { progress: run.furthest }),
    durationMs: Math.round(performance.now() - started),
    tcp: [direct, ...viaRoutes],
    tor: { version: tor.version ?? 'unknown', source: tor.install.source },
  };
}
