import type { Report } from '../shared/report.ts';

/**
 * Problems with the run's own set-up, as opposed to the targets: a resolver given
 * with --resolver or --doh that never answered makes its comparisons worthless,
 * and the user should hear that once rather than read it in every row.
 */
export function setupWarnings(report: Report): string[] {
  const warnings: string[] = [];
  const { resolver, dohUrl } = report.plan.options;
  const silent = (probes: string[]): string | null => {
    const asked = report.observations.filter((o) => probes.includes(o.probe));
    if (asked.length === 0 || asked.some((o) => o.failure === undefined || o.failure.class === 'cancelled'))
      return null;
    const classes = [...new Set(asked.map((o) => o.failure?.class ?? 'unknown'))];
    return classes.join(', ');
  };
  const plainDns = silent(['dns-udp', 'dns-tcp']);
  if (resolver !== undefined && plainDns !== null) {
    warnings.push(
      `the resolver ${resolver.host}:${resolver.port} did not answer any query (${plainDns}); DNS comparisons with it are missing`,
    );
  }
  const doh = silent(['doh']);
  if (dohUrl !== undefined && doh !== null) {
    warnings.push(
      `the DNS-over-HTTPS resolver ${dohUrl} did not answer any query (${doh}); DNS comparisons with it are missing`,
    );
  }
  return warnings;
}
