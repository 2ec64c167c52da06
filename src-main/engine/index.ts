import { randomUUID } from 'node:crypto';
import type { EngineEvent, InputError, PathOutcome, RouteCheck } from '../shared/events.ts';
import type { PathSecrets } from '../shared/path.ts';
import type { ToolSecrets } from '../shared/tools.ts';
import { planSchema, type Plan, type PlanEntry } from '../shared/plan.ts';
import { printable } from '../shared/printable.ts';
import { parseTarget, type Target } from '../shared/target.ts';
import { checkRoutes } from './control-checks.ts';
import { ControlRecheck } from './control-recheck.ts';
import { EventChannel } from './event-channel.ts';
import { Measurer, type Emit } from './measurer.ts';
import { separateSecrets, type SeparatedPlan } from './plan-secrets.ts';
import { routeFor } from './paths/route.ts';
import { RunJudge } from './run-judge.ts';
import { measurementOrder, runScheduled } from './scheduler.ts';
import { checkTools } from './tools/check-tools.ts';

export type { EngineEvent } from '../shared/events.ts';
export type { Plan } from '../shared/plan.ts';
export { detectLocalTools, probeProxyPort, type DetectedTool, type ProxyPortAnswer } from './paths/local-tools.ts';
export {
  CATALOG_CATEGORIES,
  catalogEntries,
  catalogLabel,
  catalogList,
  findRegionPack,
  regionPacks,
  type CatalogCategory,
  type CatalogEntry,
  type RegionPack,
} from './targets/catalog.ts';
export {
  compareReports,
  defaultHistoryDir,
  HistoryError,
  HistoryStore,
  JITTER,
  readRunFile,
  readSpeedSeries,
  readTimeline,
  RunRecorder,
  Schedule,
  type ComparedTarget,
  type Comparison,
  type Damage,
  type HistoryEntry,
  type RouteSide,
  type ScheduleSpec,
  type TargetSide,
} from './history/index.ts';
export {
  describeReadError,
  escapeHtml,
  findChromium,
  htmlToPdf,
  MAX_REPORT_BYTES,
  mergeInputs,
  mergeReports,
  parseReportText,
  pdfFooterTemplate,
  DEFAULT_OMIT,
  printedReport,
  readReportFile,
  redactReport,
  renderMergeHtml,
  renderReportCsv,
  renderReportHtml,
  renderSpeedPatternHtml,
  translatedProxyLabel,
  type ExportOptions,
  type ReportReadOptions,
  type MergeInput,
} from './export/index.ts';
export { ReportBuilder } from './report/report-builder.ts';
export {
  readWireguardFile,
  ToolCollector,
  type ToolInputError,
  type ToolInputErrorCode,
  type WireguardFile,
} from './tools/tool-inputs.ts';
export { checkWritable, copyFileAtomically, OutputPathError, writeFileAtomically } from './atomic-write.ts';
export { RunRecording } from './report/run-recording.ts';
export { readBoundedStream, readBoundedText } from './read-bounded.ts';
export { LIST_READ_ERROR, MAX_TEST_LIST_ENTRIES, readTestListCsv, TEST_LIST_COLUMNS } from './targets/test-list-csv.ts';
export { APP_VERSION } from './version.ts';

export interface RunOptions {
  signal: AbortSignal;
  /**
   * Route secrets by path name (a proxy's credentials, a DoH route's full URL): beside
   * the plan, so they never reach an event or a report.
   */
  secrets?: PathSecrets;
  /** The keys and bridge lines of `plan.tools`, by name: beside the plan for the same reason. */
  toolSecrets?: ToolSecrets;
  /** Where tor is (a program or a Tor Browser folder), when the user said; else it is looked for. */
  torPath?: string;
  /** The full URL of `plan.options.dohUrl` when the plan holds it masked (url-secrets.ts). */
  dohUrl?: string;
}

/**
 * The engine's one entry point: checks every route, then measures every target over
 * every usable route and streams what happens as plain-data events. The stream always
 * ends with `run-finished`, also when the signal cancels the run (within about a
 * second: every probe listens to the same signal and closes its sockets).
 */
export function runDiagnostics(plan: Plan, options: RunOptions): AsyncIterable<EngineEvent> {
  const channel = new EventChannel<EngineEvent>();
  const separated = separateSecrets(planSchema.parse(plan), options.secrets ?? {}, options.dohUrl);
  run(separated, options, (event) => channel.push(event)).then(
    () => channel.close(),
    (error: unknown) => channel.close({ error }),
  );
  return channel;
}

