import { expect, test } from 'vitest';
import { runDiagnostics, type EngineEvent } from '../../src-main/engine/index.ts';
import { classifyReport } from '../../src-main/core/judge/index.ts';
import { ReportBuilder } from '../../src-main/engine/report/report-builder.ts';
import type { PathSpec } from '../../src-main/shared/path.ts';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../src-main/shared/plan.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { closedPort } from './servers/tcp-servers.ts';

/**
 * Verdicts from the running engine: each target's verdict arrives with its outcomes,
 * the summary with the end of the run, and a saved report judged again gives the same.
 */

const listen = listenClosingAfterEach();
const PATHS: PathSpec[] = [
  { name: 'direct', kind: 'direct' },
  { name: 'loopback', kind: 'bind', localAddress: '127.0.0.1' },
];

function plan(inputs: string[], controlUrl: string): Plan {
  return {
    entries: inputs.map((input, index) => ({ input, source: `argument ${index + 1}` })),
    paths: PATHS,
    options: { ...DEFAULT_PLAN_OPTIONS, timeoutMs: 3000, controls: [{ url: controlUrl }] },
  };
}

test('verdicts stream with each target, the summary ends the run, and the report judges the same again', async () => {
  const { port } = await listen(httpsServer());
  const dead = await closedPort();
  const builder = new ReportBuilder();
  const events: EngineEvent[] = [];
  const signal = new AbortController().signal;
  const run = plan([`https://127.0.0.1:${port}/ok`, `https://127.0.0.1:${dead}/`], `https://127.0.0.1:${port}/ok`);
  for await (const event of runDiagnostics(run, { signal })) {
    events.push(event);
    builder.add(event);
  }

  const directs = events.flatMap((e) => (e.type === 'target-finished' ? [[e.targetId, e.verdict.direct?.status]] : []));
  expect(Object.fromEntries(directs)).toEqual({
    t1: 'ok',
    // Refused on every route, the bound one (the control) included: down, not blocked.
    t2: 'down',
  });
  // The dead site failed on the direct route, so the neutral control was measured there again.
  const rechecks = events.flatMap((e) => (e.type === 'control-rechecked' ? [e.check] : []));
  expect(rechecks.map((c) => [c.path, c.status])).toEqual([['direct', 'usable']]);

  const finished = events.at(-1);
  expect(finished?.type).toBe('run-finished');
  const summary = finished?.type === 'run-finished' ? finished.summary : undefined;
  expect(summary).toMatchObject({ control: 'loopback', targets: 2, blocked: 0, counts: { ok: 1, down: 1 } });
  expect(summary?.residualBlocking).toBe(false);

  const report = builder.current();
  if (report === null) throw new Error('no report');
  const again = classifyReport(report);
  expect(again.summary).toEqual(report.summary);
  expect(again.verdicts).toEqual(report.targets.map((t) => t.verdict));
});

test('a control that stops answering after a failed site marks residual blocking in the summary', async () => {
  const controlServer = httpsServer();
  let refusing = false;
  controlServer.prependListener('connection', (socket: { destroy(): void }) => {
    if (refusing) socket.destroy();
  });
  const { port } = await listen(controlServer);
  const dead = await closedPort();
  const events: EngineEvent[] = [];
  const signal = new AbortController().signal;
  for await (const event of runDiagnostics(plan([`https://127.0.0.1:${dead}/`], `https://127.0.0.1:${port}/ok`), {
    signal,
  })) {
    events.push(event);
    // The route check has passed; from now on the control is "punished" as a censor would.
    if (event.type === 'route-checked') refusing = true;
  }

  const rechecks = events.flatMap((e) => (e.type === 'control-rechecked' ? [e.check] : []));
  expect(rechecks.map((c) => c.status)).toEqual(['failed']);
  const finished = events.at(-1);
  const summary = finished?.type === 'run-finished' ? finished.summary : undefined;
  expect(summary?.residualBlocking).toBe(true);
  expect(summary?.messages.at(-1)).toEqual({ key: 'summary.residual-blocking', params: {} });
});
