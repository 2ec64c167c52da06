import type { RunEventMessage } from '../../src-main/shared/ipc/run.ts';
import { reportSchema, type Report } from '../../src-main/shared/report.ts';
import type { PathVerdict } from '../../src-main/shared/verdict.ts';
import { finishedA, finishedB, observationsA, officeChecked, runFinished, runStarted } from './run-events.tsx';

/**
 * Reports for the sharing tests, folded from the run events of run-events.tsx (the
 * lab's sni-filtering scenario) as the engine's report builder would: a participant's
 * file as the workshop view receives it once the main process has checked it.
 */
export function reportFromEvents(messages: readonly RunEventMessage[] = allEvents()): Report {
  const draft: Record<string, unknown> & { targets: { target: { id: string }; [key: string]: unknown }[] } = {
    schemaVersion: 2,
    app: { name: 'detour', version: '0.1.0' },
    status: 'running',
    platform: { os: 'linux', arch: 'x64', runtime: 'node 24.21.0' },
    inputErrors: [],
    routeChecks: [] as unknown[],
    controlRechecks: [],
    targets: [],
    observations: [] as unknown[],
  };
  for (const message of messages) {
    if (message.kind !== 'event') continue;
    const { event } = message;
    if (event.type === 'run-started') {
      Object.assign(draft, { runId: event.runId, startedAt: event.startedAt, plan: event.plan });
      draft.targets = event.targets.map((target) => ({ target, outcomes: [] }));
    } else if (event.type === 'route-checked') (draft['routeChecks'] as unknown[]).push(event.check);
    else if (event.type === 'observation') (draft['observations'] as unknown[]).push(event.observation);
    else if (event.type === 'target-finished') {
      const entry = draft.targets.find((each) => each.target.id === event.targetId);
      if (entry !== undefined) Object.assign(entry, { outcomes: event.outcomes, verdict: event.verdict });
    } else if (event.type === 'run-finished') {
      Object.assign(draft, { endedAt: event.endedAt, status: event.status, summary: event.summary });
    }
  }
  return reportSchema.parse(draft);
}

export function allEvents(): RunEventMessage[] {
  return [runStarted, officeChecked, ...observationsA, finishedA, finishedB, runFinished];
}

/** The same run on another network, where shared-a.lab is not blocked. */
export function openNetworkReport(): Report {
  const report = reportFromEvents();
  report.startedAt = '2025-03-05T11:00:00.000Z';
  const entry = report.targets.find((each) => each.target.id === 't1');
  if (entry?.verdict === undefined) throw new Error('no verdict for t1');
  const works: PathVerdict = {
    path: 'direct',
    status: 'ok',
    confidence: 'high',
    reason: 'matches-control',
    evidence: [],
    params: {},
  };
  entry.verdict = {
    ...entry.verdict,
    direct: works,
    paths: entry.verdict.paths.map((path) => (path.path === 'direct' ? works : path)),
    restoredBy: [],
  };
  return report;
}
