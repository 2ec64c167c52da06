import type { PathOutcome } from '../shared/events.ts';
import type { Failure } from '../shared/failure.ts';
import type { Observation, ObservationOf, ProbeName } from '../shared/observation.ts';
import { printable } from '../shared/printable.ts';
import type { Report } from '../shared/report.ts';

const HEADERS = ['Target', 'Route', 'DNS', 'Connect', 'TLS', 'HTTP', 'Speed', 'Result'];

/**
 * The terminal's final table: one row per target and route, one cell per probe.
 * Every cell is a word (never a colour alone) so it reads the same when piped.
 */
export function renderTable(report: Report): string {
  const byId = new Map(report.observations.map((o) => [o.id, o]));
  const rows = report.targets.flatMap(({ target, outcomes }) =>
    (outcomes.length === 0 ? [notMeasured(report.plan.paths[0]?.name ?? 'direct')] : outcomes).map((outcome) => {
      const observations = outcome.observationIds.flatMap((id) => byId.get(id) ?? []);
      return [target.input, outcome.path, ...probeCells(observations), resultCell(outcome)];
    }),
  );
  return formatColumns([HEADERS, ...rows]);
}

function notMeasured(path: string): PathOutcome {
  return { path, status: 'not-measured', observationIds: [] };
}

function probeCells(observations: Observation[]): string[] {
  const first = <P extends ProbeName>(probe: P): ObservationOf<P> | undefined =>
    observations.find((o): o is ObservationOf<P> => o.probe === probe);
  const dns = first('dns-system');
  const tcp = observations.filter((o): o is ObservationOf<'tcp'> => o.probe === 'tcp');
  const stun = first('stun');
  const tls = first('tls');
  const http = first('http');
  const speed = first('throughput');
  return [
    dns === undefined ? '—' : dns.failure ? failed(dns.failure) : `ok ${dns.addresses.length} addr`,
    stun !== undefined ? stunCell(stun) : tcpCell(tcp),
    tls === undefined ? '—' : tls.failure ? failed(tls.failure) : `ok ${tls.tlsVersion ?? ''} ${ms(tls.handshakeMs)}`,
    http === undefined ? '—' : httpCell(http),
    speed === undefined ? '—' : speed.failure ? failed(speed.failure) : `${formatBytes(speed.bytesPerSecond)}/s`,
  ];
}

function tcpCell(tcp: ObservationOf<'tcp'>[]): string {
  if (tcp.length === 0) return '—';
  const connected = tcp.filter((o) => o.failure === undefined);
  if (connected.length === 0) return failed(tcp[0]?.failure);
  return `ok ${connected.length}/${tcp.length} ${ms(connected[0]?.connectMs)}`;
}

function stunCell(stun: ObservationOf<'stun'>): string {
  return stun.failure ? `udp ${failed(stun.failure)}` : `udp ok ${ms(stun.rttMs)}`;
}

function httpCell(http: ObservationOf<'http'>): string {
  if (http.failure) return failed(http.failure);
  const size = http.body === undefined ? '' : ` ${formatBytes(http.body.bytes)}`;
  return `${http.status ?? '?'}${size}`;
}

function resultCell(outcome: PathOutcome): string {
  if (outcome.status === 'reachable') return 'reachable';
  if (outcome.status === 'not-measured') return 'not measured';
  return outcome.failure === undefined ? 'failed' : `failed at ${outcome.failure.stage}: ${outcome.failure.class}`;
}

function failed(failure: Failure | undefined): string {
  return failure === undefined ? 'failed' : `✗ ${failure.class}`;
}

function ms(value: number | undefined): string {
  return value === undefined ? '' : `${Math.round(value)}ms`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)}B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)}KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
}

/**
 * Left-aligned columns under a header and a rule; the first row is the header. Cells
 * are made printable first (a target or route name from a file may hold control
 * characters or line breaks), so the widths are those of what the terminal shows.
 */
export function formatColumns(cells: string[][]): string {
  const rows = cells.map((row) => row.map((cell) => printable(cell, Number.POSITIVE_INFINITY)));
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const [header, ...body] = rows;
  return [line(header ?? []), rule, ...body.map(line)].join('\n');
}
