import type { FailureClass } from '../../shared/failure.ts';
import type { ToolTcpCheck, WireguardAttempt, WireguardResult } from '../../shared/tools.ts';

/**
 * What a WireGuard configuration's handshakes mean, as a pure function of what was
 * measured: the handshake directly, the same handshake through each route that
 * carries UDP, and a TCP connection to the server's address. It says as much as the
 * evidence allows and no more:
 *
 * - a valid response directly: the configuration works here;
 * - none directly, but through a route: WireGuard is blocked on this network, by the
 *   server's address when nothing there answers (not even a TCP refusal), else by its
 *   port or its protocol (censors have dropped handshakes by their first bytes and
 *   size while other traffic to the server passed);
 * - no route gets an answer either: a wrong configuration or a server that is down,
 *   never blocking;
 * - no route to compare with: the address's silence reads as blackholing, with low
 *   confidence; an address that answers leaves it open;
 * - this computer has no route there at all (offline): nothing is judged.
 */
export type WireguardJudgement = Pick<WireguardResult, 'status' | 'confidence' | 'reason' | 'params' | 'restoredBy'>;

/**
 * A TCP answer of any kind proves the address reachable: the server (or a host in
 * front of it) refused or reset, which a blackhole never does.
 */
const ANSWERING_FAILURES: ReadonlySet<FailureClass> = new Set(['refused', 'reset']);

export function judgeWireguard(
  direct: WireguardAttempt,
  tcp: ToolTcpCheck | undefined,
  viaRoutes: readonly WireguardAttempt[],
): WireguardJudgement {
  const judged = (
    status: WireguardResult['status'],
    confidence: WireguardResult['confidence'],
    reason: WireguardResult['reason'],
    params: WireguardResult['params'] = {},
    restoredBy: string[] = [],
  ): WireguardJudgement => ({ status, confidence, reason, params, restoredBy });

  if (direct.failure?.class === 'cancelled') return judged('inconclusive', 'low', 'not-checked');
  // ENETUNREACH comes from this computer's own routing table: nothing left it, so the
  // silence says nothing about the server or the network's censor (offline, or no route).
  if (direct.failure?.class === 'network-unreachable') return judged('inconclusive', 'low', 'no-network');
  switch (direct.answer) {
    case 'response':
      return judged('works', 'high', 'handshake-ok', { rttMs: Math.round(direct.rttMs ?? 0) });
    case 'cookie-only':
      return judged('works', 'medium', 'server-busy');
    case 'invalid-response':
      return judged('wrong-config', 'high', 'response-invalid', { why: direct.invalid ?? 'transcript' });
    case 'none':
      break;
  }
  // ICMP port unreachable on the connected socket also came from the server's address.
  const addressAnswers =
    direct.failure?.class === 'refused' ||
    (tcp !== undefined && (tcp.failure === undefined || ANSWERING_FAILURES.has(tcp.failure.class)));
  const tried = viaRoutes.filter((attempt) => attempt.failure?.class !== 'udp-unsupported');
  // A cookie reply through a route also proves WireGuard gets through there (the server is only busy).
  const restoredBy = tried
    .filter((attempt) => attempt.answer === 'response' || attempt.answer === 'cookie-only')
    .map((attempt) => attempt.route);
  if (restoredBy.length > 0) {
    const routes = restoredBy.join(', ');
    return addressAnswers
      ? judged('wireguard-blocked', 'high', 'handshake-dropped', { routes }, restoredBy)
      : judged('address-blocked', 'high', 'address-silent-route-works', { routes }, restoredBy);
  }
  if (tried.some((attempt) => attempt.answer === 'invalid-response')) {
    return judged('wrong-config', 'medium', 'response-invalid', { why: 'transcript' });
  }
  if (tried.length > 0) return judged('wrong-config', 'medium', 'no-answer-anywhere', { addressAnswers });
  if (direct.failure?.class === 'refused') return judged('inconclusive', 'low', 'port-refused');
  return addressAnswers
    ? judged('inconclusive', 'low', 'no-udp-route')
    : judged('address-blocked', 'low', 'address-silent');
}
