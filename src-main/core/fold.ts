import type { EngineEvent, InputError } from '../shared/events.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../shared/report.ts';

/** What the folding side knows of itself; the engine passes Node's, the renderer has none to give. */
export interface FoldOrigin {
  appVersion: string;
  /** Coarse on purpose: no host name, user name or address of this machine. */
  platform: Report['platform'];
}

export interface FoldOptions {
  /**
   * False: the observations are left out of the report (`observations` stays empty).
   * A run being recorded keeps them in its journal instead (engine/report/run-recording.ts),
   * so the fold's memory does not grow with the run's measurements.
   */
  keepObservations?: boolean;
}

type ReportTarget = Report['targets'][number];

/**
 * The one fold of a run's event stream into its report, for every side that follows a
 * run: the engine (report/report-builder.ts), the host's recent runs and the app's
 * screens. The report is complete at every moment, so it can be shown or saved as the
 * run progresses and a kill keeps what was measured (status `running` until the end,
 * which a reader then knows as interrupted). Plain TypeScript: no Node, no DOM.
 */
export class ReportFold {
  #report: Report | null = null;
  /** Targets by id, so a finished target is found at once in a run of thousands. */
  readonly #targets = new Map<string, ReportTarget>();
  readonly #origin: FoldOrigin;
  readonly #earlyErrors: InputError[];
  readonly #keepObservations: boolean;

  /** `inputErrors`: problems found before the run (list files the CLI read). */
  constructor(origin: FoldOrigin, inputErrors: readonly InputError[] = [], options: FoldOptions = {}) {
    this.#origin = origin;
    this.#earlyErrors = [...inputErrors];
    this.#keepObservations = options.keepObservations ?? true;
  }

  add(event: EngineEvent): void {
    if (event.type === 'run-started') {
      this.#report = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        app: { name: 'detour', version: this.#origin.appVersion },
        runId: event.runId,
        startedAt: event.startedAt,
        status: 'running',
        platform: { ...this.#origin.platform },
        plan: event.plan,
        inputErrors: [...this.#earlyErrors],
        routeChecks: [],
        controlRechecks: [],
        targets: event.targets.map((target) => ({ target, outcomes: [] })),
        observations: [],
      };
      this.#targets.clear();
      for (const entry of this.#report.targets) this.#targets.set(entry.target.id, entry);
      return;
    }
    const report = this.#report;
    if (report === null) throw new Error(`event ${event.type} before run-started`);
    switch (event.type) {
      case 'input-error':
        report.inputErrors.push(event.error);
        break;
      case 'route-checked':
        report.routeChecks.push(event.check);
        break;
      case 'control-rechecked':
        report.controlRechecks.push(event.check);
        break;
      case 'observation':
        if (this.#keepObservations) report.observations.push(event.observation);
        break;
      case 'target-finished': {
        const entry = this.#targets.get(event.targetId);
        if (entry !== undefined) {
          entry.outcomes = event.outcomes;
          entry.verdict = event.verdict;
        }
        break;
      }
      case 'run-finished':
        report.endedAt = event.endedAt;
        report.status = event.status;
        report.summary = event.summary;
        break;
      case 'tool-checked':
        (report.tools ??= []).push(event.result);
        break;
      case 'progress':
        break;
    }
  }

  /** The report so far; null before the run started. */
  current(): Report | null {
    return this.#report;
  }
}
