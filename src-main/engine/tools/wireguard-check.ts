import { ipFamily } from '../../shared/bogon.ts';
import type { ToolSecrets, WireguardAttempt, WireguardResult, WireguardSpec } from '../../shared/tools.ts';
import type { Route } from '../paths/route.ts';
import type { ProbeContext } from '../probes/probe-context.ts';
import { probeSystemDns } from '../probes/dns-system.ts';
import { prepareInitiator } from '../wireguard/handshake.ts';
import type { HandshakeClock } from '../wireguard/noise.ts';
import { probeWireguard } from '../wireguard/probe.ts';
import { tcpCheck, type ToolCheckContext } from './tcp-check.ts';
import { judgeWireguard } from './wireguard-verdict.ts';

/**
 * Checks one WireGuard configuration: the handshake directly, with a TCP connection to
 * the server's address beside it; when no answer comes, the same handshake through
 * each route, one after the other (the server takes a key's initiations 20 ms apart at
 * most, and in order of their timestamps, so two at once would spoil each other).
 * Routes send datagrams through their dialer's `openUdp`, which is how any route that
 * carries UDP (SOCKS5 UDP ASSOCIATE, a Shadowsocks key) takes part.
 */
export async function checkWireguard(
  spec: WireguardSpec,
  keys: ToolSecrets['wireguard'][string],
  clock: HandshakeClock,
  context: ToolCheckContext,
): Promise<WireguardResult> {
  const base = { kind: 'wireguard', name: spec.name, endpoint: spec.endpoint } as const;
  const initiator = prepareInitiator({
    privateKey: keyBytes(keys.privateKey),
    peerPublicKey: keyBytes(keys.peerPublicKey),
    ...(keys.presharedKey === undefined ? {} : { presharedKey: keyBytes(keys.presharedKey) }),
  });
  if (initiator === null) {
    return {
      ...base,
      status: 'wrong-config',
      confidence: 'high',
      reason: 'bad-peer-key',
      params: {},
      restoredBy: [],
      attempts: [],
    };
  }
  const probe = (route: Route): ProbeContext => ({
    dialer: route.dialer,
    signal: context.signal,
    timeoutMs: context.timeoutMs,
  });
  const address = await serverAddress(spec.endpoint.host, probe(context.direct));
  if (typeof address !== 'string') {
    return {
      ...base,
      status: 'inconclusive',
      confidence: 'low',
      reason: address.cancelled ? 'not-checked' : 'name-not-resolved',
      params: { failure: address.failure },
      restoredBy: [],
      attempts: [],
    };
  }
  const attempt = (route: Route): Promise<WireguardAttempt> =>
    probeWireguard({ address, port: spec.endpoint.port, initiator, clock, route: route.spec.name }, probe(route));
  const [direct, tcp] = await Promise.all([
    attempt(context.direct),
    tcpCheck(context.direct, { address, port: spec.endpoint.port }, context),
  ]);
  const viaRoutes: WireguardAttempt[] = [];
  if (direct.answer === 'none' && !context.signal.aborted) {
    for (const route of context.routes) {
      if (context.signal.aborted) break;
      const through = await attempt(route);
      // A route that carries no UDP took no part: nothing to report about it.
      if (through.failure?.class !== 'udp-unsupported') viaRoutes.push(through);
    }
  }
  return { ...base, ...judgeWireguard(direct, tcp, viaRoutes), attempts: [direct, ...viaRoutes], tcp };
}

function keyBytes(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** The address to send to: the endpoint's own, or the first its name resolves to here (IPv4 first). */
async function serverAddress(
  host: string,
  context: ProbeContext,
): Promise<string | { failure: string; cancelled: boolean }> {
  if (ipFamily(host) !== null) return host;
  const lookup = await probeSystemDns(host, context);
  const addresses = lookup.addresses.map((entry) => entry.address);
  const chosen = addresses.find((address) => ipFamily(address) === 4) ?? addresses[0];
  if (chosen !== undefined) return chosen;
  const failure = lookup.failure?.class ?? 'no-answer';
  return { failure, cancelled: failure === 'cancelled' };
}
