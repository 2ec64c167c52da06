import type { RouteCheck } from '../../src-main/shared/events.ts';
import { runEventMessageSchema, type RunEventMessage } from '../../src-main/shared/ipc/run.ts';
import type { PathSpec } from '../../src-main/shared/path.ts';
import type { Target } from '../../src-main/shared/target.ts';
import type { NetworkState, PathVerdict, SummaryMessage } from '../../src-main/shared/verdict.ts';

/**
 * One run over the user's connection and an office proxy, with a site whose verdicts
 * and network state each test chooses: what the engine emits offline, behind a login
 * page, or when no neutral site answered anywhere. Every event passes the schema.
 */
export const RUN_ID = 'run-1';
const START = '2025-03-05T10:00:00.000Z';

export const OFFICE: PathSpec = {
  name: 'office',
  kind: 'proxy',
  protocol: 'socks5h',
  host: '11.1.0.70',
  port: 1080,
  auth: false,
};
export const SITE: Target = {
  kind: 'url',
  id: 't1',
  input: 'http://news.lab/',
  url: 'http://news.lab/',
  scheme: 'http',
  host: 'news.lab',
  port: 80,
};

const message = (event: unknown): RunEventMessage =>
  runEventMessageSchema.parse({ kind: 'event', runId: RUN_ID, event });

export function verdict(path: string, status: PathVerdict['status'], reason: PathVerdict['reason']): PathVerdict {
  return { path, status, confidence: 'low', reason, evidence: [], params: { status: 503 } };
}

export interface NetworkRun {
  network: NetworkState;
  checks: RouteCheck['status'][];
  direct: PathVerdict;
  office: PathVerdict;
  messages: SummaryMessage[];
}

/** The events of the whole run, in order: start, both route checks, the site, the end. */
export function networkRun({ network, checks, direct, office, messages }: NetworkRun): RunEventMessage[] {
  const [directCheck = 'usable', officeCheck = 'usable'] = checks;
  return [
    message({
      type: 'run-started',
      runId: RUN_ID,
      startedAt: START,
      plan: {
        entries: [{ input: SITE.input, source: 'app list' }],
        paths: [{ name: 'direct', kind: 'direct' }, OFFICE],
        options: {
          timeoutMs: 8000,
          concurrency: 64,
          perHostConcurrency: 4,
          controls: [{ url: 'https://example.com/' }],
        },
      },
      targets: [SITE],
    }),
    message({ type: 'route-checked', check: { path: 'direct', status: directCheck, observationIds: [] } }),
    message({ type: 'route-checked', check: { path: 'office', status: officeCheck, observationIds: [] } }),
    message({
      type: 'target-finished',
      targetId: SITE.id,
      outcomes: [
        { path: 'direct', status: 'failed', failure: { stage: 'tcp', class: 'timeout' }, observationIds: [] },
        { path: 'office', status: 'failed', failure: { stage: 'tcp', class: 'timeout' }, observationIds: [] },
      ],
      verdict: { targetId: SITE.id, paths: [direct, office], direct, restoredBy: [], notRestoredBy: [] },
    }),
    message({
      type: 'run-finished',
      endedAt: '2025-03-05T10:00:09.000Z',
      status: 'completed',
      summary: {
        control: null,
        network,
        targets: 1,
        blocked: 0,
        refused: 0,
        counts: { [direct.status]: 1 },
        routes: [],
        bestRoute: null,
        cheapestSufficient: null,
        calls: { status: 'not-tested', restoredBy: [] },
        residualBlocking: false,
        messages,
      },
    }),
  ];
}

export const OFFLINE_RUN = networkRun({
  network: 'offline',
  checks: ['unverified', 'unverified'],
  direct: verdict('direct', 'inconclusive', 'offline'),
  office: verdict('office', 'inconclusive', 'offline'),
  messages: [{ key: 'summary.offline', params: { total: 1 } }],
});

export const NO_CONTROL_RUN = networkRun({
  network: 'limited',
  checks: ['unverified', 'unverified'],
  direct: verdict('direct', 'inconclusive', 'refused-or-blocked-unencrypted'),
  office: verdict('office', 'ok', 'reachable-no-control'),
  messages: [
    { key: 'summary.controls-unreachable', params: { routes: 'office' } },
    { key: 'summary.none-blocked', params: { count: 0, total: 1 } },
  ],
});
