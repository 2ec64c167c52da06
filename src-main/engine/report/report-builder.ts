import { arch, platform } from 'node:os';
import type { EngineEvent, InputError } from '../../shared/events.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../../shared/report.ts';
import { APP_VERSION } from '../version.ts';

export interface ReportBuilderOptions {
  /**
   * False: the observations are left out of the report (`observations` stays empty).
   * A run being recorded keeps them in its journal instead (run-recording.ts), so the
   * fold's memory does not grow with the run's measurements.
   */
  keepObservations?: boolean;
}

/**
 * The one fold of the event stream into the run's report: live (the CLI, the app),
 * and again from a run's journal after a crash (journal-reader.ts). The report is
 * complete at every moment (status `running` until the end).
 */
export class ReportBuilder {
  #report: Report | null = null;
  readonly #earlyErrors: InputError[];
  readonly #keepObservations: boolean;

  /** `inputErrors`: problems found before the run (list files the CLI read). */
  constructor(inputErrors: readonly InputError[] = [], options: ReportBuilderOptions = {}) {
    this.#earlyErrors = [...inputErrors];
    this.#keepObservations = options.keepObservations ?? true;
  }

  add(event: EngineEvent): void {
    if (event.type === 'run-started') {
      this.#report = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        app: { name: 'detour', version: APP_VERSION },
        runId: event.runId,
        startedAt: event.startedAt,
        status: 'running',
        // Coarse on purpose: no host name, user name or address of this machine.
        platform: { os: platform(), arch: arch(), runtime: `node ${process.versions.node}` },
        plan: event.plan,
        inputErrors: [...this.#earlyErrors],
        routeChecks: [],
        controlRechecks: [],
        targets: event.targets.map((target) => ({ target, outcomes: [] })),
        observations: [],
      };
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
        const entry = report.targets.find((t) => t.target.id === event.targetId);
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
