import type { RouteCheck } from '../../shared/events.ts';
import type { Failure, FailureClass } from '../../shared/failure.ts';
import type { PathSpec } from '../../shared/path.ts';
import type { Target } from '../../shared/target.ts';
import type { SummaryMessage } from '../../shared/verdict.ts';
import type { VerdictOutline } from './summary.ts';

/**
 * What a person holding an Outline or Shadowsocks key asks first: does my key still
 * work here, and which sites does it open? One sentence per key route, from its check
 * and the verdicts:
 * - it works: how many of the sites blocked on this network it opens, and whether it
 *   carries calls (UDP) where another route shows calls get through;
 * - it is blocked, and how: its server's address does not answer (blackholed), its
 *   server refuses, connections to it are reset right after the first bytes (a censor
 *   or the server rejecting the handshake), or its dynamic address cannot be fetched;
 * - its server takes connections and never answers while the user's connection
 *   reaches the neutral sites: a wrong password or cipher is likely (servers keep
 *   silent to a wrong key by design, as outline-ss-server and ss-server do), never certain.
 */
export interface KeyVerdictInput {
  paths: readonly PathSpec[];
  routeChecks: readonly RouteCheck[];
  targets: readonly Target[];
  verdicts: readonly VerdictOutline[];
  blocked: number;
}

export function keyMessages(input: KeyVerdictInput): SummaryMessage[] {
  return input.paths
    .filter((spec) => spec.kind === 'shadowsocks')
    .flatMap((spec) => {
      const check = input.routeChecks.find((c) => c.path === spec.name);
      if (check === undefined || check.status === 'unverified') return [];
      return check.status === 'usable' ? working(spec.name, input) : [blocked(spec.name, check)];
    });
}

function working(route: string, input: KeyVerdictInput): SummaryMessage[] {
  const opens = input.verdicts.filter((v) => v.restoredBy.includes(route)).length;
  const out: SummaryMessage[] = [
    input.blocked === 0
      ? { key: 'summary.key-works-nothing-blocked', params: { route } }
      : { key: 'summary.key-works', params: { route, count: opens, total: input.blocked } },
  ];
  if (callsFailThrough(route, input)) out.push({ key: 'summary.key-no-udp', params: { route } });
  return out;
}

/** A STUN target answered on another route and not through the key: its server relays no UDP. */
function callsFailThrough(route: string, input: KeyVerdictInput): boolean {
  const stun = new Set(input.targets.filter((t) => t.kind === 'stun').map((t) => t.id));
  return input.verdicts.some((v) => {
    if (!stun.has(v.targetId)) return false;
    const through = v.paths.find((p) => p.path === route);
    const answeredElsewhere = v.paths.some((p) => p.path !== route && p.status === 'ok');
    return through !== undefined && through.status !== 'ok' && answeredElsewhere;
  });
}

const SILENT_ADDRESS: ReadonlySet<string> = new Set(['ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

function blocked(route: string, check: RouteCheck): SummaryMessage {
  const failure = check.failure;
  const say = (key: string, params: SummaryMessage['params'] = {}): SummaryMessage => ({
    key: `summary.key-${key}`,
    params: { route, ...params },
  });
  if (failure === undefined) return say('wrong-likely', { count: check.controls?.length ?? 0 });
  if (failure.class === 'proxy-config') return say(`config-blocked.${configCause(failure.cause)}`);
  if (failure.class === 'proxy-reset') return say('reset');
  if (failure.class === 'proxy-auth') return say('missing');
  if (addressSilent(failure)) return say('address-blocked');
  if (failure.class === 'proxy-unreachable') return say('server-refused');
  // The server took the connection and said nothing on every control the others reach.
  return say('wrong-likely', { count: check.controls?.length ?? 0 });
}

/** Connecting to the key's server itself timed out (no answer to SYN) or was unroutable. */
function addressSilent(failure: Failure): boolean {
  if (failure.stage === 'tcp' && failure.class === 'timeout') return true;
  return failure.class === 'proxy-unreachable' && [...SILENT_ADDRESS].some((code) => failure.detail?.includes(code));
}

function configCause(cause: FailureClass | undefined): 'dns' | 'reset' | 'timeout' | 'certificate' | 'other' {
  switch (cause) {
    case 'nxdomain':
    case 'no-answer':
    case 'servfail':
    case 'dns-refused':
    case 'dns-malformed':
    case 'bogon':
      return 'dns';
    case 'reset':
    case 'refused':
      return 'reset';
    case 'timeout':
      return 'timeout';
    case 'cert-untrusted':
    case 'cert-name-mismatch':
    case 'cert-expired':
      return 'certificate';
    default:
      return 'other';
  }
}