async function run({ plan, secrets, dohUrl }: SeparatedPlan, options: RunOptions, publish: Emit): Promise<void> {
  const { signal } = options;
  const judge = new RunJudge(plan.paths);
  const emit: Emit = (event) => {
    judge.observe(event);
    publish(event);
  };
  const { targets, errors } = validateEntries(plan.entries);
  emit({ type: 'run-started', runId: randomUUID(), startedAt: new Date().toISOString(), plan, targets });
  for (const error of errors) emit({ type: 'input-error', error });

  // The measurer asks the full `--doh` URL; whatever it records shows it masked.
  const measured = dohUrl === undefined ? plan.options : { ...plan.options, dohUrl };
  const measurer = new Measurer(measured, signal, emit, targets.length);
  const routes = plan.paths.map((spec) => routeFor(spec, secrets));
  const direct = routes.find((r) => r.spec.kind === 'direct');
  const checks = await checkRoutes(routes, measurer);
  for (const check of checks) emit({ type: 'route-checked', check });
  // The direct route is measured whatever its check says: it is the user's own network.
  const failedRoutes = new Map(
    checks.flatMap((check) =>
      check.status === 'failed' && check.path !== direct?.spec.name ? [[check.path, check]] : [],
    ),
  );
  // The user's tools are checked beside the sites, through the routes that work; a
  // failure is kept until the sites are done, so it is never an unhandled rejection.
  const tools = (
    plan.tools === undefined
      ? Promise.resolve()
      : checkTools(
          {
            plan: plan.tools,
            secrets: options.toolSecrets ?? { wireguard: {}, bridges: {} },
            ...(options.torPath === undefined ? {} : { torPath: options.torPath }),
          },
          {
            direct: direct ?? routeFor({ name: 'direct', kind: 'direct' }),
            routes: routes.filter((r) => r.spec.kind !== 'direct' && !failedRoutes.has(r.spec.name)),
            signal,
            timeoutMs: plan.options.timeoutMs,
          },
          (result) => emit({ type: 'tool-checked', result }),
        )
  ).then(
    () => null,
    (error: unknown) => ({ error }),
  );
  // Rechecks tell that something which worked stopped working: only where it worked at first.
  const directCheck = checks.find((check) => check.path === direct?.spec.name);
  const recheck = new ControlRecheck(directCheck?.status === 'usable' ? direct : undefined, measurer, signal, emit);

  // Every (target, route) pair is scheduled on its own, keyed by the target's host so
  // one server is not hammered; a target is finished when all its routes are.
  const outcomes = new Map<string, PathOutcome[]>();
  await runScheduled(
    measurementOrder(targets, routes),
    ({ target }) => target.host.toLowerCase(),
    { concurrency: plan.options.concurrency, perKey: plan.options.perHostConcurrency },
    signal,
    async ({ target, route }) => {
      const routeFailure = failedRoutes.get(route.spec.name);
      const outcome = routeFailure === undefined ? await measurer.measure(target, route) : skipped(routeFailure);
      if (route.spec.kind === 'direct' && outcome.status === 'failed') await recheck.afterFailure();
      const done = [...(outcomes.get(target.id) ?? []), outcome];
      outcomes.set(target.id, done);
      if (done.length < routes.length) return;
      outcomes.delete(target.id);
      const inPlanOrder = routes.flatMap((r) => done.filter((o) => o.path === r.spec.name));
      // A handshake that timed out where a strategy's passed is measured again, both
      // one after the other, before it may count as proof of SNI filtering.
      const retested = await measurer.retest(target, judge.retests(target, inPlanOrder), inPlanOrder, routes);
      measurer.targetDone();
      const verdict = judge.judge(target, retested);
      emit({ type: 'target-finished', targetId: target.id, outcomes: retested, verdict });
    },
  );
  const toolsFailed = await tools;
  if (toolsFailed !== null) throw toolsFailed.error;
  emit({
    type: 'run-finished',
    endedAt: new Date().toISOString(),
    status: signal.aborted ? 'cancelled' : 'completed',
    summary: judge.summary(targets),
  });
}

/** A target is not measured over a route whose check failed: the route's failure is its outcome. */
function skipped(check: RouteCheck): PathOutcome {
  return {
    path: check.path,
    status: 'path-failed',
    ...(check.failure ? { failure: check.failure } : {}),
    observationIds: [],
  };
}

/** Parses every entry; bad ones become input errors and the rest of the run goes on. */
function validateEntries(entries: readonly PlanEntry[]): { targets: Target[]; errors: InputError[] } {
  const targets: Target[] = [];
  const errors: InputError[] = [];
  for (const entry of entries) {
    const parsed = parseTarget(entry.input);
    if (parsed.ok) targets.push({ ...parsed.target, id: `t${targets.length + 1}` });
    else errors.push({ source: entry.source, input: printable(entry.input), code: parsed.code });
  }
  return { targets, errors };
}
