import { reportSchema, type Report } from '../../../../src-main/shared/report.ts';
import type { ToolResult } from '../../../../src-main/shared/tools.ts';
import { sampleReport } from './sample-report.ts';

/**
 * The sample run with "Your tools": a WireGuard configuration blocked on this network
 * and restored through the SOCKS proxy, one that works, and three bridges (one reachable,
 * one blackholed, a snowflake line not checked).
 */
export const VPN_HOST = 'vpn.example-provider.net';
export const VPN_ADDRESS = '203.0.113.7';
export const BRIDGE_ADDRESS = '198.51.100.23';

const at = '2026-11-29T08:00:01.000Z';

export function sampleReportWithTools(): Report {
  const report = sampleReport();
  report.plan.tools = {
    wireguard: [
      { name: 'work-vpn', endpoint: { host: VPN_HOST, port: 51820 } },
      { name: 'home-vpn', endpoint: { host: VPN_ADDRESS, port: 443 } },
    ],
    bridges: [
      { name: 'bridge 1', transport: 'obfs4', address: { host: BRIDGE_ADDRESS, port: 443 } },
      { name: 'bridge 2', transport: 'vanilla', address: { host: '198.51.100.24', port: 9001 } },
      { name: 'bridge 3', transport: 'snowflake', address: { host: '192.0.2.3', port: 80 } },
    ],
    bridgeTimeoutMs: 60_000,
  };
  const tcp = (route: string, address: string, port: number, failure?: 'timeout' | 'refused') => ({
    route,
    startedAt: at,
    durationMs: 3,
    address,
    port,
    ...(failure === undefined ? { connectMs: 3 } : { failure: { stage: 'tcp' as const, class: failure } }),
  });
  const attempt = (route: string, answer: 'response' | 'none') => ({
    route,
    startedAt: at,
    durationMs: answer === 'none' ? 8000 : 40,
    address: VPN_ADDRESS,
    port: 51820,
    initiationsSent: answer === 'none' ? 4 : 1,
    answer,
    cookie: false,
    ...(answer === 'response' ? { rttMs: 40 } : { failure: { stage: 'udp' as const, class: 'timeout' as const } }),
  });
  const tools: ToolResult[] = [
    {
      kind: 'wireguard',
      name: 'work-vpn',
      endpoint: { host: VPN_HOST, port: 51820 },
      status: 'wireguard-blocked',
      confidence: 'high',
      reason: 'handshake-dropped',
      params: { routes: 'office' },
      restoredBy: ['office'],
      attempts: [attempt('direct', 'none'), attempt('office', 'response')],
      tcp: tcp('direct', VPN_ADDRESS, 51820, 'refused'),
    },
    {
      kind: 'wireguard',
      name: 'home-vpn',
      endpoint: { host: VPN_ADDRESS, port: 443 },
      status: 'works',
      confidence: 'high',
      reason: 'handshake-ok',
      params: { rttMs: 38 },
      restoredBy: [],
      attempts: [{ ...attempt('direct', 'response'), port: 443 }],
      tcp: tcp('direct', VPN_ADDRESS, 443),
    },
    {
      kind: 'bridge',
      name: 'bridge 1',
      transport: 'obfs4',
      address: { host: BRIDGE_ADDRESS, port: 443 },
      status: 'works',
      confidence: 'high',
      reason: 'bootstrapped',
      params: { percent: 100, tag: 'done' },
      progress: { percent: 100, tag: 'done' },
      durationMs: 9000,
      tcp: [tcp('direct', BRIDGE_ADDRESS, 443)],
      reachableThrough: [],
      tor: { version: '0.4.9.11', source: 'tor-browser' },
    },
    {
      kind: 'bridge',
      name: 'bridge 2',
      transport: 'vanilla',
      address: { host: '198.51.100.24', port: 9001 },
      status: 'no-connection',
      confidence: 'high',
      reason: 'blocked-here',
      params: { percent: 5, tag: 'conn', failure: 'timeout', routes: 'office' },
      progress: { percent: 5, tag: 'conn' },
      durationMs: 60_000,
      tcp: [tcp('direct', '198.51.100.24', 9001, 'timeout'), tcp('office', '198.51.100.24', 9001)],
      reachableThrough: ['office'],
      tor: { version: '0.4.9.11', source: 'tor-browser' },
    },
    {
      kind: 'bridge',
      name: 'bridge 3',
      transport: 'snowflake',
      address: { host: '192.0.2.3', port: 80 },
      status: 'cannot-check',
      confidence: 'low',
      reason: 'transport-unsupported',
      params: {},
      durationMs: 0,
      tcp: [],
      reachableThrough: [],
    },
  ];
  report.tools = tools;
  return reportSchema.parse(report);
}
