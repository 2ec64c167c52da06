import type { BridgeResult, ToolTcpCheck } from '../../shared/tools.ts';
import type { TorRun } from '../tor/tor-run.ts';
import { CONNECTED_PERCENT, HANDSHAKE_DONE_PERCENT } from '../tor/tor-log.ts';

/**
 * How far Tor got through a bridge, and what that allows saying, as a pure function
 * of the run and the TCP controls: works (Tor started), handshake done, connected
 * without a handshake, or no connection. A bridge may be blocked or simply gone
 * (bridges are short-lived), so "no connection" says "blocked here" only when the
 * bridge's address answers through another route, and "offline" only when no route
 * reaches it either; with nothing to compare, it says what happened and no more.
 */
export type BridgeJudgement = Pick<BridgeResult, 'status' | 'confidence' | 'reason' | 'params' | 'reachableThrough'>;

export function judgeBridge(
  run: TorRun,
  direct: ToolTcpCheck | undefined,
  viaRoutes: readonly ToolTcpCheck[],
): BridgeJudgement {
  const percent = run.furthest?.percent ?? 0;
  const phase = run.furthest === undefined ? {} : { percent: run.furthest.percent, tag: run.furthest.tag };
  const judged = (
    status: BridgeResult['status'],
    confidence: BridgeResult['confidence'],
    reason: BridgeResult['reason'],
    params: BridgeResult['params'] = {},
    reachableThrough: string[] = [],
  ): BridgeJudgement => ({ status, confidence, reason, params: { ...phase, ...params }, reachableThrough });

  if (percent >= 100) return judged('works', 'high', 'bootstrapped');
  if (percent >= HANDSHAKE_DONE_PERCENT) {
    return run.consensusRefusals > 0
      ? judged('handshake-done', 'high', 'no-tor-network')
      : judged('handshake-done', 'high', 'stalled-after-handshake');
  }
  const connectedDirectly = direct !== undefined && direct.failure === undefined;
  if (percent >= CONNECTED_PERCENT || connectedDirectly) {
    return judged('connected', 'medium', 'handshake-failed', {
      ...(run.transportFailure === undefined ? {} : { transport: run.transportFailure }),
      ...(run.problem === undefined ? {} : { problem: run.problem }),
    });
  }
  if (run.torFailed && run.furthest === undefined) return judged('cannot-check', 'low', 'tor-failed');
  const failure = direct?.failure?.class;
  if (failure === undefined || failure === 'cancelled') return judged('cannot-check', 'low', 'not-checked');
  const reachableThrough = viaRoutes.filter((check) => check.failure === undefined).map((check) => check.route);
  if (reachableThrough.length > 0) {
    return judged(
      'no-connection',
      'high',
      'blocked-here',
      { failure, routes: reachableThrough.join(', ') },
      reachableThrough,
    );
  }
  // Only the bridge's own silence or refusal through a route counts; a proxy's own failure says nothing.
  const answeredForTheBridge = viaRoutes.some((check) => {
    const why = check.failure?.class ?? 'cancelled';
    return why !== 'cancelled' && !why.startsWith('proxy-');
  });
  return answeredForTheBridge
    ? judged('no-connection', 'medium', 'offline-everywhere', { failure })
    : judged('no-connection', 'low', 'connect-failed', { failure });
}
