import { ipFamily } from '../../shared/bogon.ts';
import type { Report } from '../../shared/report.ts';
import type { ToolEndpoint } from '../../shared/tools.ts';
import { hostPort } from '../../shared/host-port.ts';

/**
 * `--omit proxy-hosts` for "Your tools": a VPN server's or a bridge's address is where
 * the person's way around the censor is, like a proxy's. Every address field of the
 * tools (the plan's endpoints, the results' and their evidence's) becomes `hidden`, and
 * `host:port` goes from every text, as does a host name (a bare IP address may also be
 * a site's, so only IP:port is hunted for those). The ports stay: the schema needs them,
 * and views show no port without a host.
 */
export function omitToolHosts(report: Report, hidden: string): [RegExp, string][] {
  const endpoints: ToolEndpoint[] = [];
  const hide = (endpoint: ToolEndpoint | undefined): void => {
    if (endpoint === undefined) return;
    endpoints.push({ ...endpoint });
    endpoint.host = hidden;
  };
  const hideAddress = (evidence: { address: string; port: number }): void => {
    endpoints.push({ host: evidence.address, port: evidence.port });
    evidence.address = hidden;
  };
  for (const spec of report.plan.tools?.wireguard ?? []) hide(spec.endpoint);
  for (const spec of report.plan.tools?.bridges ?? []) hide(spec.address);
  for (const result of report.tools ?? []) {
    if (result.kind === 'wireguard') {
      hide(result.endpoint);
      result.attempts.forEach(hideAddress);
      if (result.tcp !== undefined) hideAddress(result.tcp);
    } else {
      hide(result.address);
      result.tcp.forEach(hideAddress);
    }
  }
  const unique = new Map(endpoints.map((endpoint) => [`${endpoint.host}:${endpoint.port}`, endpoint]));
  return [...unique.values()].flatMap(({ host, port }) => {
    const withPort: [RegExp, string] = [new RegExp(`${escapeRegExp(hostPort(host, port))}(?![0-9])`, 'gi'), hidden];
    if (ipFamily(host) !== null || host === hidden) return [withPort];
    return [
      withPort,
      [new RegExp(`(?<![\\w.-])${escapeRegExp(host)}(?![\\w-]|\\.\\w)`, 'gi'), hidden] as [RegExp, string],
    ];
  });
}

/** The keys a tool may carry in a plan: a name, where it is, its transport. Nothing secret has a place. */
const TOOL_SPEC_KEYS = new Set(['name', 'endpoint', 'transport', 'address']);

/** Throws when a tool of the plan carries anything else: a report never holds a key or a bridge's line. */
export function assertNoToolSecrets(report: Report): void {
  const specs = [...(report.plan.tools?.wireguard ?? []), ...(report.plan.tools?.bridges ?? [])];
  for (const spec of specs) {
    const extra = Object.keys(spec).filter((key) => !TOOL_SPEC_KEYS.has(key));
    if (extra.length > 0) throw new Error(`tool "${spec.name}" carries ${extra.join(', ')}: a report never holds keys`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
